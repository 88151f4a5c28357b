import { Group, Select, Skeleton, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { JENIS_PEGAWAI, STATUS_PEGAWAI } from '@shared/domain/reference';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { EmployeeTable } from './EmployeeTable';
import { descendantsOf, filterEmployees, useEmployeeDirectory } from './employees.queries';
import { flattenUnitTree } from './unit-tree';
import { UnitTree } from './UnitTree';

export function EmployeesPage() {
  const db = useDb();
  const { t } = useI18n();
  const directory = useEmployeeDirectory(db);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 120);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  const unitOptions = useMemo(
    () => flattenUnitTree(directory?.units ?? []).map(({ unit, depth }) => ({ value: unit.id, label: `${'\u2003'.repeat(depth)}${unit.name}` })),
    [directory],
  );
  const filtered = useMemo(() => {
    if (!directory) return [];
    return filterEmployees(directory.rows, { query: debounced, unitId, kind, status }, descendantsOf(directory.units));
  }, [directory, debounced, unitId, kind, status]);

  if (!directory) return <Skeleton h={400} aria-label={t('app.loading')} />;
  const all = t('employees.filter.all');
  const resetPage = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <Stack>
      <Title order={2}>{t('employees.title')}</Title>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('employees.tab.list')}</Tabs.Tab>
          <Tabs.Tab value="units">{t('employees.tab.units')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <Stack>
            <Group align="end" grow preventGrowOverflow={false}>
              <TextInput
                label={t('employees.search')}
                placeholder={t('employees.search.placeholder')}
                leftSection={<IconSearch size={16} />}
                value={query}
                onChange={(e) => resetPage(setQuery)(e.currentTarget.value)}
                miw={260}
              />
              <Select label={t('employees.filter.unit')} placeholder={all} data={unitOptions} value={unitId} onChange={resetPage(setUnitId)} clearable searchable miw={260} />
              <Select label={t('employees.filter.kind')} placeholder={all} data={JENIS_PEGAWAI.map((k) => ({ value: k, label: t(`kind.${k}`) }))} value={kind} onChange={resetPage(setKind)} clearable />
              <Select label={t('employees.filter.status')} placeholder={all} data={STATUS_PEGAWAI.map((s) => ({ value: s, label: t(`status.${s}`) }))} value={status} onChange={resetPage(setStatus)} clearable />
            </Group>
            <Text size="sm" c="dimmed" role="status" data-testid="employee-count">
              {t('employees.count', { shown: filtered.length, total: directory.rows.length })}
            </Text>
            {filtered.length === 0 ? <Text>{t('employees.empty')}</Text> : <EmployeeTable rows={filtered} page={page} onPage={setPage} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="units" pt="md">
          <UnitTree directory={directory} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
