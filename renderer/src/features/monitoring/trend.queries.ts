import { useLiveQuery } from 'dexie-react-hooks';
import { type IkiGroup, ikiGroups, type TrendPoint, trendSeries } from '@shared/domain/monitoring-trend';
import type { Skp } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { descendantsOf } from '../employees/employees.queries';

export type TrendView = { groups: IkiGroup[]; series: TrendPoint[] | null; skpCount: number };

/**
 * The approved SKPs of a unit and its sub-units in a year (by where each employee now works), the
 * IKI they share, and for the chosen IKI its numbers per period.
 */
export async function loadTrend(db: AppDb, q: { unitId: string | null; year: number | null; groupKey: string | null }): Promise<TrendView> {
  if (!q.unitId || q.year === null) return { groups: [], series: null, skpCount: 0 };
  const [units, employees, skps, periods] = await Promise.all([
    db.units.toArray(),
    db.employees.toArray(),
    db.skps.where('year').equals(q.year).toArray(),
    db.periods.where('year').equals(q.year).toArray(),
  ]);
  const unitIds = descendantsOf(units)(q.unitId);
  const inUnit = new Set(employees.filter((e) => unitIds.has(e.unitId)).map((e) => e.id));
  const approved: Skp[] = skps.filter((s) => s.status === 'disetujui' && inUnit.has(s.employeeId));
  const groups = ikiGroups(approved);
  if (!q.groupKey || !groups.some((g) => g.key === q.groupKey)) return { groups, series: null, skpCount: approved.length };
  const realisasi = await db.realisasi.where('skpId').anyOf(approved.map((s) => s.id)).toArray();
  return { groups, series: trendSeries(q.groupKey, approved, periods, realisasi), skpCount: approved.length };
}

export function useTrend(db: AppDb, q: Parameters<typeof loadTrend>[1]): TrendView | null {
  return useLiveQuery(() => loadTrend(db, q), [db, q.unitId, q.year, q.groupKey], null);
}
