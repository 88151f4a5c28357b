import { Button, Group, Select, Skeleton, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { JENIS_PEGAWAI, STATUS_PEGAWAI } from '@shared/domain/reference';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { ImportExportPanel } from '../import/ImportExportPanel';
import { EmployeeFormModal } from './EmployeeFormModal';
import { EmployeeTable } from './EmployeeTable';
import { buildEmployeeRows, descendantsOf, filterEmployees } from './employees.queries';
import { type Organisation, useOrganisation } from './organisation.queries';
import { PositionsPanel } from './PositionsPanel';
import { unitSelectOptions } from './unit-tree';
import { UnitTree } from './UnitTree';

type FilterProps = {
  unitOptions: { value: string; label: string }[];
  unitId: string | null;
  kind: string | null;
  status: string | null;
  onUnit: (v: string | null) => void;
  onKind: (v: string | null) => void;
  onStatus: (v: string | null) => void;
};

/** Memoised so typing in the search box does not re-render the three selects (300+ unit options). */
const Filters = memo(function Filters({ unitOptions, unitId, kind, status, onUnit, onKind, onStatus }: FilterProps) {
  const { t } = useI18n();
  const all = t('employees.filter.all');
  return (
    <>
      <Select label={t('employees.filter.unit')} placeholder={all} data={unitOptions} value={unitId} onChange={onUnit} clearable searchable miw={260} />
      <Select label={t('employees.filter.kind')} placeholder={all} data={JENIS_PEGAWAI.map((k) => ({ value: k, label: t(`kind.${k}`) }))} value={kind} onChange={onKind} clearable />
      <Select label={t('employees.filter.status')} placeholder={all} data={STATUS_PEGAWAI.map((v) => ({ value: v, label: t(`status.${v}`) }))} value={status} onChange={onStatus} clearable />
    </>
  );
});

function EmployeeList({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  // Filtering 10,000 rows takes a few ms: no debounce, but typing never waits for the table.
  const deferredQuery = useDeferredValue(query);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);

  const rows = useMemo(() => buildEmployeeRows(org), [org]);
  const under = useMemo(() => descendantsOf(org.units), [org.units]);
  const unitOptions = useMemo(() => unitSelectOptions(org.units), [org.units]);
  const filtered = useMemo(() => filterEmployees(rows, { query: deferredQuery, unitId, kind, status }, under), [rows, deferredQuery, unitId, kind, status, under]);
  const filteredIds = useMemo(() => filtered.map((r) => r.employee.id), [filtered]);
  const onUnit = useCallback((v: string | null) => (setUnitId(v), setPage(1)), []);
  const onKind = useCallback((v: string | null) => (setKind(v), setPage(1)), []);
  const onStatus = useCallback((v: string | null) => (setStatus(v), setPage(1)), []);

  return (
    <Stack>
      <Group align="end" grow preventGrowOverflow={false}>
        <TextInput
          label={t('employees.search')}
          placeholder={t('employees.search.placeholder')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setPage(1);
          }}
          miw={260}
        />
        <Filters unitOptions={unitOptions} unitId={unitId} kind={kind} status={status} onUnit={onUnit} onKind={onKind} onStatus={onStatus} />
      </Group>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status" data-testid="employee-count">
          {t('employees.count', { shown: filtered.length, total: rows.length })}
        </Text>
        <Group gap="sm">
          <ImportExportPanel filteredEmployeeIds={filteredIds} />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t('employee.add')}
          </Button>
        </Group>
      </Group>
      {filtered.length === 0 ? <Text>{t('employees.empty')}</Text> : <EmployeeTable rows={filtered} page={page} onPage={setPage} />}
      {adding && <EmployeeFormModal org={org} onClose={() => setAdding(false)} />}
    </Stack>
  );
}

export function EmployeesPage() {
  const db = useDb();
  const { t } = useI18n();
  const org = useOrganisation(db);
  if (!org) return <Skeleton h={400} aria-label={t('app.loading')} />;
  return (
    <Stack>
      <Title order={2}>{t('employees.title')}</Title>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('employees.tab.list')}</Tabs.Tab>
          <Tabs.Tab value="units">{t('employees.tab.units')}</Tabs.Tab>
          <Tabs.Tab value="positions">{t('employees.tab.positions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <EmployeeList org={org} />
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitTree org={org} />
        </Tabs.Panel>
        <Tabs.Panel value="positions" pt="md">
          <PositionsPanel org={org} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
