import { ActionIcon, Group, NumberInput, Paper, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { ASPEK, type Iki, PERSPEKTIF } from '@shared/schemas/skp';
import { moveItem, updateIki, updateRhk } from '@shared/domain/skp-plan';
import { useI18n } from '../../i18n/i18n-context';
import type { EditorProps } from './editor-types';
import { fieldId } from './field-ids';

type Props = EditorProps & { rhkIndex: number; ikiIndex: number; count: number; iki: Iki };

function TargetFields({ iki, at, editable, error, set }: { iki: Iki; at: string; editable: boolean; error: string | undefined; set: (target: Iki['target']) => void }) {
  const { t } = useI18n();
  const target = iki.target;
  if (target.kind === 'kualitatif') {
    return <Textarea id={fieldId(`${at}.target`)} label={t('skpPlan.iki.targetText')} autosize minRows={1} readOnly={!editable} error={error} value={target.text} onChange={(e) => set({ kind: 'kualitatif', text: e.currentTarget.value })} />;
  }
  return (
    <Group grow align="flex-start" gap="xs">
      <NumberInput
        id={fieldId(`${at}.target`)}
        label={t('skpPlan.iki.targetValue')}
        min={0}
        allowNegative={false}
        decimalSeparator=","
        hideControls
        readOnly={!editable}
        error={error}
        value={target.value ?? ''}
        onChange={(v) => set({ ...target, value: typeof v === 'number' ? v : v === '' ? null : Number.isFinite(Number(v)) ? Number(v) : null })}
      />
      <TextInput label={t('skpPlan.iki.targetUnit')} placeholder={t('skpPlan.iki.targetUnit.placeholder')} readOnly={!editable} error={error ? true : undefined} value={target.unit} onChange={(e) => set({ ...target, unit: e.currentTarget.value })} />
    </Group>
  );
}

/** One IKI: its text, Aspek (JA/JF) or Perspektif (JPT), and the target in the SKP's approach. */
export function IkiRow({ skp, editable, update, errorAt, rhkIndex, ikiIndex, count, iki }: Props) {
  const { t } = useI18n();
  const at = `rhk.${rhkIndex}.iki.${ikiIndex}`;
  const set = (change: (i: Iki) => Iki) => update((d) => updateIki(d, rhkIndex, ikiIndex, change));
  const move = (dir: -1 | 1) => update((d) => updateRhk(d, rhkIndex, (r) => ({ ...r, iki: moveItem(r.iki, ikiIndex, dir) })));
  const remove = () => update((d) => updateRhk(d, rhkIndex, (r) => ({ ...r, iki: r.iki.filter((_, j) => j !== ikiIndex) })));
  const n = ikiIndex + 1;
  const jpt = skp.form === 'jpt';
  return (
    <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-gray-0)" data-testid="iki-row" aria-label={t('skpPlan.iki.label', { n })} component="section">
      <Group justify="space-between" mb={4} wrap="nowrap" align="flex-start">
        <Textarea id={fieldId(`${at}.text`)} label={t('skpPlan.iki.text', { n })} autosize minRows={1} readOnly={!editable} error={errorAt(`${at}.text`)} value={iki.text} onChange={(e) => { const text = e.currentTarget.value; set((i) => ({ ...i, text })); }} style={{ flex: 1 }} />
        {editable && (
          <Group gap={2} wrap="nowrap" mt={24}>
            <ActionIcon variant="subtle" color="gray" aria-label={t('skpPlan.iki.up', { n })} disabled={ikiIndex === 0} onClick={() => move(-1)}>
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" aria-label={t('skpPlan.iki.down', { n })} disabled={ikiIndex === count - 1} onClick={() => move(1)}>
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('skpPlan.iki.remove', { n })} onClick={remove}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {jpt ? (
          <Select id={fieldId(`${at}.perspektif`)} label={t('skpPlan.iki.perspektif')} placeholder={t('skpPlan.select.placeholder')} data={PERSPEKTIF.map((p) => ({ value: p, label: t(`skpPlan.perspektif.${p}`) }))} readOnly={!editable} error={errorAt(`${at}.perspektif`)} value={iki.perspektif ?? null} onChange={(v) => set((i) => { const { perspektif: _, ...rest } = i; return v ? { ...rest, perspektif: v as Iki['perspektif'] & string } : rest; })} />
        ) : (
          <Select id={fieldId(`${at}.aspek`)} label={t('skpPlan.iki.aspek')} placeholder={t('skpPlan.select.placeholder')} data={ASPEK.map((a) => ({ value: a, label: t(`skpPlan.aspek.${a}`) }))} readOnly={!editable} error={errorAt(`${at}.aspek`)} value={iki.aspek ?? null} onChange={(v) => set((i) => { const { aspek: _, ...rest } = i; return v ? { ...rest, aspek: v as Iki['aspek'] & string } : rest; })} />
        )}
        <TargetFields iki={iki} at={at} editable={editable} error={errorAt(`${at}.target`)} set={(target) => set((i) => ({ ...i, target }))} />
      </SimpleGrid>
    </Paper>
  );
}
