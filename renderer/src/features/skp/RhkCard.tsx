import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import type { Rhk, Skp } from '@shared/schemas/skp';
import { moveRhk, newIki, updateRhk } from '@shared/domain/skp-plan';
import { useI18n } from '../../i18n/i18n-context';
import { ConfirmRemove } from './ConfirmRemove';
import { type EditorProps, newId } from './editor-types';
import { fieldId } from './field-ids';
import { IkiRow } from './IkiRow';
import { IntervensiField } from './IntervensiField';

function RhkControls({ rhk, index, name, first, last, update }: Pick<Props, 'rhk' | 'index' | 'first' | 'last' | 'update'> & { name: string }) {
  const { t } = useI18n();
  const set = (change: (r: Rhk) => Rhk) => update((d) => updateRhk(d, index, change));
  return (
    <Group gap={4} wrap="nowrap">
      <Select aria-label={t('skpPlan.rhk.kind', { name })} size="xs" w={130} allowDeselect={false} data={(['utama', 'tambahan'] as const).map((k) => ({ value: k, label: t(`skpPlan.rhk.kind.${k}`) }))} value={rhk.kind} onChange={(v) => v && set((r) => ({ ...r, kind: v as Rhk['kind'] }))} />
      <ActionIcon variant="subtle" color="gray" aria-label={t('skpPlan.rhk.up', { name })} disabled={first} onClick={() => update((d) => ({ ...d, rhk: moveRhk(d.rhk, index, -1) }))}>
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon variant="subtle" color="gray" aria-label={t('skpPlan.rhk.down', { name })} disabled={last} onClick={() => update((d) => ({ ...d, rhk: moveRhk(d.rhk, index, 1) }))}>
        <IconArrowDown size={16} />
      </ActionIcon>
      <ConfirmRemove label={t('skpPlan.rhk.remove', { name })} question={t('skpPlan.rhk.remove.confirm')} onConfirm={() => update((d) => ({ ...d, rhk: d.rhk.filter((_, i) => i !== index) }))} />
    </Group>
  );
}

type Props = EditorProps & { rhk: Rhk; index: number; number: number; first: boolean; last: boolean; supervisor: Skp | undefined };

/** One RHK with its intervensi, penugasan and IKI; the controls move it within its group. */
export function RhkCard(props: Props) {
  const { skp, editable, update, errorAt, rhk, index, number, first, last, supervisor } = props;
  const { t } = useI18n();
  const kindLabel = t(`skpPlan.rhk.kind.${rhk.kind}`);
  const name = t('skpPlan.rhk.name', { kind: kindLabel, n: number });
  const set = (change: (r: Rhk) => Rhk) => update((d) => updateRhk(d, index, change));
  const ikiError = errorAt(`rhk.${index}.iki`);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={name} data-testid="rhk-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{name}</Text>
          {editable && <RhkControls rhk={rhk} index={index} name={name} first={first} last={last} update={update} />}
        </Group>
        {skp.form === 'ja-jf' && <IntervensiField rhk={rhk} index={index} supervisor={supervisor} editable={editable} update={update} errorAt={errorAt} />}
        <Textarea id={fieldId(`rhk.${index}.text`)} label={t('skpPlan.rhk.text')} autosize minRows={2} readOnly={!editable} error={errorAt(`rhk.${index}.text`)} value={rhk.text} onChange={(e) => { const text = e.currentTarget.value; set((r) => ({ ...r, text })); }} />
        <TextInput
          label={t('skpPlan.rhk.penugasan')}
          description={t('skpPlan.rhk.penugasan.help')}
          readOnly={!editable}
          value={rhk.penugasanDari ?? ''}
          onChange={(e) => {
            const text = e.currentTarget.value;
            set((r) => {
              const { penugasanDari: _, ...rest } = r;
              return text ? { ...rest, penugasanDari: text } : rest;
            });
          }}
        />
        <Stack gap="xs">
          {rhk.iki.map((iki, j) => (
            <IkiRow key={iki.id} {...props} rhkIndex={index} ikiIndex={j} count={rhk.iki.length} iki={iki} />
          ))}
          {editable && (
            <Group>
              <Button id={fieldId(`rhk.${index}.iki`)} size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => set((r) => ({ ...r, iki: [...r.iki, newIki(skp.approach, newId)] }))}>
                {t('skpPlan.iki.add')}
              </Button>
            </Group>
          )}
          {ikiError && (
            <Text size="sm" c="red" role="alert">
              {ikiError}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
