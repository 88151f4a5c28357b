import { Alert, Anchor, Group, Loader, Pagination, Paper, Progress, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { daysLeftInYear } from '@shared/domain/training-ledger';
import { JP_TARGET } from '@shared/domain/training-forms';
import { fullName } from '@shared/schemas/entities';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf, useHashRoute } from '../../ui/use-hash-route';
import { useLedgerOverview } from './training.queries';
import { localToday } from './training-result';

const PAGE = 30;

function Stat({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="xl" data-testid={testId}>{value}</Text>
    </Paper>
  );
}

/** Tab "JP pegawai": progress toward 20 JP and everyone still below it as the year runs out. */
export function LedgerPage({ year }: { year: number }) {
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const data = useLedgerOverview(year);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const rows = useMemo(() => (data ? data.shortfall.filter((r) => !unitId || data.people.topUnit(r.person.unitId)?.id === unitId) : []), [data, unitId]);
  if (!data) return <Loader aria-label={t('app.loading')} />;
  const today = localToday();
  const left = today.startsWith(String(year)) ? daysLeftInYear(today, year) : null;
  const units = [...new Map(data.members.flatMap((e) => { const u = data.people.topUnit(e.unitId); return u ? [[u.id, u.name] as const] : []; })).entries()].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('train.ledger.intro', { target: JP_TARGET })}</Text>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label={t('train.ledger.people')} value={data.members.length} />
        <Stat label={t('train.ledger.met', { target: JP_TARGET })} value={data.members.length - data.shortfall.length} />
        <Stat label={t('train.ledger.below', { target: JP_TARGET })} value={data.shortfall.length} testId="shortfall-count" />
        <Stat label={t('train.ledger.daysLeft')} value={left ?? '—'} />
      </SimpleGrid>
      {left !== null && left <= 92 && data.shortfall.length > 0 && <Alert color="orange">{t('train.ledger.lateWarning', { days: left, n: data.shortfall.length })}</Alert>}
      <Group align="flex-end">
        <Select label={t('train.filter.unit')} data={units.map(([value, label]) => ({ value, label }))} value={unitId} onChange={(v) => { setUnitId(v); setPage(1); }} clearable searchable placeholder={t('train.filter.all')} w={300} />
        <Select label={t('train.ledger.openEmployee')} placeholder={t('train.ledger.openEmployeeHint')} searchable data={data.members.map((e) => ({ value: e.id, label: `${fullName(e)}${e.nip ? ` — ${e.nip}` : ''}` }))} onChange={(v) => v && navigate('pelatihan', 'pegawai', v)} w={380} limit={30} />
      </Group>
      <Text fw={600}>{t('train.ledger.listTitle', { target: JP_TARGET, n: rows.length })}</Text>
      <Table striped highlightOnHover data-testid="shortfall-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('train.col.employee')}</Table.Th>
            <Table.Th>{t('train.col.unit')}</Table.Th>
            <Table.Th>{t('train.ledger.completedJp')}</Table.Th>
            <Table.Th>{t('train.ledger.plannedJp')}</Table.Th>
            <Table.Th>{t('train.ledger.gap')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.person.id} data-testid="shortfall-row">
              <Table.Td><Anchor href={hrefOf('pelatihan', 'pegawai', r.person.id)} size="sm" fw={600}>{fullName(r.person)}</Anchor></Table.Td>
              <Table.Td><Text size="sm">{data.people.topUnit(r.person.unitId)?.name ?? '-'}</Text></Table.Td>
              <Table.Td w={200}>
                <Text size="sm">{r.completed} JP</Text>
                <Progress value={Math.min(100, (r.completed / JP_TARGET) * 100)} size="sm" aria-label={t('train.ledger.progressOf', { name: r.person.name, jp: r.completed, target: JP_TARGET })} />
              </Table.Td>
              <Table.Td>{r.planned > 0 ? `${r.planned} JP` : '—'}</Table.Td>
              <Table.Td><Text size="sm" fw={600} c={r.gap > r.planned ? 'red.8' : undefined}>{r.gap} JP</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} getControlProps={(c) => ({ 'aria-label': c === 'next' ? t('train.page.next') : c === 'previous' ? t('train.page.prev') : c })} />}
    </Stack>
  );
}
