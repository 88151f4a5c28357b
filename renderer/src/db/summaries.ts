import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreRangeType, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Employee } from '@shared/schemas/entities';
import type { Evaluation } from '@shared/schemas/evaluation';

/**
 * Packed summaries (issue 9): what the distribution curve reads, kept as ONE record per period
 * (every evaluation of the period as a short row) and ONE record for the whole roster (every
 * employee as a short row). Chromium pays a fixed cost per record read from IndexedDB: 10,000
 * small records take ~90 ms to read, one record holding 10,000 rows ~8 ms (measured on this
 * machine), so the curve of a whole city reads two records instead of 20,000.
 *
 * They are derived data: a DBCore middleware rewrites them in the SAME transaction as every write to
 * `evaluations` or `employees` (add, put, update, modify, delete, clear — commands, restore, exchange
 * import, the demo, imports alike), so they never disagree with their source. Not backed up or
 * exchanged; a restore rebuilds them by writing the source tables.
 */
export const SUMMARY_TABLE = 'summaries';

// DBCoreRangeType is a const enum in Dexie's typings (not importable as a value here).
const RANGE = 2 as DBCoreRangeType;
const ANY = 3 as DBCoreRangeType;

/** [employeeId, revision, supersedesId, status, predikat] */
export type EvaluationRow = [string, number, string | null, Evaluation['status'], Evaluation['predikat']];
/** [name, gelarDepan, gelarBelakang, nip, unitId, status, kind] */
export type RosterRow = [string, string | null, string | null, string | null, string, Employee['status'], Employee['kind']];

export type Summary<R> = { id: string; rows: Record<string, R> };

export const ROSTER_ID = 'employees';
export const periodSummaryId = (periodId: string): string => `evaluations|${periodId}`;

interface PackedSource<T, R> {
  table: string;
  /** The summary record a source record's row lives in. */
  group(record: T): string;
  /**
   * Whether a put can move a record to another summary record: then the record as it was is read
   * first, to take its row out. The roster has one record, so an employee's put just replaces its row.
   */
  movable: boolean;
  row(record: T): R;
  /** Every summary id of this source lies in [lower, upper] (for a full clear). */
  range: [string, string];
}

const evaluationSource: PackedSource<Evaluation, EvaluationRow> = {
  table: 'evaluations',
  group: (ev) => periodSummaryId(ev.periodId),
  row: (ev) => [ev.employeeId, ev.revision, ev.supersedesId ?? null, ev.status, ev.predikat],
  movable: true,
  range: ['evaluations|', 'evaluations|\uffff'],
};

const rosterSource: PackedSource<Employee, RosterRow> = {
  table: 'employees',
  group: () => ROSTER_ID,
  row: (e) => [e.name, e.gelarDepan ?? null, e.gelarBelakang ?? null, e.nip ?? null, e.unitId, e.status, e.kind],
  movable: false,
  range: [ROSTER_ID, ROSTER_ID],
};

type AnySource = PackedSource<{ id: string }, unknown>;
const SOURCES: ReadonlyMap<string, AnySource> = new Map<string, AnySource>([
  [evaluationSource.table, evaluationSource as unknown as AnySource],
  [rosterSource.table, rosterSource as unknown as AnySource],
]);

/** Adds the rows of `records` (of a summarised table) to the summaries being built in `into`. */
export function summarise(into: Map<string, Summary<unknown>>, table: 'evaluations' | 'employees', records: readonly { id: string }[]): void {
  const source = SOURCES.get(table)!;
  for (const r of records) {
    const id = source.group(r);
    let s = into.get(id);
    if (!s) into.set(id, (s = { id, rows: {} }));
    s.rows[r.id] = source.row(r);
  }
}

function summariesOf(table: 'evaluations' | 'employees', records: readonly { id: string }[]): Summary<unknown>[] {
  const out = new Map<string, Summary<unknown>>();
  summarise(out, table, records);
  return [...out.values()];
}

/** The summaries of these records, from scratch (tests, and the e2e seed that bypasses the app). */
export const summariesOfEvaluations = (records: readonly Evaluation[]) => summariesOf('evaluations', records);
export const summariesOfEmployees = (records: readonly Employee[]) => summariesOf('employees', records);

/** The written values of an add/put (a bulkAdd may fail part of its records). */
function written<T>(req: Extract<DBCoreMutateRequest, { type: 'add' | 'put' }>, res: DBCoreMutateResponse): T[] {
  const values = req.values as T[];
  return res.numFailures ? values.filter((_, i) => !(i in res.failures)) : values;
}

function allInRange(table: DBCoreTable, trans: DBCoreTransaction, range: DBCoreKeyRange): Promise<unknown[]> {
  return table.query({ trans, values: true, query: { index: table.schema.primaryKey, range } }).then((res) => res.result);
}

/*
 * Written as promise chains on the promises Dexie's lower layers return, not as async functions:
 * a native `await` inside DBCore loses Dexie's transaction zone, and the caller's next write then
 * runs outside its transaction (PrematureCommitError).
 */
function packing<T extends { id: string }, R>(source: PackedSource<T, R>, table: DBCoreTable, summaries: DBCoreTable): DBCoreTable {
  const rewrite = (trans: DBCoreTransaction, before: readonly T[], after: readonly T[]): Promise<unknown> | null => {
    if (before.length === 0 && after.length === 0) return null;
    const ids = [...new Set([...before, ...after].map((r) => source.group(r)))];
    return summaries.getMany({ trans, keys: ids }).then((found) => {
      const byId = new Map(ids.map((id, i) => [id, (found[i] as Summary<R> | undefined) ?? { id, rows: {} }]));
      for (const r of before) delete byId.get(source.group(r))!.rows[r.id];
      for (const r of after) byId.get(source.group(r))!.rows[r.id] = source.row(r);
      return summaries.mutate({ type: 'put', trans, values: [...byId.values()] });
    });
  };
  return {
    ...table,
    mutate(req) {
      const { trans } = req;
      if (req.type === 'deleteRange' && req.range.type === ANY) {
        // A whole-table clear empties this source's summaries.
        const [lower, upper] = source.range;
        return table.mutate(req).then((res) => summaries.mutate({ type: 'deleteRange', trans, range: { type: RANGE, lower, upper, lowerOpen: false, upperOpen: false } }).then(() => res));
      }
      const apply = (old: T[]) =>
        table.mutate(req).then((res) => {
          const after = req.type === 'add' || req.type === 'put' ? written<T>(req, res) : [];
          const done = rewrite(trans, old, after);
          return done ? done.then(() => res) : res;
        });
      // Nothing leaves on an add, nor on a put that cannot move a row (it replaces it in place).
      if (req.type === 'add' || (req.type === 'put' && !source.movable)) return apply([]);
      // What leaves: the records as they were before (a put may move a row to another group).
      const before =
        req.type === 'deleteRange'
          ? (allInRange(table, trans, req.range) as Promise<T[]>)
          : table.getMany({ trans, keys: req.type === 'delete' ? req.keys : req.values.map((v) => (v as T).id) }).then((rows) => (rows as (T | undefined)[]).filter((v): v is T => v !== undefined));
      return before.then(apply);
    },
  };
}

/**
 * Level 10 (Dexie's default) sits above Dexie's own observability middleware (level 0), so summary
 * writes wake live queries like any other write. While an older database is being upgraded the
 * summary store may not exist yet: writes then pass through, and the v9 upgrade, which runs after
 * them, summarises everything.
 */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'PackedSummaries',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === SUMMARY_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every read-write transaction over a summarised table also covers the summaries.
        const widened = mode === 'readwrite' && stores.some((s) => SOURCES.has(s)) && !stores.includes(SUMMARY_TABLE) ? [...stores, SUMMARY_TABLE] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const source = SOURCES.get(name);
        return source ? packing(source, table, down.table(SUMMARY_TABLE)) : table;
      },
    };
  },
};
