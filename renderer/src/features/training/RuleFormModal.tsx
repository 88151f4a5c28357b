import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import { BULAN } from '@shared/domain/dates';
import { type Predikat, PREDIKAT_LABEL, PREDIKAT_ORDER } from '@shared/domain/predikat';
import { BENTUK_INFO, type Bentuk, PRIORITIES, type Priority } from '@shared/domain/training-forms';
import type { RuleTrigger, TrainingRule } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { type RuleInput, saveRule } from './catalogue.commands';
import { trainingProblemText } from './training-result';

type Kind = RuleTrigger['kind'];
const NEW: RuleInput = { label: '', trigger: { kind: 'predikat', value: 'baik' }, select: { bentuk: [], tags: [] }, limit: 1, priority: 'sedang', reason: '', active: true };

function defaultTrigger(kind: Kind): RuleTrigger {
  switch (kind) {
    case 'predikat':
      return { kind, value: 'baik' };
    case 'rhk':
      return { kind, judgement: 'di-bawah', predikat: [] };
    case 'value-negative':
      return { kind, value: 'semua', predikat: [] };
    case 'jp-shortfall':
      return { kind, fromMonth: 9, predikat: [] };
  }
}

/** The part of the form that depends on the trigger kind. */
function TriggerFields({ trigger, onChange }: { trigger: RuleTrigger; onChange: (t: RuleTrigger) => void }) {
  const { t } = useI18n();
  const predikatData = PREDIKAT_ORDER.map((p) => ({ value: p, label: PREDIKAT_LABEL[p] }));
  const only = 'predikat' in trigger && Array.isArray(trigger.predikat) ? (
    <MultiSelect label={t('train.rules.onlyFor')} description={t('train.rules.onlyForHelp')} data={predikatData} value={trigger.predikat} onChange={(v) => onChange({ ...trigger, predikat: v as Predikat[] } as RuleTrigger)} />
  ) : null;
  switch (trigger.kind) {
    case 'predikat':
      return <Select label={t('train.col.predikat')} data={predikatData} value={trigger.value} onChange={(v) => v && onChange({ ...trigger, value: v as Predikat })} allowDeselect={false} />;
    case 'rhk':
      return (
        <>
          <Select label={t('train.rules.rhkJudgement')} data={[{ value: 'di-bawah', label: 'Di Bawah Ekspektasi' }, { value: 'sesuai', label: 'Sesuai Ekspektasi' }]} value={trigger.judgement} onChange={(v) => v && onChange({ ...trigger, judgement: v as 'sesuai' | 'di-bawah' })} allowDeselect={false} />
          {only}
        </>
      );
    case 'value-negative':
      return (
        <>
          <Select label={t('train.rules.value')} data={[{ value: 'semua', label: t('train.rules.everyValue') }, ...BERAKHLAK.map((b) => ({ value: b.key, label: b.name }))]} value={trigger.value} onChange={(v) => v && onChange({ ...trigger, value: v as typeof trigger.value })} allowDeselect={false} />
          {only}
        </>
      );
    case 'jp-shortfall':
      return (
        <>
          <Select label={t('train.rules.fromMonth')} data={BULAN.map((b, i) => ({ value: String(i + 1), label: b }))} value={String(trigger.fromMonth)} onChange={(v) => v && onChange({ ...trigger, fromMonth: Number(v) })} allowDeselect={false} />
          {only}
        </>
      );
  }
}

/** Adds or edits one recommendation rule. */
export function RuleFormModal({ rule, onClose }: { rule: TrainingRule | null; onClose: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [v, setV] = useState<RuleInput>(rule ?? NEW);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const { order: _o, ...input } = { ...v, order: 0 };
    const r = await saveRule(db, { ...input, ...(rule ? { id: rule.id } : {}) });
    if (r.ok) return onClose();
    setErrors(Object.fromEntries((r.issues ?? [{ path: 'label', message: trainingProblemText(t, r) }]).map((i) => [i.path.split('.')[0]!, i.message])));
  };
  return (
    <Modal opened onClose={onClose} title={t(rule ? 'train.rules.editTitle' : 'train.rules.addTitle')} size="lg">
      <Stack>
        <TextInput label={t('train.rules.rule')} value={v.label} onChange={(e) => setV({ ...v, label: e.currentTarget.value })} error={errors['label']} required data-autofocus />
        <Select label={t('train.rules.when')} data={(['predikat', 'rhk', 'value-negative', 'jp-shortfall'] as const).map((k) => ({ value: k, label: t(`train.rules.kind.${k}`) }))} value={v.trigger.kind} onChange={(k) => k && setV({ ...v, trigger: defaultTrigger(k as Kind) })} allowDeselect={false} />
        <TriggerFields trigger={v.trigger} onChange={(trigger) => setV({ ...v, trigger })} />
        <MultiSelect label={t('train.rules.forms')} description={t('train.rules.formsHelp')} data={BENTUK_INFO.map((b) => ({ value: b.key, label: b.label }))} value={v.select.bentuk} onChange={(x) => setV({ ...v, select: { ...v.select, bentuk: x as Bentuk[] } })} error={errors['select']} searchable />
        <TagsInput label={t('train.catalogue.tags')} value={v.select.tags} onChange={(x) => setV({ ...v, select: { ...v.select, tags: x.map((s) => s.trim().toLowerCase().replace(/\s+/g, '-')) } })} />
        <Group grow>
          <NumberInput label={t('train.rules.limit')} min={1} max={5} allowDecimal={false} value={v.limit} onChange={(x) => setV({ ...v, limit: Number(x) })} error={errors['limit']} />
          <Select label={t('train.priority')} data={PRIORITIES.map((p) => ({ value: p, label: t(`train.priority.${p}`) }))} value={v.priority} onChange={(x) => x && setV({ ...v, priority: x as Priority })} allowDeselect={false} />
        </Group>
        <Textarea label={t('train.rules.reason')} description={t('train.rules.reasonHelp')} value={v.reason} onChange={(e) => setV({ ...v, reason: e.currentTarget.value })} error={errors['reason']} autosize minRows={2} required />
        <Switch label={t('train.rules.activeCol')} checked={v.active} onChange={(e) => setV({ ...v, active: e.currentTarget.checked })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('train.cancel')}</Button>
          <Button onClick={() => void submit()}>{t('train.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
