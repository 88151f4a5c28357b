import { Alert, Button, Group, Select, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useMemo, useState } from 'react';
import { useDb } from '../../db/db-context';
import { useAccess } from '../access';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf, useHashRoute } from '../../ui/use-hash-route';
import { defaultPeriodId } from '../curve/CurveArea';
import { type PeriodOption, periodsWithEvaluations, usePeriods } from '../curve/curve.queries';
import { todayIso } from '../employees/organisation.queries';
import { BulkExportPanel } from './BulkExportPanel';
import { scopedDocumentData, useDocumentData } from './documents.queries';
import { type RenderedView, SingleDocumentPanel } from './SingleDocumentPanel';

function PeriodSelect({ options, value, onChange }: { options: PeriodOption[]; value: string | null; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const data = useMemo(() => {
    const groups = new Map<number, { value: string; label: string }[]>();
    for (const { period } of options) groups.set(period.year, [...(groups.get(period.year) ?? []), { value: period.id, label: `${period.label} ${period.year}` }]);
    return [...groups].map(([year, items]) => ({ group: String(year), items }));
  }, [options]);
  return <Select label={t('docs.period')} data={data} value={value} onChange={(v) => v && onChange(v)} allowDeselect={false} searchable w={300} />;
}

/** Keeps the panel (and what was picked in it) but disables its controls while another period loads. */
function WhileSwitching({ switching, children }: { switching: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={switching} aria-busy={switching} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      {children}
    </fieldset>
  );
}

export type DocumentsAreaProps = {
  param: string | null;
  rest?: string[];
  /** Extra buttons under a rendered document (the signing feature's "Tandatangani"). */
  actions?: (doc: RenderedView) => ReactNode;
};

/**
 * The Dokumen area (domain.md §7): `#/dokumen` renders one person's document, `#/dokumen/massal`
 * exports a unit's documents for HR. Both read one period's data (documents.queries.ts).
 */
export function DocumentsArea({ param, actions }: DocumentsAreaProps) {
  const db = useDb();
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const periods = usePeriods(db);
  // Documents are printed from final evaluations: open on the latest period that has some.
  const evaluated = useLiveQuery(() => periodsWithEvaluations(db, true), [db], null);
  const [chosen, setChosen] = useState<string | null>(null);
  const periodId = chosen ?? (periods && evaluated ? defaultPeriodId(periods, todayIso(), evaluated) : null);
  const loaded = useDocumentData(db, periodId);
  const { canSeeEmployee } = useAccess();
  const data = useMemo(() => (loaded ? scopedDocumentData(loaded, canSeeEmployee) : loaded), [loaded, canSeeEmployee]);
  // Right after another period is chosen the previous period's data is still shown while the new
  // one loads: nothing may be made from it then (a click would render the old period's document).
  const switching = !!data && data.period.id !== periodId;
  const tab = param === 'massal' ? 'massal' : 'pegawai';

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('docs.title')}</Title>
        <Button component="a" href={hrefOf('dokumen', 'tanda-tangan')} variant="light">
          {t('docs.signingLink')}
        </Button>
      </Group>
      <Text c="dimmed" maw={900}>
        {t('docs.intro')}
      </Text>
      {periods === null ? (
        <Skeleton h={36} w={300} aria-label={t('app.loading')} />
      ) : periods.length === 0 ? (
        <Alert color="gray" role="note">
          {t('docs.noPeriods')}
        </Alert>
      ) : (
        <PeriodSelect options={periods} value={periodId} onChange={setChosen} />
      )}
      <Tabs value={tab} onChange={(v) => (v === 'massal' ? navigate('dokumen', 'massal') : navigate('dokumen'))} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pegawai">{t('docs.tab.single')}</Tabs.Tab>
          <Tabs.Tab value="massal">{t('docs.tab.bulk')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pegawai" pt="md">
          {data ? (
            <WhileSwitching switching={switching}>
              <SingleDocumentPanel data={data} actions={actions} />
            </WhileSwitching>
          ) : (
            periodId && <Skeleton h={200} aria-label={t('app.loading')} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="massal" pt="md">
          {data ? (
            <WhileSwitching switching={switching}>
              <BulkExportPanel data={data} />
            </WhileSwitching>
          ) : (
            periodId && <Skeleton h={200} aria-label={t('app.loading')} />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
