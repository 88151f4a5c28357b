import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { BERAKHLAK, type NilaiBerakhlak } from '@shared/domain/berakhlak';
import { JENIS_JABATAN, type JenisJabatan } from '@shared/domain/reference';
import { BENTUK_INFO, type Bentuk } from '@shared/domain/training-forms';
import type { Course } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { saveCourse } from './catalogue.commands';
import { trainingProblemText } from './training-result';

const EMPTY: Omit<Course, 'id'> = { name: '', bentuk: 'teknis', jp: 8, provider: '', competencies: [], values: [], positions: [], tags: [], active: true };

/** Adds or edits one catalogue course; field errors come from the shared schema. */
export function CourseFormModal({ course, onClose }: { course: Course | null; onClose: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [v, setV] = useState<Omit<Course, 'id'>>(course ?? EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Course>(k: K, value: Course[K]) => setV((x) => ({ ...x, [k]: value }));
  const submit = async () => {
    const r = await saveCourse(db, { ...v, ...(course ? { id: course.id } : {}) });
    if (r.ok) return onClose();
    setErrors(Object.fromEntries((r.issues ?? [{ path: 'name', message: trainingProblemText(t, r) }]).map((i) => [i.path.split('.')[0]!, i.message])));
  };
  return (
    <Modal opened onClose={onClose} title={t(course ? 'train.catalogue.editTitle' : 'train.catalogue.addTitle')} size="lg">
      <Stack>
        <TextInput label={t('train.col.course')} value={v.name} onChange={(e) => set('name', e.currentTarget.value)} error={errors['name']} required data-autofocus />
        <Group grow>
          <Select label={t('train.col.bentuk')} data={BENTUK_INFO.map((b) => ({ value: b.key, label: `${b.label} (${t(`train.mode.${b.mode}`)})` }))} value={v.bentuk} onChange={(x) => x && set('bentuk', x as Bentuk)} searchable allowDeselect={false} />
          <NumberInput label="JP" min={0} step={1} allowDecimal={false} value={v.jp} onChange={(x) => set('jp', Number(x))} error={errors['jp']} required />
        </Group>
        <TextInput label={t('train.col.provider')} value={v.provider} onChange={(e) => set('provider', e.currentTarget.value)} error={errors['provider']} required />
        <TagsInput label={t('train.catalogue.competencies')} description={t('train.catalogue.competenciesHelp')} value={v.competencies} onChange={(x) => set('competencies', x)} error={errors['competencies']} />
        <MultiSelect label={t('train.catalogue.values')} data={BERAKHLAK.map((b) => ({ value: b.key, label: b.name }))} value={v.values} onChange={(x) => set('values', x as NilaiBerakhlak[])} />
        <MultiSelect label={t('train.catalogue.positions')} description={t('train.catalogue.positionsHelp')} data={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jabatan.${j}`) }))} value={v.positions} onChange={(x) => set('positions', x as JenisJabatan[])} />
        <TagsInput label={t('train.catalogue.tags')} description={t('train.catalogue.tagsHelp')} value={v.tags} onChange={(x) => set('tags', x.map((s) => s.trim().toLowerCase().replace(/\s+/g, '-')))} error={errors['tags']} />
        <Textarea label={t('train.catalogue.description')} value={v.description ?? ''} onChange={(e) => set('description', e.currentTarget.value)} autosize minRows={2} />
        <Switch label={t('train.catalogue.activeLabel')} checked={v.active} onChange={(e) => set('active', e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('train.cancel')}</Button>
          <Button onClick={() => void submit()}>{t('train.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
