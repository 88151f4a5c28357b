import type { Transaction } from 'dexie';
import type { Evaluation } from '@shared/schemas/evaluation';
import { SUMMARY_TABLE, summaryOf } from '../evaluation-summaries';

/** v8 → v9: a summary for every evaluation written before (later writes keep it up to date). */
export async function upgradeV9EvaluationSummaries(tx: Transaction): Promise<void> {
  const evaluations = (await tx.table('evaluations').toArray()) as Evaluation[];
  if (evaluations.length > 0) await tx.table(SUMMARY_TABLE).bulkPut(evaluations.map(summaryOf));
}
