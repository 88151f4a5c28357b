import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { curveUnitResolver, curveUnits, isCurveMember, latestRevisions } from '@shared/domain/curve-units';
import {
  checkDistribution,
  countPredikat,
  type CurveOptions,
  type CurveViolation,
  DEFAULT_CURVE_ROUNDING,
} from '@shared/domain/distribution-curve';
import type { Predikat } from '@shared/domain/predikat';
import { type Employee, fullName, type Settings, type Unit } from '@shared/schemas/entities';
import type { Evaluation, OrgResult, UnitFinalisation } from '@shared/schemas/evaluation';
import type { AppraisalYear, Period } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { type EvaluationRow, periodSummaryId, ROSTER_ID, type RosterRow, type Summary } from '../../db/summaries';

/** 'belum' = no evaluation yet; 'draft' = being filled (may already propose a predikat); 'final' = locked. */
export type EvaluationState = 'belum' | 'draft' | 'final';

export interface CurveMember {
  employeeId: string;
  name: string;
  nip: string | undefined;
  state: EvaluationState;
  /** Latest revision's predikat: proposed on a draft, decided on a final one. */
  predikat: Predikat | null;
  evaluationId: string | undefined;
}

export interface UnitCurve {
  unit: Unit;
  /** Everyone the unit's curve is about, by name. */
  members: CurveMember[];
  /** Members with a predikat (proposed or final): the curve's headcount. */
  evaluated: number;
  states: Record<EvaluationState, number>;
  counts: Record<Predikat, number>;
  orgResult: OrgResult | null;
  /** Empty until the organisation result is recorded. */
  violations: CurveViolation[];
  finalisation: UnitFinalisation | null;
}

export interface CurveData {
  units: readonly Unit[];
  employees: readonly CurveEmployee[];
  /** Every revision of the period's evaluations (other periods are ignored): whole ones or summaries. */
  evaluations: readonly CurveEvaluation[];
  orgResults: readonly OrgResult[];
  finalisations: readonly UnitFinalisation[];
  rounding?: CurveOptions;
}

/** What the curve needs of an evaluation: a row of the period's summary, or a whole evaluation. */
export type CurveEvaluation = Pick<Evaluation, 'id' | 'periodId' | 'employeeId' | 'revision' | 'status' | 'predikat'> & { supersedesId?: string };
/** What the curve needs of an employee: a row of the roster summary, or a whole employee. */
export type CurveEmployee = Pick<Employee, 'id' | 'name' | 'gelarDepan' | 'gelarBelakang' | 'nip' | 'unitId' | 'status' | 'kind'>;

const stateOf = (ev: CurveEvaluation | undefined): EvaluationState => (!ev ? 'belum' : ev.status);

function memberOf(e: CurveEmployee, ev: CurveEvaluation | undefined): CurveMember {
  return { employeeId: e.id, name: fullName(e), nip: e.nip, state: stateOf(ev), predikat: ev?.predikat ?? null, evaluationId: ev?.id };
}

/** Violations of a unit given its members' predikat (real or simulated) and its organisation result. */
export function violationsOf(orgResult: Pick<OrgResult, 'capaian'> | null, predikat: readonly (Predikat | null)[], rounding?: CurveOptions): CurveViolation[] {
  if (!orgResult) return [];
  return checkDistribution(orgResult.capaian, countPredikat(predikat.filter((p): p is Predikat => p !== null)), rounding);
}

/**
 * Every curve unit for one period, in one pass over employees and evaluations: members are the active
 * ASN of the unit plus anyone evaluated in it for the period (someone who left mid-year still counts);
 * only the latest revision of an evaluation counts. O(employees + evaluations + units), plus sorting.
 */
export function unitCurve(periodId: string, data: CurveData): UnitCurve[] {
  const resolve = curveUnitResolver(data.units);
  const latest = latestRevisions(data.evaluations.filter((ev) => ev.periodId === periodId));
  const membersByUnit = new Map<string, CurveMember[]>();
  for (const e of data.employees) {
    const ev = latest.get(e.id);
    if (!ev && !isCurveMember(e)) continue;
    const unit = resolve(e.unitId);
    if (!unit) continue;
    let list = membersByUnit.get(unit.id);
    if (!list) membersByUnit.set(unit.id, (list = []));
    list.push(memberOf(e, ev));
  }
  const orgByUnit = new Map(data.orgResults.filter((r) => r.periodId === periodId).map((r) => [r.unitId, r]));
  const finalByUnit = new Map(data.finalisations.filter((f) => f.periodId === periodId).map((f) => [f.unitId, f]));
  const collator = new Intl.Collator('id', { sensitivity: 'base' });
  return curveUnits(data.units).map((unit) => {
    const members = (membersByUnit.get(unit.id) ?? []).sort((a, b) => collator.compare(a.name, b.name));
    const states: Record<EvaluationState, number> = { belum: 0, draft: 0, final: 0 };
    for (const m of members) states[m.state] += 1;
    const predikat = members.map((m) => m.predikat);
    const counts = countPredikat(predikat.filter((p): p is Predikat => p !== null));
    const orgResult = orgByUnit.get(unit.id) ?? null;
    return {
      unit,
      members,
      evaluated: predikat.filter((p) => p !== null).length,
      states,
      counts,
      orgResult,
      violations: violationsOf(orgResult, predikat, data.rounding),
      finalisation: finalByUnit.get(unit.id) ?? null,
    };
  });
}

const RoundingSchema = z.object({ atMost: z.enum(['floor', 'ceil', 'round']), atLeast: z.enum(['floor', 'ceil', 'round']) });

/**
 * Curve rounding is the agency's choice (domain.md §6, §13): read `settings.curveRounding` when the
 * settings carry one, otherwise the default (at most → floor, at least → ceil).
 */
export function curveRoundingOf(settings: Settings | undefined): Required<CurveOptions> {
  const parsed = RoundingSchema.safeParse((settings as { curveRounding?: unknown } | undefined)?.curveRounding);
  return parsed.success ? parsed.data : { ...DEFAULT_CURVE_ROUNDING };
}

/** The period's evaluations from its packed summary (db/summaries.ts). */
export function evaluationsOfSummary(periodId: string, summary: Summary<unknown> | undefined): CurveEvaluation[] {
  if (!summary) return [];
  return Object.entries(summary.rows as Record<string, EvaluationRow>).map(([id, [employeeId, revision, supersedesId, status, predikat]]) => ({
    id,
    periodId,
    employeeId,
    revision,
    status,
    predikat,
    ...(supersedesId ? { supersedesId } : {}),
  }));
}

/** Every employee from the roster summary (db/summaries.ts). */
export function employeesOfRoster(summary: Summary<unknown> | undefined): CurveEmployee[] {
  if (!summary) return [];
  return Object.entries(summary.rows as Record<string, RosterRow>).map(([id, [name, gelarDepan, gelarBelakang, nip, unitId, status, kind]]) => ({
    id,
    name,
    unitId,
    status,
    kind,
    ...(gelarDepan ? { gelarDepan } : {}),
    ...(gelarBelakang ? { gelarBelakang } : {}),
    ...(nip ? { nip } : {}),
  }));
}

/**
 * Reads a period's curve data: the employees and the period's evaluations as two packed summary
 * records (issue 9: reading 20,000 records costs ~200 ms in Chromium, two records ~20 ms), the
 * results and finalisations through their periodId index.
 */
export async function loadCurveData(db: AppDb, periodId: string): Promise<CurveData & { rounding: Required<CurveOptions> }> {
  const [units, roster, period, orgResults, finalisations, settings] = await Promise.all([
    db.units.toArray(),
    db.summaries.get(ROSTER_ID),
    db.summaries.get(periodSummaryId(periodId)),
    db.orgResults.where('periodId').equals(periodId).toArray(),
    db.unitFinalisations.where('periodId').equals(periodId).toArray(),
    db.settings.get('app'),
  ]);
  return { units, employees: employeesOfRoster(roster), evaluations: evaluationsOfSummary(periodId, period), orgResults, finalisations, rounding: curveRoundingOf(settings) };
}

/** Live curves of every unit for a period: null while loading. */
export function useUnitCurves(db: AppDb, periodId: string | null): { curves: UnitCurve[]; rounding: Required<CurveOptions> } | null {
  return useLiveQuery(
    async () => {
      if (!periodId) return { curves: [], rounding: { ...DEFAULT_CURVE_ROUNDING } };
      const data = await loadCurveData(db, periodId);
      return { curves: unitCurve(periodId, data), rounding: data.rounding };
    },
    [db, periodId],
    null,
  );
}

export type PeriodOption = { period: Period; year: AppraisalYear | undefined };

/** Every period of every appraisal year, newest year first, then in order within the year. */
export function usePeriods(db: AppDb): PeriodOption[] | null {
  return useLiveQuery(
    async () => {
      const [years, periods] = await Promise.all([db.appraisalYears.toArray(), db.periods.toArray()]);
      const yearOf = new Map(years.map((y) => [y.year, y]));
      return periods.sort((a, b) => b.year - a.year || a.index - b.index).map((period) => ({ period, year: yearOf.get(period.year) }));
    },
    [db],
    null,
  );
}

/**
 * The periods that have evaluations (final ones only, if asked): one short index lookup per period.
 * Scanning the evaluations themselves (uniqueKeys, or reading every final one) takes seconds at a
 * city's size (bench: 119,000 evaluations).
 */
export async function periodsWithEvaluations(db: AppDb, finalOnly = false): Promise<Set<string>> {
  const periods = await db.periods.toArray();
  const hits = await Promise.all(
    periods.map((p) => {
      const inPeriod = db.evaluations.where('periodId').equals(p.id);
      return (finalOnly ? inPeriod.filter((e) => e.status === 'final') : inPeriod).first();
    }),
  );
  return new Set(periods.filter((_, i) => hits[i] !== undefined).map((p) => p.id));
}
