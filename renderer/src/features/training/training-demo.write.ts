import type { DemoAgency } from '@shared/demo/generate';
import type { DemoSkpYear } from '@shared/demo/skp-demo';
import { generateDemoTraining } from '@shared/demo/training-demo';
import type { Evaluation } from '@shared/schemas/evaluation';
import type { AppDb } from '../../db/db';

/** The tables of competency development: agency data, cleared and reloaded with the demo. */
export function trainingTables(db: AppDb) {
  return [db.trainingCourses, db.trainingRules, db.trainingRecommendations, db.trainingRuns, db.trainingClasses, db.trainingLedger, db.trainingFiles];
}

/**
 * Writes the demo's catalogue, rules, ledgers, recommendations and classes. Call inside the
 * demo-loading transaction (it awaits only Dexie), after the evaluations are written.
 */
export async function writeTrainingDemo(db: AppDb, agency: DemoAgency, year: DemoSkpYear, evaluations: readonly Evaluation[], at: string): Promise<void> {
  const demo = generateDemoTraining(agency, year, evaluations, at);
  await db.trainingCourses.bulkPut(demo.courses);
  await db.trainingRules.bulkPut(demo.rules);
  await db.trainingLedger.bulkPut(demo.ledger);
  await db.trainingFiles.bulkPut(demo.files.map((f) => ({ id: f.id, data: new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.mime }) })));
  await db.trainingRecommendations.bulkPut(demo.recommendations);
  await db.trainingRuns.bulkPut(demo.runs);
  await db.trainingClasses.bulkPut(demo.classes);
}
