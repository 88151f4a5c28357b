import { Group, Pagination } from '@mantine/core';
import { memo } from 'react';
import { formatNip, formatPangkatGolongan } from '@shared/domain';
import type { Employee } from '@shared/schemas/entities';
import type { Translate } from '@shared/i18n/translate';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import type { EmployeeRow } from './employees.queries';

export const PAGE_SIZE = 50;

function golonganText(e: Employee): string {
  if (e.golonganRuang) return formatPangkatGolongan(e.golonganRuang);
  if (e.golonganPppk) return `Golongan ${e.golonganPppk}`;
  return '-';
}

/**
 * One row in plain elements: the list must stay instant with 10,000 employees (issue: Pegawai),
 * and a row of layout components costs several times more to mount than a <tr>.
 */
const Row = memo(function Row({ row, no, t }: { row: EmployeeRow; no: number; t: Translate }) {
  const e = row.employee;
  return (
    <tr data-testid="employee-row">
      <td>{no}</td>
      <td>
        <a className="peka-link" href={hrefOf('pegawai', e.id)}>
          {row.displayName}
        </a>
        <div className="peka-dim">{t(`kind.${e.kind}`)}</div>
      </td>
      <td className="peka-nip" data-testid="employee-nip">
        {e.nip ? formatNip(e.nip) : '-'}
      </td>
      <td>{golonganText(e)}</td>
      <td>{row.position?.name ?? '-'}</td>
      <td>
        {row.unit?.name ?? '-'}
        {row.topUnit && row.topUnit.id !== row.unit?.id && <div className="peka-dim">{row.topUnit.name}</div>}
      </td>
      <td>
        <span className={e.status === 'aktif' ? 'peka-badge peka-badge-ok' : 'peka-badge'}>{t(`status.${e.status}`)}</span>
      </td>
    </tr>
  );
});

export const EmployeeTable = memo(function EmployeeTable({ rows, page, onPage }: { rows: EmployeeRow[]; page: number; onPage: (p: number) => void }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const start = (page - 1) * PAGE_SIZE;
  return (
    <>
      <div className="peka-table-scroll">
        <table className="peka-table" aria-label={t('employees.tab.list')}>
          <thead>
            <tr>
              <th style={{ width: 50 }}>{t('employees.col.no')}</th>
              <th>{t('employees.col.name')}</th>
              <th>{t('employees.col.nip')}</th>
              <th>{t('employees.col.golongan')}</th>
              <th>{t('employees.col.position')}</th>
              <th>{t('employees.col.unit')}</th>
              <th>{t('employees.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(start, start + PAGE_SIZE).map((row, i) => (
              <Row key={row.employee.id} row={row} no={start + i + 1} t={t} />
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={onPage} aria-label={t('employees.page')} getControlProps={(c) => ({ 'aria-label': t(`employees.page.${c}`) })} />
        </Group>
      )}
    </>
  );
});
