/**
 * Demo evaluations for the curve: every curve member of the demo agency gets an evaluation per given
 * period, spread so each unit meets the Baik pattern (domain.md §6) — except `allBaikUnitId`, where
 * everyone is Baik, so the demo shows a unit that violates the curve. Deterministic: same input,
 * same records. Pure; the caller writes them (demo loading, tests, e2e seeding).
 */
import type { Employee, Position, Unit } from '../schemas/entities';
import { fullName } from '../schemas/entities';
import type { Evaluation, OrgResult } from '../schemas/evaluation';
import type { IdentitySnapshot, Period } from '../schemas/skp';
import { resolveAppraisers } from '../domain/appraiser';
import { NILAI_BERAKHLAK } from '../domain/berakhlak';
import { curveUnitResolver, isCurveMember } from '../domain/curve-units';
import { formatGolonganPegawai } from '../domain/pangkat';
import type { Predikat, Rating } from '../domain/predikat';

export interface DemoCurveInput {
  units: readonly Unit[];
  positions: readonly Position[];
  employees: readonly Employee[];
  periods: readonly Period[];
  /** ISO timestamp for createdAt, updatedAt and finalisedAt. */
  at: string;
  /** The unit whose people are all Baik: under a Baik organisation result it breaks two rules. */
  allBaikUnitId?: string;
  status?: Evaluation['status'];
  skpIdOf?: (employee: Employee, year: number) => string;
  /**
   * Snapshot penilai and atasan (default true). resolveAppraisers indexes the whole agency per call,
   * so for benchmark-sized agencies (10,000 people) pass false: penilai are then null.
   */
  withAppraisers?: boolean;
  /** Who is evaluated (default: every curve member); e.g. only those with an approved SKP. */
  isEvaluated?: (employee: Employee) => boolean;
}

/** Ratings (hasil, perilaku) that give each predikat through the §4 matrix. */
const RATINGS_FOR: Record<Predikat, [Rating, Rating]> = {
  'sangat-baik': ['di-atas', 'di-atas'],
  baik: ['sesuai', 'sesuai'],
  'butuh-perbaikan': ['di-bawah', 'sesuai'],
  kurang: ['sesuai', 'di-bawah'],
  'sangat-kurang': ['di-bawah', 'di-bawah'],
};

/** A spread of n predikat that meets the Baik pattern: ~10% Butuh Perbaikan (at least one), Baik at most 70%, the rest Sangat Baik. */
export function compliantBaikSpread(n: number): Predikat[] {
  const perbaikan = Math.min(n, Math.max(1, Math.round(n / 10)));
  const baik = Math.min(Math.floor((7 * n) / 10), n - perbaikan);
  const sangatBaik = n - perbaikan - baik;
  return [...Array<Predikat>(baik).fill('baik'), ...Array<Predikat>(sangatBaik).fill('sangat-baik'), ...Array<Predikat>(perbaikan).fill('butuh-perbaikan')];
}

function snapshotOf(e: Employee | undefined, ctx: { positions: Map<string, Position>; units: Map<string, Unit> }): IdentitySnapshot | null {
  if (!e) return null;
  return {
    employeeId: e.id,
    name: fullName(e),
    ...(e.nip ? { nip: e.nip } : {}),
    pangkat: formatGolonganPegawai(e),
    jabatan: ctx.positions.get(e.positionId)?.name ?? '-',
    unit: ctx.units.get(e.unitId)?.name ?? '-',
  };
}

/** The members of each curve unit, the unit head first, then by id (stable across runs). */
function membersByUnit(input: DemoCurveInput): Map<Unit, Employee[]> {
  const resolve = curveUnitResolver(input.units);
  const out = new Map<Unit, Employee[]>();
  for (const e of input.employees) {
    const unit = isCurveMember(e) && (input.isEvaluated?.(e) ?? true) ? resolve(e.unitId) : undefined;
    if (!unit) continue;
    const list = out.get(unit);
    if (list) list.push(e);
    else out.set(unit, [e]);
  }
  for (const [unit, list] of out) list.sort((a, b) => Number(b.id === unit.headEmployeeId) - Number(a.id === unit.headEmployeeId) || a.id.localeCompare(b.id));
  return out;
}

export function demoCurveEvaluations(input: DemoCurveInput): Evaluation[] {
  const ctx = { positions: new Map(input.positions.map((p) => [p.id, p])), units: new Map(input.units.map((u) => [u.id, u])) };
  const byId = new Map(input.employees.map((e) => [e.id, e]));
  const status = input.status ?? 'final';
  const out: Evaluation[] = [];
  for (const [unit, members] of membersByUnit(input)) {
    const spread = unit.id === input.allBaikUnitId ? members.map((): Predikat => 'baik') : compliantBaikSpread(members.length);
    members.forEach((e, i) => {
      const predikat = spread[i] ?? 'baik';
      const [hasil, perilaku] = RATINGS_FOR[predikat];
      const onDate = input.periods[0]?.end ?? input.at.slice(0, 10);
      const who = input.withAppraisers === false ? null : resolveAppraisers(e.id, input, onDate);
      const penilaiOf = (r: { employeeId: string | null } | undefined) => snapshotOf(r?.employeeId ? byId.get(r.employeeId) : undefined, ctx);
      for (const period of input.periods) {
        out.push({
          id: `eval-${e.id}-${period.id}-1`,
          skpId: input.skpIdOf?.(e, period.year) ?? `skp-${e.id}-${period.year}`,
          employeeId: e.id,
          periodId: period.id,
          year: period.year,
          revision: 1,
          status,
          pegawai: snapshotOf(e, ctx)!,
          penilai: penilaiOf(who?.penilai),
          atasanPenilai: penilaiOf(who?.atasanPenilai),
          rhk: [],
          ratingHasilKerja: hasil,
          pimpinanUnit: unit.headEmployeeId === e.id,
          perilaku: NILAI_BERAKHLAK.map((value) => ({ value, judgement: perilaku, feedback: '' })),
          ratingPerilaku: perilaku,
          predikat,
          catatan: '',
          capaianOrganisasi: status === 'final' ? 'baik' : null,
          step: 5,
          createdAt: input.at,
          updatedAt: input.at,
          ...(status === 'final' ? { finalisedAt: input.at } : {}),
        });
      }
    });
  }
  return out;
}

/** Capaian Kinerja Organisasi Baik for every unit that has evaluations, per period. */
export function demoOrgResults(evaluations: readonly Evaluation[], employees: readonly Employee[], units: readonly Unit[], at: string): OrgResult[] {
  const resolve = curveUnitResolver(units);
  const unitOf = new Map(employees.map((e) => [e.id, resolve(e.unitId)?.id]));
  const keys = new Set<string>();
  for (const ev of evaluations) {
    const unitId = unitOf.get(ev.employeeId);
    if (unitId) keys.add(`${unitId}|${ev.periodId}`);
  }
  return [...keys].map((id) => {
    const [unitId = '', periodId = ''] = id.split('|');
    return { id, unitId, periodId, capaian: 'baik' as const, recordedAt: at };
  });
}
