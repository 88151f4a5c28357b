import { canonicalJson } from '../domain/audit-chain';
import { sha256Hex } from '../crypto/sha256';
import type { ExchangeSelection } from './exchange-rules';
import { recordKey, type TableData } from './format';
import { type BackupProblem, MAX_PROBLEMS } from './problems';
import { encodeRecord } from './record-codec';
import type { Registry } from './validate';

/** The tables that travel in exchange packages, in the order they are picked. */
export function exchangeTables(tables: readonly string[], registry: Registry): string[] {
  return tables.filter((t) => registry(t)?.exchange).sort((a, b) => registry(a)!.exchange!.stage - registry(b)!.exchange!.stage);
}

export type ExchangeFilter = { supervisorId: string; periodId: string };

/** Picks a supervisor's package out of the desk's records, table by table in stage order. */
export function selectExchange(source: TableData, filter: ExchangeFilter, registry: Registry): TableData {
  const picked: TableData = {};
  const selection: ExchangeSelection = { ...filter, picked: (t) => picked[t] ?? [] };
  for (const table of exchangeTables(Object.keys(source), registry)) {
    const rule = registry(table)!.exchange!;
    picked[table] = (source[table] ?? []).filter((r) => rule.includes(r, selection));
  }
  return picked;
}

/**
 * A package holds only what the rules would put in it for its own supervisor and period: a table
 * without a rule (settings, employees, the audit log) or a stray record is refused, not imported.
 */
export function checkExchangeScope(tables: TableData, filter: ExchangeFilter, registry: Registry): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const again = selectExchange(tables, filter, registry);
  for (const [table, records] of Object.entries(tables)) {
    if (!registry(table)?.exchange) {
      if (records.length > 0) problems.push({ code: 'backup/out-of-scope', params: { table, key: '*' } });
      continue;
    }
    const kept = new Set(again[table]);
    for (const r of records) {
      if (!kept.has(r) && problems.length < MAX_PROBLEMS) problems.push({ code: 'backup/out-of-scope', params: { table, key: recordKey(r, 'id') } });
    }
  }
  return problems;
}

export type FieldDiff = { field: string; local: string; incoming: string };
export type PlanItem = {
  table: string;
  key: string;
  status: 'new' | 'unchanged' | 'conflict';
  /** The desk's record is final or signed (registry `locked`). */
  locked: boolean;
  incoming: unknown;
  local?: unknown;
  diff: FieldDiff[];
};
export type ImportPlan = { items: PlanItem[]; counts: { new: number; unchanged: number; conflict: number } };

/** Canonical JSON with bytes replaced by their SHA-256: equal lines mean equal records. */
export function canonicalLine(record: unknown): string {
  return encodeRecord(record, (bytes) => sha256Hex(bytes), 'record');
}

export function fieldDiff(local: unknown, incoming: unknown): FieldDiff[] {
  const a = JSON.parse(canonicalLine(local)) as Record<string, unknown>;
  const b = JSON.parse(canonicalLine(incoming)) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return fields
    .map((field) => ({ field, local: a[field] === undefined ? '' : canonicalJson(a[field]), incoming: b[field] === undefined ? '' : canonicalJson(b[field]) }))
    .filter((d) => d.local !== d.incoming);
}

/**
 * Compares a package with the records the agency database holds under the same keys (ids are
 * stable across desks): absent → new; identical → unchanged (so a second import changes nothing);
 * different → a conflict HR decides, shown field by field.
 */
export function planImport(incoming: TableData, local: TableData, registry: Registry): ImportPlan {
  const items: PlanItem[] = [];
  for (const [table, records] of Object.entries(incoming)) {
    const mine = new Map((local[table] ?? []).map((r) => [recordKey(r, 'id'), r]));
    const isLocked = registry(table)?.locked ?? (() => false);
    for (const record of records) {
      const key = recordKey(record, 'id');
      const existing = mine.get(key);
      if (existing === undefined) items.push({ table, key, status: 'new', locked: false, incoming: record, diff: [] });
      else {
        const diff = fieldDiff(existing, record);
        const status = diff.length === 0 ? 'unchanged' : 'conflict';
        items.push({ table, key, status, locked: isLocked(existing), incoming: record, local: existing, diff });
      }
    }
  }
  const count = (s: PlanItem['status']) => items.filter((i) => i.status === s).length;
  return { items, counts: { new: count('new'), unchanged: count('unchanged'), conflict: count('conflict') } };
}

export type Choice = 'local' | 'incoming';
export const itemId = (item: Pick<PlanItem, 'table' | 'key'>): string => `${item.table}/${item.key}`;

/** What an import writes: every new record, and a conflict only where HR chose the package's version. */
export function resolvePlan(plan: ImportPlan, choices: Readonly<Record<string, Choice>>): { added: PlanItem[]; replaced: PlanItem[] } {
  const added = plan.items.filter((i) => i.status === 'new');
  const replaced = plan.items.filter((i) => i.status === 'conflict' && choices[itemId(i)] === 'incoming');
  return { added, replaced };
}
