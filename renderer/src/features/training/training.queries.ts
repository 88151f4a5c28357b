import { useLiveQuery } from 'dexie-react-hooks';
import { curveUnitResolver, isCurveMember } from '@shared/domain/curve-units';
import { BENTUK } from '@shared/domain/training-forms';
import { shortfallList, type ShortfallRow } from '@shared/domain/training-ledger';
import { groupRecommendations, type GroupedRecommendation } from '@shared/domain/training-trainer';
import type { Employee, Position, Unit } from '@shared/schemas/entities';
import type { Evaluation } from '@shared/schemas/evaluation';
import type { Period } from '@shared/schemas/skp';
import type { Course, LedgerEntry, Recommendation, TrainingClass, TrainingRule } from '@shared/schemas/training';
import type { AppDb } from '../../db/db';
import { useDb } from '../../db/db-context';
import { activeRules } from './recommendations.commands';

/** Who and where: the lookups every training view needs. */
export type People = {
  employeeById: Map<string, Employee>;
  unitById: Map<string, Unit>;
  positionById: Map<string, Position>;
  /** The perangkat daerah / kecamatan a unit belongs to (the trainers' unit filter). */
  topUnit: (unitId: string) => Unit | undefined;
  periodById: Map<string, Period>;
  periodRank: Map<string, number>;
};

export async function loadPeople(db: AppDb): Promise<People> {
  const [employees, units, positions, periods] = await Promise.all([db.employees.toArray(), db.units.toArray(), db.positions.toArray(), db.periods.toArray()]);
  const sorted = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  return {
    employeeById: new Map(employees.map((e) => [e.id, e])),
    unitById: new Map(units.map((u) => [u.id, u])),
    positionById: new Map(positions.map((p) => [p.id, p])),
    topUnit: curveUnitResolver(units),
    periodById: new Map(periods.map((p) => [p.id, p])),
    periodRank: new Map(sorted.map((p, i) => [p.id, i])),
  };
}

const bentukOrder = (c: Course) => BENTUK.indexOf(c.bentuk);
export const sortCourses = (list: Course[]) => list.sort((a, b) => bentukOrder(a) - bentukOrder(b) || a.name.localeCompare(b.name, 'id'));

/** Years that have an appraisal year, a class or JP, and this year; newest first. */
export function useTrainingYears(): number[] | null {
  const db = useDb();
  return useLiveQuery(async () => {
    const years = new Set<number>([new Date().getFullYear()]);
    for (const y of await db.appraisalYears.toArray()) years.add(y.year);
    for (const k of (await db.trainingLedger.orderBy('year').uniqueKeys()) as number[]) years.add(k);
    return [...years].sort((a, b) => b - a);
  }, [db], null);
}

export function useCatalogue(): Course[] | null {
  const db = useDb();
  return useLiveQuery(async () => sortCourses(await db.trainingCourses.toArray()), [db], null);
}

export function useRules(): { rules: TrainingRule[]; stored: boolean } | null {
  const db = useDb();
  return useLiveQuery(async () => {
    const stored = (await db.trainingRules.count()) > 0;
    return { rules: (await activeRules(db)).sort((a, b) => a.order - b.order), stored };
  }, [db], null);
}

export type EvaluationRecommendations = { recs: Recommendation[]; courses: Map<string, Course>; ran: boolean };

export function useEvaluationRecommendations(evaluationId: string): EvaluationRecommendations | null {
  const db = useDb();
  return useLiveQuery(async () => {
    const [recs, run, courses] = await Promise.all([db.trainingRecommendations.where('evaluationId').equals(evaluationId).toArray(), db.trainingRuns.get(evaluationId), db.trainingCourses.toArray()]);
    const order = { tinggi: 0, sedang: 1, rendah: 2 } as const;
    recs.sort((a, b) => order[a.priority] - order[b.priority] || a.createdAt.localeCompare(b.createdAt));
    return { recs, courses: new Map(courses.map((c) => [c.id, c])), ran: run !== undefined };
  }, [db, evaluationId], null);
}

export type EvaluationRecRow = { evaluation: Evaluation; period: Period | undefined; unit: Unit | undefined; counts: Record<Recommendation['status'], number> };

/** Final evaluations of the year with how many of their recommendations wait, were accepted or rejected. */
export function useRecommendationEvaluations(year: number): { rows: EvaluationRecRow[]; people: People } | null {
  const db = useDb();
  return useLiveQuery(async () => {
    const [people, recs, evaluations] = await Promise.all([loadPeople(db), db.trainingRecommendations.where('year').equals(year).toArray(), db.evaluations.where('status').equals('final').filter((e) => e.year === year).toArray()]);
    const counts = new Map<string, Record<Recommendation['status'], number>>();
    for (const r of recs) {
      const c = counts.get(r.evaluationId) ?? { usulan: 0, diterima: 0, ditolak: 0 };
      c[r.status] += 1;
      counts.set(r.evaluationId, c);
    }
    const rows = evaluations
      .filter((e) => counts.has(e.id))
      .map((evaluation) => {
        const employee = people.employeeById.get(evaluation.employeeId);
        return { evaluation, period: people.periodById.get(evaluation.periodId), unit: employee ? people.topUnit(employee.unitId) : undefined, counts: counts.get(evaluation.id)! };
      })
      .sort((a, b) => (people.periodRank.get(b.evaluation.periodId) ?? 0) - (people.periodRank.get(a.evaluation.periodId) ?? 0) || a.evaluation.pegawai.name.localeCompare(b.evaluation.pegawai.name, 'id'));
    return { rows, people };
  }, [db, year], null);
}

export type TrainerData = { people: People; courses: Course[]; groups: GroupedRecommendation[]; classes: TrainingClass[] };

export function useTrainerData(year: number): TrainerData | null {
  const db = useDb();
  return useLiveQuery(async () => {
    const [people, courses, recs, classes, ledger] = await Promise.all([loadPeople(db), db.trainingCourses.toArray(), db.trainingRecommendations.where('year').equals(year).toArray(), db.trainingClasses.where('year').equals(year).toArray(), db.trainingLedger.where('year').equals(year).toArray()]);
    return { people, courses: sortCourses(courses), groups: groupRecommendations(recs, classes, ledger, people.periodRank), classes };
  }, [db, year], null);
}

export function useClasses(year: number): { classes: TrainingClass[]; courses: Map<string, Course> } | null {
  const db = useDb();
  return useLiveQuery(async () => {
    const [classes, courses] = await Promise.all([db.trainingClasses.where('year').equals(year).toArray(), db.trainingCourses.toArray()]);
    classes.sort((a, b) => b.start.localeCompare(a.start) || a.name.localeCompare(b.name, 'id'));
    return { classes, courses: new Map(courses.map((c) => [c.id, c])) };
  }, [db, year], null);
}

export type ClassView = { klass: TrainingClass; course: Course | undefined; people: People; recs: Map<string, Recommendation> };

export function useClassView(id: string): ClassView | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const klass = await db.trainingClasses.get(id);
    if (!klass) return undefined;
    const ids = klass.participants.flatMap((p) => (p.recommendationId ? [p.recommendationId] : []));
    const [course, people, recs] = await Promise.all([db.trainingCourses.get(klass.courseId), loadPeople(db), db.trainingRecommendations.bulkGet(ids)]);
    return { klass, course, people, recs: new Map(recs.flatMap((r) => (r ? [[r.id, r] as const] : []))) };
  }, [db, id], null);
}

/** JP of classes each person is in and has not completed yet (planned development). */
export function plannedJp(classes: readonly TrainingClass[], courses: ReadonlyMap<string, Course>): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of classes) for (const p of c.participants) if (!p.completed) out.set(p.employeeId, (out.get(p.employeeId) ?? 0) + (courses.get(c.courseId)?.jp ?? 0));
  return out;
}

export type LedgerOverview = { people: People; members: Employee[]; ledger: LedgerEntry[]; planned: Map<string, number>; shortfall: ShortfallRow<Employee>[] };

export function useLedgerOverview(year: number): LedgerOverview | null {
  const db = useDb();
  return useLiveQuery(async () => {
    const [people, ledger, classes, courses] = await Promise.all([loadPeople(db), db.trainingLedger.where('year').equals(year).toArray(), db.trainingClasses.where('year').equals(year).toArray(), db.trainingCourses.toArray()]);
    const members = [...people.employeeById.values()].filter(isCurveMember);
    const planned = plannedJp(classes, new Map(courses.map((c) => [c.id, c])));
    return { people, members, ledger, planned, shortfall: shortfallList(members, ledger, year, planned) };
  }, [db, year], null);
}

export type EmployeeTraining = { employee: Employee; people: People; groups: GroupedRecommendation[]; classes: TrainingClass[]; ledger: LedgerEntry[]; courses: Map<string, Course> };

export function useEmployeeTraining(employeeId: string, year: number): EmployeeTraining | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const employee = await db.employees.get(employeeId);
    if (!employee) return undefined;
    const [people, recs, classes, ledger, courses] = await Promise.all([
      loadPeople(db),
      db.trainingRecommendations.where('employeeId').equals(employeeId).filter((r) => r.year === year).toArray(),
      db.trainingClasses.where('participantIds').equals(employeeId).filter((c) => c.year === year).toArray(),
      db.trainingLedger.where('[employeeId+year]').equals([employeeId, year]).toArray(),
      db.trainingCourses.toArray(),
    ]);
    ledger.sort((a, b) => a.start.localeCompare(b.start));
    return { employee, people, groups: groupRecommendations(recs, classes, ledger, people.periodRank), classes, ledger, courses: new Map(courses.map((c) => [c.id, c])) };
  }, [db, employeeId, year], null);
}
