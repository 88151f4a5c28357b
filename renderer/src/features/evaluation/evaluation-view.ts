import type { CapaianOrganisasi } from '@shared/domain/distribution-curve';
import type { Evaluation, Keberatan } from '@shared/schemas/evaluation';
import type { Evidence, Feedback, Realisasi } from '@shared/schemas/monitoring';
import type { Period, Skp } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { revisionsOf, unitStanding } from './evaluation-context';

export type EvaluationView = {
  evaluation: Evaluation;
  skp: Skp;
  period: Period;
  /** Periods of the year by id, for labelling earlier feedback. */
  periods: Map<string, Period>;
  realisasi: Realisasi[];
  evidence: Evidence[];
  /** Feedback given on this SKP up to and including this period, oldest first. */
  feedback: Feedback[];
  capaian: CapaianOrganisasi | null;
  headsTopUnit: boolean;
  revisions: Evaluation[];
  keberatan: Keberatan[];
};

/** Everything the wizard reads for one evaluation (also timed by the bench, bench/page). */
export async function loadView(db: AppDb, id: string): Promise<EvaluationView | undefined> {
  const evaluation = await db.evaluations.get(id);
  if (!evaluation) return undefined;
  const [skp, period, yearPeriods] = await Promise.all([db.skps.get(evaluation.skpId), db.periods.get(evaluation.periodId), db.periods.where('year').equals(evaluation.year).toArray()]);
  if (!skp || !period) return undefined;
  const key: [string, string] = [skp.id, period.id];
  const periods = new Map(yearPeriods.map((p) => [p.id, p]));
  const [realisasi, evidence, allFeedback, standing, revisions] = await Promise.all([
    db.realisasi.where('[skpId+periodId]').equals(key).toArray(),
    db.evidence.where('[skpId+periodId]').equals(key).toArray(),
    db.feedback.where('skpId').equals(skp.id).toArray(),
    unitStanding(db, evaluation.employeeId, evaluation.periodId),
    revisionsOf(db, evaluation.employeeId, evaluation.periodId),
  ]);
  const feedback = allFeedback.filter((f) => (periods.get(f.periodId)?.start ?? '9999') <= period.end).sort((a, b) => a.at.localeCompare(b.at));
  const keberatan = await db.keberatan.where('evaluationId').anyOf(revisions.map((r) => r.id)).toArray();
  keberatan.sort((a, b) => a.filedAt.localeCompare(b.filedAt));
  return { evaluation, skp, period, periods, realisasi, evidence, feedback, capaian: standing.capaian, headsTopUnit: standing.headsTopUnit, revisions, keberatan };
}
