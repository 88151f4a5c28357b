import { Alert, Group, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconCalendarOff, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { SKP_STATUSES, type SkpStatus } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from '../access';
import { useHashRoute } from '../../ui/use-hash-route';
import { descendantsOf } from '../employees/employees.queries';
import { type Organisation, useOrganisation } from '../employees/organisation.queries';
import { unitSelectOptions } from '../employees/unit-tree';
import { createFromLastYear, createSkp } from './skp.commands';
import { buildSkpRows, filterSkpRows, type SkpListRow } from './skp-list';
import { notifySkpFailure } from './skp-messages';
import { type SkpIndex, useAppraisalYears, useSkpIndex } from './skp.queries';
import { SkpListTable } from './SkpListTable';

/** The year last looked at, kept while the app runs so coming back from an SKP keeps it. */
let rememberedYear: number | null = null;

function SkpList({ org, index, year }: { org: Organisation; index: SkpIndex; year: number }) {
  const db = useDb();
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<SkpStatus | 'none' | null>(null);
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const access = useAccess();
  const rows = useMemo(() => buildSkpRows(org, index).filter((r) => access.canSeeEmployee(r.employee.id)), [org, index, access]);
  const under = useMemo(() => descendantsOf(org.units), [org.units]);
  const unitOptions = useMemo(() => unitSelectOptions(org.units), [org.units]);
  const filtered = useMemo(() => filterSkpRows(rows, { query: deferredQuery, unitIds: unitId ? under(unitId) : null, status }, ), [rows, deferredQuery, unitId, under, status]);
  const approved = useMemo(() => rows.filter((r) => r.skp?.status === 'disetujui').length, [rows]);
  const withPage = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  const onCreate = async (row: SkpListRow, fromLastYear: boolean) => {
    setBusy(row.employee.id);
    const result = await (fromLastYear ? createFromLastYear : createSkp)(db, row.employee.id, year);
    setBusy(null);
    if (result.ok) navigate('skp', result.id);
    else notifySkpFailure(t, result);
  };
  const statusOptions = [{ value: 'none', label: t('skpPlan.status.none') }, ...SKP_STATUSES.map((s) => ({ value: s, label: t(`skpPlan.status.${s}`) }))];
  return (
    <Stack>
      <Group align="end" grow preventGrowOverflow={false}>
        <TextInput label={t('employees.search')} placeholder={t('employees.search.placeholder')} leftSection={<IconSearch size={16} />} value={query} onChange={(e) => withPage(setQuery)(e.currentTarget.value)} miw={240} />
        <Select label={t('employees.filter.unit')} placeholder={t('employees.filter.all')} data={unitOptions} value={unitId} onChange={withPage(setUnitId)} clearable searchable miw={260} />
        <Select label={t('skpPlan.list.filter.status')} placeholder={t('employees.filter.all')} data={statusOptions} value={status} onChange={(v) => withPage(setStatus)(v as SkpStatus | 'none' | null)} clearable />
      </Group>
      <Text size="sm" c="dimmed" role="status" data-testid="skp-count">
        {t('skpPlan.list.count', { shown: filtered.length, total: rows.length, approved })}
      </Text>
      {filtered.length === 0 ? <Text>{t('employees.empty')}</Text> : <SkpListTable rows={filtered} year={year} page={page} onPage={setPage} busy={busy} onCreate={(row, last) => void onCreate(row, last)} />}
    </Stack>
  );
}

/** Daftar SKP: per appraisal year, every employee with the state of their SKP, and the way to start one. */
export function SkpListPanel() {
  const db = useDb();
  const { t } = useI18n();
  const years = useAppraisalYears(db);
  const org = useOrganisation(db);
  const [chosen, setChosen] = useState<number | null>(rememberedYear);
  const thisYear = new Date().getFullYear();
  const year = years?.some((y) => y.year === chosen) ? chosen : (years?.find((y) => y.year === thisYear) ?? years?.[0])?.year ?? null;
  const index = useSkpIndex(db, year);
  if (!years || !org) return <Skeleton h={300} aria-label={t('app.loading')} />;
  if (years.length === 0 || year === null) {
    return (
      <Alert color="yellow" icon={<IconCalendarOff />} title={t('skpPlan.list.noYears.title')} data-testid="skp-no-years">
        {t('skpPlan.list.noYears.body', { tab: t('skp.tab.years') })}
      </Alert>
    );
  }
  const choose = (v: string | null) => {
    if (!v) return;
    rememberedYear = Number(v);
    setChosen(Number(v));
  };
  return (
    <Stack>
      <Select label={t('skpPlan.list.year')} data={years.map((y) => String(y.year))} value={String(year)} onChange={choose} allowDeselect={false} w={160} />
      {index?.year === year ? <SkpList key={year} org={org} index={index} year={year} /> : <Skeleton h={300} aria-label={t('app.loading')} />}
    </Stack>
  );
}
