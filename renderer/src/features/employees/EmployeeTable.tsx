import { Anchor, Badge, Group, Pagination, Table, Text } from '@mantine/core';
import { formatNip, formatPangkatGolongan } from '@shared/domain';
import type { Employee } from '@shared/schemas/entities';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import type { EmployeeRow } from './employees.queries';

export const PAGE_SIZE = 50;

function golonganText(e: Employee): string {
  if (e.golonganRuang) return formatPangkatGolongan(e.golonganRuang);
  if (e.golonganPppk) return `Golongan ${e.golonganPppk}`;
  return '-';
}

export function EmployeeTable({ rows, page, onPage }: { rows: EmployeeRow[]; page: number; onPage: (p: number) => void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const start = (page - 1) * PAGE_SIZE;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('employees.tab.list')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>{t('employees.col.no')}</Table.Th>
              <Table.Th>{t('employees.col.name')}</Table.Th>
              <Table.Th>{t('employees.col.nip')}</Table.Th>
              <Table.Th>{t('employees.col.golongan')}</Table.Th>
              <Table.Th>{t('employees.col.position')}</Table.Th>
              <Table.Th>{t('employees.col.unit')}</Table.Th>
              <Table.Th>{t('employees.col.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(start, start + PAGE_SIZE).map((row, i) => (
              <Table.Tr key={row.employee.id} data-testid="employee-row">
                <Table.Td>{start + i + 1}</Table.Td>
                <Table.Td>
                  <Anchor href={hrefOf('pegawai', row.employee.id)} size="sm" fw={500}>
                    {row.displayName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`kind.${row.employee.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }} data-testid="employee-nip">
                  {row.employee.nip ? formatNip(row.employee.nip) : '-'}
                </Table.Td>
                <Table.Td>{golonganText(row.employee)}</Table.Td>
                <Table.Td>{row.position?.name ?? '-'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{row.unit?.name ?? '-'}</Text>
                  {row.topUnit && row.topUnit.id !== row.unit?.id && (
                    <Text size="xs" c="dimmed">
                      {row.topUnit.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge variant="light" color={row.employee.status === 'aktif' ? 'teal' : 'gray'} styles={{ label: { overflow: 'visible' } }}>
                    {t(`status.${row.employee.status}`)}
                  </Badge>
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
