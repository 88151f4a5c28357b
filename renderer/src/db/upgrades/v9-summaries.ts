import type { Transaction } from 'dexie';
import type { Employee } from '@shared/schemas/entities';
import type { Evaluation } from '@shared/schemas/evaluation';
import { SUMMARY_TABLE, summariesOfEmployees, summariesOfEvaluations } from '../summaries';

/** v8 → v9: the packed summaries of everything written before (later writes keep them in step). */
export async function upgradeV9Summaries(tx: Transaction): Promise<void> {
  const [evaluations, employees] = await Promise.all([tx.table('evaluations').toArray(), tx.table('employees').toArray()]);
  const summaries = [...summariesOfEvaluations(evaluations as Evaluation[]), ...summariesOfEmployees(employees as Employee[])];
  if (summaries.length > 0) await tx.table(SUMMARY_TABLE).bulkPut(summaries);
}
