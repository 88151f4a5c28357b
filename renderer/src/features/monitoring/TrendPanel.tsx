import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { useOrganisation } from '../employees/organisation.queries';
import { unitSelectOptions } from '../employees/unit-tree';
import { useYears } from './monitoring.queries';
import { todayLocal } from './period-labels';
import { TrendChart } from './TrendChart';
import { useTrend } from './trend.queries';
import { useDraft } from './use-draft';

type Choice = { unitId: string | null; year: string | null; groupKey: string | null };

/** Tab "Tren indikator": for a unit (with its sub-units), one IKI's reported numbers across the year's periods. */
export function TrendPanel() {
  const db = useDb();
  const { t } = useI18n();
  const org = useOrganisation(db);
  const years = useYears(db);
  const choice = useDraft<Choice>('trend', { unitId: null, year: null, groupKey: null });
  const unitOptions = useMemo(() => (org ? unitSelectOptions(org.units) : []), [org]);
  const thisYear = todayLocal().slice(0, 4);
  const year = choice.value.year ?? (years?.some((y) => String(y.year) === thisYear) ? thisYear : years?.[0] ? String(years[0].year) : null);
  const trend = useTrend(db, { unitId: choice.value.unitId, year: year ? Number(year) : null, groupKey: choice.value.groupKey });
  if (!org || !years || !trend) return <Loader aria-label={t('app.loading')} />;
  const set = (patch: Partial<Choice>) => choice.set({ ...choice.value, ...patch });
  const group = trend.groups.find((g) => g.key === choice.value.groupKey) ?? null;
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Select label={t('monitor.trend.unit')} searchable w={380} value={choice.value.unitId} onChange={(u) => set({ unitId: u, groupKey: null })} data={unitOptions} placeholder={t('monitor.trend.unitPlaceholder')} />
        <Select label={t('monitor.team.year')} w={120} allowDeselect={false} value={year} onChange={(y) => set({ year: y, groupKey: null })} data={years.map((y) => String(y.year))} />
        <Select
          label={t('monitor.trend.iki')}
          searchable
          w={480}
          value={group?.key ?? null}
          onChange={(k) => set({ groupKey: k })}
          disabled={trend.groups.length === 0}
          placeholder={t('monitor.trend.ikiPlaceholder')}
          data={trend.groups.map((g) => ({ value: g.key, label: `${g.text}${g.unit ? ` (${g.unit})` : ''} · ${t('monitor.trend.skpCount', { count: g.skpCount })}` }))}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('monitor.trend.help')}
      </Text>
      {choice.value.unitId && trend.skpCount === 0 && <Alert color="gray">{t('monitor.trend.noSkp')}</Alert>}
      {group && trend.series && (
        <TrendChart points={trend.series} title={`${group.text}${group.unit ? ` (${group.unit})` : ''}`} unit={group.unit} />
      )}
    </Stack>
  );
}
