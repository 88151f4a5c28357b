import { Alert, Button, Group, Table, Text, Textarea, TextInput } from '@mantine/core';
import type { Realisasi } from '@shared/schemas/monitoring';
import type { Iki, Rhk } from '@shared/schemas/skp';
import type { MessageKey } from '@shared/i18n/translate';
import { useI18n } from '../../i18n/i18n-context';
import { problemText } from './monitoring-result';
import { type RealisasiValues, type SaveState, useAutosaveRealisasi } from './use-autosave-realisasi';

const ASPEK_KEY: Record<NonNullable<Iki['aspek']>, MessageKey> = {
  kuantitas: 'monitor.aspek.kuantitas',
  kualitas: 'monitor.aspek.kualitas',
  waktu: 'monitor.aspek.waktu',
  biaya: 'monitor.aspek.biaya',
};

const STATE_KEY: Record<SaveState, MessageKey | null> = {
  idle: null,
  pending: 'monitor.save.pending',
  saving: 'monitor.save.saving',
  saved: 'monitor.save.saved',
  refused: 'monitor.save.refused',
};

export function targetText(iki: Iki): string {
  return iki.target.kind === 'kuantitatif' ? `${iki.target.value ?? '-'} ${iki.target.unit}`.trim() : iki.target.text;
}

function IkiTable({ rhk, values, readOnly, onChange }: { rhk: Rhk; values: RealisasiValues; readOnly: boolean; onChange: (v: RealisasiValues) => void }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} aria-label={t('monitor.ikiTable', { rhk: rhk.text })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitor.col.iki')}</Table.Th>
            <Table.Th w={150}>{t('monitor.col.target')}</Table.Th>
            <Table.Th w={240}>{t('monitor.col.realisasi')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rhk.iki.map((iki) => (
            <Table.Tr key={iki.id}>
              <Table.Td>
                <Text size="sm">{iki.text}</Text>
                {iki.aspek && (
                  <Text size="xs" c="dimmed">
                    {t('monitor.aspek', { aspek: t(ASPEK_KEY[iki.aspek]) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{targetText(iki)}</Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('monitor.realisasiFor', { iki: iki.text })}
                  placeholder={iki.target.kind === 'kuantitatif' ? t('monitor.realisasi.placeholder', { unit: iki.target.unit }) : undefined}
                  readOnly={readOnly}
                  variant={readOnly ? 'filled' : 'default'}
                  value={values.iki[iki.id] ?? ''}
                  onChange={(e) => onChange({ ...values, iki: { ...values.iki, [iki.id]: e.currentTarget.value } })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Rencana aksi and the realisation per IKI of one RHK in one period; saved as the employee types. */
export function RealisasiFields({ skpId, periodId, rhk, record, readOnly }: { skpId: string; periodId: string; rhk: Rhk; record: Realisasi | undefined; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const { values, change, state, problem, discard } = useAutosaveRealisasi({ skpId, periodId, rhkId: rhk.id }, record, readOnly);
  const stateKey = STATE_KEY[state];
  return (
    <>
      <Textarea
        label={t('monitor.rencanaAksi')}
        description={t('monitor.rencanaAksi.help')}
        autosize
        minRows={2}
        readOnly={readOnly}
        variant={readOnly ? 'filled' : 'default'}
        value={values.rencanaAksi}
        onChange={(e) => change({ ...values, rencanaAksi: e.currentTarget.value })}
      />
      <IkiTable rhk={rhk} values={values} readOnly={readOnly} onChange={change} />
      <Text size="xs" c="dimmed" aria-live="polite" data-testid="monitor-save-state">
        {stateKey && state !== 'refused' ? t(stateKey) : ''}
      </Text>
      {state === 'refused' && (
        <Alert color="red" role="alert" title={t('monitor.save.refused')}>
          <Group justify="space-between" align="flex-end">
            <Text size="sm">{problem ? problemText(t, locale, problem) : t('monitor.save.readOnlyDraft')}</Text>
            <Button size="xs" variant="default" onClick={discard}>
              {t('monitor.save.discard')}
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
