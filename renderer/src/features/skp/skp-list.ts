import { skpFormFor } from '@shared/domain';
import type { SkpStatus } from '@shared/schemas/skp';
import { buildEmployeeRows, type EmployeeRow } from '../employees/employees.queries';
import type { Organisation } from '../employees/organisation.queries';
import type { SkpIndex, SkpIndexEntry } from './skp.queries';

export type SkpListRow = EmployeeRow & {
  skp: SkpIndexEntry | undefined;
  /** False for the Kepala Daerah, who has no SKP (domain.md §3). */
  needsSkp: boolean;
  hasLastYear: boolean;
};

/** 'none' = no SKP yet in the year. */
export type SkpListFilter = { query: string; unitIds: Set<string> | null; status: SkpStatus | 'none' | null };

/** Employees who need an SKP this year (active ones) and anyone who already has one, with its status. */
export function buildSkpRows(org: Organisation, index: SkpIndex): SkpListRow[] {
  return buildEmployeeRows(org).flatMap((row) => {
    const skp = index.thisYear.get(row.employee.id);
    if (!skp && row.employee.status !== 'aktif') return [];
    const needsSkp = row.employee.kind !== 'kepala-daerah' && (row.position ? skpFormFor(row.position.type) !== null : true);
    return [{ ...row, skp, needsSkp, hasLastYear: index.lastYear.has(row.employee.id) }];
  });
}

export function filterSkpRows(rows: readonly SkpListRow[], filter: SkpListFilter): SkpListRow[] {
  const q = filter.query.trim().toLowerCase();
  const digits = q.replace(/[\s.]/g, '');
  const byNip = /^\d+$/.test(digits);
  return rows.filter((row) => {
    if (filter.unitIds && !filter.unitIds.has(row.employee.unitId)) return false;
    if (filter.status === 'none' ? row.skp !== undefined || !row.needsSkp : filter.status && row.skp?.status !== filter.status) return false;
    if (!q) return true;
    return byNip ? (row.employee.nip ?? '').startsWith(digits) : row.employee.searchKey.includes(q);
  });
}
