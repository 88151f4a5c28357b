import { Alert, Anchor, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { hrefOf } from '../../ui/use-hash-route';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { type PeriodOption, periodsWithEvaluations, usePeriods, useUnitCurves } from './curve.queries';
import { CurveOverviewTable } from './CurveOverviewTable';
import { UnitCurveDetail } from './UnitCurveDetail';

/**
 * The period HR most likely means: the latest one that already has evaluations (a period is
 * evaluated after it ends), else the one running today, else the latest started, else the first.
 */
export function defaultPeriodId(options: readonly PeriodOption[], today: string, evaluated: ReadonlySet<string> = new Set()): string | null {
  const periods = options.map((o) => o.period);
  const withEvaluations = periods.filter((p) => evaluated.has(p.id)).sort((a, b) => b.end.localeCompare(a.end))[0];
  if (withEvaluations) return withEvaluations.id;
  const running = periods.find((p) => p.start <= today && today <= p.end);
  if (running) return running.id;
  const started = periods.filter((p) => p.start <= today).sort((a, b) => b.start.localeCompare(a.start))[0];
  return started?.id ?? periods[0]?.id ?? null;
}

function PeriodSelect({ options, value, onChange }: { options: PeriodOption[]; value: string | null; onChange: (id: string) => void }) {
  const { t } = useI18n();
  const data = useMemo(() => {
    const groups = new Map<number, { value: string; label: string }[]>();
    for (const { period } of options) groups.set(period.year, [...(groups.get(period.year) ?? []), { value: period.id, label: `${period.label} ${period.year}` }]);
    return [...groups].map(([year, items]) => ({ group: String(year), items }));
  }, [options]);
  return <Select label={t('curve.period')} data={data} value={value} onChange={(v) => v && onChange(v)} allowDeselect={false} searchable w={300} />;
}

/**
 * HR's organisation results and distribution curves (domain.md §6): per period, every perangkat
 * daerah and kecamatan with its evaluations, result and curve status; one unit opened in detail.
 */
export function CurveArea() {
  const db = useDb();
  const { t } = useI18n();
  const periods = usePeriods(db);
  const evaluated = useLiveQuery(() => periodsWithEvaluations(db), [db], null);
  const [chosenPeriod, setChosenPeriod] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const periodId = chosenPeriod ?? (periods && evaluated ? defaultPeriodId(periods, new Date().toISOString().slice(0, 10), evaluated) : null);
  const period = periods?.find((o) => o.period.id === periodId)?.period;
  const data = useUnitCurves(db, period ? period.id : null);
  const selected = data?.curves.find((c) => c.unit.id === unitId);

  return (
    <Stack>
      <Anchor href={hrefOf('evaluasi')} size="sm">
        {t('curve.back')}
      </Anchor>
      <Title order={2}>{t('curve.title')}</Title>
      <Text c="dimmed" maw={900}>
        {t('curve.intro')}
      </Text>
      {periods === null ? (
        <Skeleton h={36} w={300} aria-label={t('app.loading')} />
      ) : periods.length === 0 ? (
        <Alert color="gray" role="note">{t('curve.noPeriods')}</Alert>
      ) : (
        <PeriodSelect
          options={periods}
          value={periodId}
          onChange={(id) => {
            setChosenPeriod(id);
            setUnitId(null);
          }}
        />
      )}
      {period && data === null && <Skeleton h={300} aria-label={t('app.loading')} />}
      {period && data && (
        <>
          <CurveOverviewTable curves={data.curves} period={period} selectedUnitId={unitId} onOpen={setUnitId} />
          {selected && <UnitCurveDetail key={`${selected.unit.id}|${period.id}`} curve={selected} period={period} rounding={data.rounding} onClose={() => setUnitId(null)} />}
        </>
      )}
    </Stack>
  );
}
