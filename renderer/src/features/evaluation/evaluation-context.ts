import { resolveAppraisers } from '@shared/domain/appraiser';
import type { CapaianOrganisasi } from '@shared/domain/distribution-curve';
import { formatGolonganPegawai } from '@shared/domain/pangkat';
import { fullName, type Employee, type Position, type Unit } from '@shared/schemas/entities';
import type { IdentitySnapshot, Period, Skp } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { topUnitResolver } from '../employees/unit-tree';

/** Reads that evaluation commands share; call them inside the command's transaction. */

export function orgResultId(unitId: string, periodId: string): string {
  return `${unitId}|${periodId}`;
}

/**
 * The employee's top unit (perangkat daerah or kecamatan, the child of the instansi), whose
 * Capaian Kinerja Organisasi applies (domain.md §6), and whether the employee heads it (§4).
 */
export async function unitStanding(db: AppDb, employeeId: string, periodId: string): Promise<{ capaian: CapaianOrganisasi | null; headsTopUnit: boolean }> {
  const employee = await db.employees.get(employeeId);
  if (!employee) return { capaian: null, headsTopUnit: false };
  const top = topUnitResolver(await db.units.toArray())(employee.unitId);
  if (!top) return { capaian: null, headsTopUnit: false };
  const result = await db.orgResults.get(orgResultId(top.id, periodId));
  return { capaian: result?.capaian ?? null, headsTopUnit: top.parentId !== null && top.headEmployeeId === employeeId };
}

function snapshotOf(e: Employee, positions: Map<string, Position>, units: Map<string, Unit>): IdentitySnapshot {
  return {
    employeeId: e.id,
    name: fullName(e),
    ...(e.nip ? { nip: e.nip } : {}),
    pangkat: formatGolonganPegawai(e),
    jabatan: positions.get(e.positionId)?.name ?? '-',
    unit: units.get(e.unitId)?.name ?? '-',
  };
}

type Snapshots = Pick<Skp, 'pegawai' | 'penilai' | 'atasanPenilai'>;

/**
 * Who the three people are at the end of the period (domain.md §3: people move during the year, so
 * the evaluation keeps its own snapshot). Falls back to the SKP's snapshot when a record is gone.
 */
export async function snapshotsAt(db: AppDb, skp: Skp, period: Period): Promise<Snapshots> {
  const [employees, units, positions, overrides] = await Promise.all([db.employees.toArray(), db.units.toArray(), db.positions.toArray(), db.appraiserOverrides.toArray()]);
  const byId = new Map(employees.map((e) => [e.id, e]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const self = byId.get(skp.employeeId);
  if (!self) return { pegawai: skp.pegawai, penilai: skp.penilai, atasanPenilai: skp.atasanPenilai };
  const who = resolveAppraisers(self.id, { employees, units, positions, overrides }, period.end);
  const snap = (id: string | null, fallback: IdentitySnapshot | null) => {
    const e = id ? byId.get(id) : undefined;
    return e ? snapshotOf(e, positionById, unitById) : fallback;
  };
  return {
    pegawai: snapshotOf(self, positionById, unitById),
    penilai: snap(who.penilai.employeeId, skp.penilai),
    atasanPenilai: snap(who.atasanPenilai.employeeId, skp.atasanPenilai),
  };
}

/** Every revision of one employee's evaluation for one period, oldest first. */
export async function revisionsOf(db: AppDb, employeeId: string, periodId: string) {
  const all = await db.evaluations.where('[employeeId+periodId]').equals([employeeId, periodId]).toArray();
  return all.sort((a, b) => a.revision - b.revision);
}
