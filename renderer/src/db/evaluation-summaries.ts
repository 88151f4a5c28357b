import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import type { Evaluation } from '@shared/schemas/evaluation';

/**
 * A slim copy of every evaluation with just what the distribution curve and the period lists need
 * (issue 9: the curve of all units read 10,000 whole evaluations of ~1.9 KB to use six fields).
 *
 * It is derived data: a DBCore middleware writes it in the SAME transaction as every write to
 * `evaluations` (add, put, update, modify, delete, clear, whoever does it: commands, restore,
 * exchange import, the demo), so it can never disagree with the evaluations. It is not backed up
 * or exchanged; a restore rebuilds it by writing the evaluations.
 */
export type EvaluationSummary = Pick<Evaluation, 'id' | 'periodId' | 'employeeId' | 'revision' | 'status' | 'predikat'> & {
  supersedesId?: string;
};

export const SUMMARY_TABLE = 'evaluationSummaries';
const SOURCE_TABLE = 'evaluations';

export function summaryOf(ev: Evaluation): EvaluationSummary {
  const s: EvaluationSummary = { id: ev.id, periodId: ev.periodId, employeeId: ev.employeeId, revision: ev.revision, status: ev.status, predikat: ev.predikat };
  if (ev.supersedesId !== undefined) s.supersedesId = ev.supersedesId;
  return s;
}

/** The values of an add/put that were written (a bulkAdd may fail part of its records). */
function written(req: Extract<DBCoreMutateRequest, { type: 'add' | 'put' }>, res: DBCoreMutateResponse): Evaluation[] {
  const values = req.values as Evaluation[];
  if (!res.numFailures) return values;
  return values.filter((_, i) => !(i in res.failures));
}

function summarising(source: DBCoreTable, summaries: DBCoreTable): DBCoreTable {
  return {
    ...source,
    async mutate(req) {
      const res = await source.mutate(req);
      switch (req.type) {
        case 'add':
        case 'put': {
          const values = written(req, res);
          if (values.length > 0) await summaries.mutate({ type: 'put', trans: req.trans, values: values.map(summaryOf) });
          break;
        }
        case 'delete':
          if (req.keys.length > 0) await summaries.mutate({ type: 'delete', trans: req.trans, keys: req.keys });
          break;
        case 'deleteRange':
          await summaries.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
          break;
      }
      return res;
    },
  };
}

/**
 * Level 10 (Dexie's default) sits above Dexie's own observability middleware (level 0), so the
 * summary writes are seen by live queries like any other write. While an older database is being
 * upgraded the summary store may not exist yet: writes then pass through unsummarised, and the v9
 * upgrade (upgrades/v9-evaluation-summaries.ts), which runs after them, summarises everything.
 */
export const evaluationSummaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'EvaluationSummaries',
  create(down) {
    const active = down.schema.tables.some((t) => t.name === SUMMARY_TABLE);
    if (!active) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        // Every read-write transaction over the evaluations also covers their summaries.
        const widened = mode === 'readwrite' && stores.includes(SOURCE_TABLE) && !stores.includes(SUMMARY_TABLE) ? [...stores, SUMMARY_TABLE] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === SOURCE_TABLE ? summarising(table, down.table(SUMMARY_TABLE)) : table;
      },
    };
  },
};
