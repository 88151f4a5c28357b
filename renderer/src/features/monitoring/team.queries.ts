import { useLiveQuery } from 'dexie-react-hooks';
import { resolveAppraisers } from '@shared/domain/appraiser';
import { buildTeamRows, type TeamMember, type TeamRow } from '@shared/domain/monitoring-team';
import { type Employee, fullName } from '@shared/schemas/entities';
import type { Skp } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { loadOrganisation, type Organisation } from '../employees/organisation.queries';
import { descendantsOf } from '../employees/employees.queries';

/**
 * Who may appraise someone: heads of units, officials HR named in a Plt/Plh decision, and whoever is
 * the penilai on an SKP. Resolving every employee's appraiser would cost n² on a large agency.
 */
export function supervisorCandidates(org: Organisation, skps: readonly Skp[]): Employee[] {
  const ids = new Set<string>();
  for (const u of org.units) if (u.headEmployeeId) ids.add(u.headEmployeeId);
  for (const o of org.overrides) if (o.penilaiId) ids.add(o.penilaiId);
  for (const s of skps) if (s.penilai) ids.add(s.penilai.employeeId);
  return [...ids]
    .map((id) => org.employeeById.get(id))
    .filter((e): e is Employee => !!e && e.status === 'aktif')
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** Active employees who may have this supervisor by rule: below the units the supervisor heads, named in a decision, or JPT under the Kepala Daerah. */
function candidatesByRule(org: Organisation, supervisorId: string): Employee[] {
  const under = descendantsOf(org.units);
  const unitIds = new Set<string>();
  for (const u of org.units) if (u.headEmployeeId === supervisorId) for (const id of under(u.id)) unitIds.add(id);
  const named = new Set(org.overrides.filter((o) => o.penilaiId === supervisorId).map((o) => o.employeeId));
  const isKd = org.employeeById.get(supervisorId)?.kind === 'kepala-daerah';
  return org.employees.filter((e) => {
    if (e.status !== 'aktif' || e.id === supervisorId) return false;
    const type = org.positionById.get(e.positionId)?.type ?? '';
    return unitIds.has(e.unitId) || named.has(e.id) || (isKd && type.startsWith('jpt-'));
  });
}

/**
 * The supervisor's team in a year: everyone whose SKP names the supervisor as penilai, plus those
 * without an SKP yet whom the appraiser rules (with HR's Plt/Plh decisions) give to the supervisor.
 */
export function teamMembers(org: Organisation, skps: readonly Skp[], supervisorId: string, onDate: string): TeamMember[] {
  const skpOf = new Map(skps.map((s) => [s.employeeId, s]));
  const members: TeamMember[] = skps
    .filter((s) => s.penilai?.employeeId === supervisorId)
    .map((s) => {
      const e = org.employeeById.get(s.employeeId);
      return { employeeId: s.employeeId, name: e ? fullName(e) : s.pegawai.name, jabatan: s.pegawai.jabatan, skp: s };
    });
  for (const e of candidatesByRule(org, supervisorId)) {
    if (skpOf.has(e.id)) continue;
    if (resolveAppraisers(e.id, org, onDate).penilai.employeeId !== supervisorId) continue;
    members.push({ employeeId: e.id, name: fullName(e), jabatan: org.positionById.get(e.positionId)?.name ?? '', skp: null });
  }
  return members.sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export type TeamView = { supervisors: Employee[]; rows: TeamRow[] };

/** Everything the team panel shows for one supervisor, year and period, as of `today`. */
export async function loadTeam(db: AppDb, q: { supervisorId: string | null; year: number | null; periodId: string | null; today: string }): Promise<TeamView> {
  const org = await loadOrganisation(db);
  const [skps, yearRecord, periods] = q.year === null ? [[], undefined, []] : await Promise.all([db.skps.where('year').equals(q.year).toArray(), db.appraisalYears.where('year').equals(q.year).first(), db.periods.where('year').equals(q.year).toArray()]);
  const supervisors = supervisorCandidates(org, skps);
  if (!q.supervisorId || q.year === null) return { supervisors, rows: [] };
  const members = teamMembers(org, skps, q.supervisorId, q.today);
  const skpIds = members.flatMap((m) => (m.skp ? [m.skp.id] : []));
  const [realisasi, evidence, feedback] = await Promise.all([
    db.realisasi.where('skpId').anyOf(skpIds).toArray(),
    db.evidence.where('skpId').anyOf(skpIds).toArray(),
    db.feedback.where('skpId').anyOf(skpIds).toArray(),
  ]);
  const rows = buildTeamRows({ members, year: yearRecord ?? null, periods, currentPeriodId: q.periodId, realisasi, evidence, feedback, today: q.today });
  return { supervisors, rows };
}

export function useTeam(db: AppDb, q: Parameters<typeof loadTeam>[1]): TeamView | null {
  return useLiveQuery(() => loadTeam(db, q), [db, q.supervisorId, q.year, q.periodId, q.today], null);
}
