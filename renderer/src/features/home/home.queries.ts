import { useLiveQuery } from 'dexie-react-hooks';
import type { JenisJabatan } from '@shared/domain/reference';
import type { AppDb } from '../../db/db';
import { topUnitResolver } from '../employees/unit-tree';

export type OrgSummary = {
  active: number;
  inactive: number;
  pns: number;
  pppk: number;
  units: number;
  byPositionType: Partial<Record<JenisJabatan, number>>;
  /** Active employees per top-level unit (perangkat daerah / kecamatan), largest first. */
  byTopUnit: { unitId: string; name: string; count: number }[];
};

export async function loadOrgSummary(db: AppDb): Promise<OrgSummary> {
  const [employees, units, positions] = await Promise.all([db.employees.toArray(), db.units.toArray(), db.positions.toArray()]);
  const positionType = new Map(positions.map((p) => [p.id, p.type]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const topUnitOf = topUnitResolver(units);
  const topOf = (unitId: string): string => topUnitOf(unitId)?.id ?? unitId;
  const summary: OrgSummary = { active: 0, inactive: 0, pns: 0, pppk: 0, units: units.length, byPositionType: {}, byTopUnit: [] };
  const perTop = new Map<string, number>();
  for (const e of employees) {
    if (e.status !== 'aktif') {
      summary.inactive++;
      continue;
    }
    summary.active++;
    if (e.kind === 'pns') summary.pns++;
    if (e.kind === 'pppk') summary.pppk++;
    const type = positionType.get(e.positionId);
    if (type) summary.byPositionType[type] = (summary.byPositionType[type] ?? 0) + 1;
    if (e.kind !== 'kepala-daerah') perTop.set(topOf(e.unitId), (perTop.get(topOf(e.unitId)) ?? 0) + 1);
  }
  summary.byTopUnit = [...perTop.entries()]
    .map(([unitId, count]) => ({ unitId, count, name: unitById.get(unitId)?.name ?? unitId }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'id'));
  return summary;
}

export function useOrgSummary(db: AppDb): OrgSummary | null {
  return useLiveQuery(() => loadOrgSummary(db), [db], null);
}
