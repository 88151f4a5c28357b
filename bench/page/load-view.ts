/**
 * The reads of renderer/src/features/evaluation/evaluation.queries.ts `loadView` (what the wizard
 * shows for one evaluation), copied because that function is not exported. Keep in step with it; the
 * runner also times the real page (#/evaluasi/<id>), which cannot drift.
 */
import type { AppDb } from '../../renderer/src/db/db';
import { revisionsOf, unitStanding } from '../../renderer/src/features/evaluation/evaluation-context';

export async function loadView(db: AppDb, id: string) {
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
