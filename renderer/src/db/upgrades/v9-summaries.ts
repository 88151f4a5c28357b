import type { Table, Transaction } from 'dexie';
import { SUMMARY_TABLE, type Summary, summarise } from '../summaries';

/** Records read per step: a city's evaluations (~120,000 of ~2 KB) are never all in memory at once. */
const PAGE = 5_000;

/** Every record of a table in primary-key order, a page at a time. */
async function eachPage(table: Table<{ id: string }>, visit: (page: { id: string }[]) => void): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const page: { id: string }[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(PAGE).toArray();
    if (page.length === 0) return;
    visit(page);
    last = page[page.length - 1]!.id;
  }
}

/** v8 → v9: the packed summaries of everything written before (later writes keep them in step). */
export async function upgradeV9Summaries(tx: Transaction): Promise<void> {
  const out = new Map<string, Summary<unknown>>();
  for (const table of ['evaluations', 'employees'] as const) await eachPage(tx.table(table), (page) => summarise(out, table, page));
  if (out.size > 0) await tx.table(SUMMARY_TABLE).bulkPut([...out.values()]);
}
