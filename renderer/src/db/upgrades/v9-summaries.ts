import type { Table, Transaction } from 'dexie';
import type { Employee } from '@shared/schemas/entities';
import type { Evaluation } from '@shared/schemas/evaluation';
import { SUMMARY_TABLE, summariesOfEmployees, summariesOfEvaluations, type Summary } from '../summaries';

/** Records read per step: a city's evaluations (~120,000 of ~2 KB) are never all in memory at once. */
const PAGE = 5_000;

/** Every record of a table in primary-key order, a page at a time. */
async function eachPage<T extends { id: string }>(table: Table<T>, visit: (page: T[]) => void): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const page: T[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE).toArray();
    if (page.length === 0) return;
    visit(page);
    last = page[page.length - 1]!.id;
  }
}

/** Merges summaries built page by page into one record per summary id. */
function merge(into: Map<string, Summary<unknown>>, more: readonly Summary<unknown>[]): void {
  for (const s of more) {
    const seen = into.get(s.id);
    if (seen) Object.assign(seen.rows as object, s.rows);
    else into.set(s.id, s);
  }
}

/** v8 → v9: the packed summaries of everything written before (later writes keep them in step). */
export async function upgradeV9Summaries(tx: Transaction): Promise<void> {
  const out = new Map<string, Summary<unknown>>();
  await eachPage(tx.table<Evaluation>('evaluations'), (page) => merge(out, summariesOfEvaluations(page)));
  await eachPage(tx.table<Employee>('employees'), (page) => merge(out, summariesOfEmployees(page)));
  if (out.size > 0) await tx.table(SUMMARY_TABLE).bulkPut([...out.values()]);
}
