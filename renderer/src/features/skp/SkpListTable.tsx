import { Anchor, Button, Group, Pagination, Table, Text } from '@mantine/core';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import { formatNip } from '@shared/domain';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import type { SkpListRow } from './skp-list';
import { StatusBadge } from './SkpHeader';

export const PAGE_SIZE = 50;

type Props = { rows: SkpListRow[]; year: number; page: number; onPage: (p: number) => void; busy: string | null; onCreate: (row: SkpListRow, fromLastYear: boolean) => void };

function Actions({ row, year, busy, onCreate }: Omit<Props, 'rows' | 'page' | 'onPage'> & { row: SkpListRow }) {
  const { t } = useI18n();
  const name = row.displayName;
  if (row.skp) {
    return (
      <Anchor href={hrefOf('skp', row.skp.id)} size="sm" aria-label={t('skpPlan.list.open.label', { name })}>
        {t('skpPlan.list.open')}
      </Anchor>
    );
  }
  if (!row.needsSkp) {
    return (
      <Text size="sm" c="dimmed">
        {t('skpPlan.list.noSkpNeeded')}
      </Text>
    );
  }
  const loading = busy === row.employee.id;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} loading={loading} onClick={() => onCreate(row, false)} aria-label={t('skpPlan.list.create.label', { name })}>
        {t('skpPlan.list.create')}
      </Button>
      {row.hasLastYear && (
        <Button size="xs" variant="default" leftSection={<IconCopy size={14} />} loading={loading} onClick={() => onCreate(row, true)} aria-label={t('skpPlan.list.fromLastYear.label', { name, year: year - 1 })}>
          {t('skpPlan.list.fromLastYear', { year: year - 1 })}
        </Button>
      )}
    </Group>
  );
}

/** One page (50 rows) of employees with their SKP of the year. */
export function SkpListTable({ rows, year, page, onPage, busy, onCreate }: Props) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const start = (page - 1) * PAGE_SIZE;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('skpPlan.list.table', { year })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>{t('employees.col.no')}</Table.Th>
              <Table.Th>{t('employees.col.name')}</Table.Th>
              <Table.Th>{t('employees.col.position')}</Table.Th>
              <Table.Th>{t('employees.col.unit')}</Table.Th>
              <Table.Th>{t('skpPlan.list.col.status')}</Table.Th>
              <Table.Th>{t('skpPlan.list.col.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(start, start + PAGE_SIZE).map((row, i) => (
              <Table.Tr key={row.employee.id} data-testid="skp-row">
                <Table.Td>{start + i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.employee.nip ? formatNip(row.employee.nip) : '-'}
                  </Text>
                </Table.Td>
                <Table.Td>{row.position?.name ?? '-'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{row.unit?.name ?? '-'}</Text>
                  {row.topUnit && row.topUnit.id !== row.unit?.id && (
                    <Text size="xs" c="dimmed">
                      {row.topUnit.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.skp ? <StatusBadge status={row.skp.status} /> : <Text size="sm" c="dimmed">{t('skpPlan.status.none')}</Text>}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Actions row={row} year={year} busy={busy} onCreate={onCreate} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={onPage} aria-label={t('employees.page')} getControlProps={(c) => ({ 'aria-label': t(`employees.page.${c}`) })} />
        </Group>
      )}
    </>
  );
}
