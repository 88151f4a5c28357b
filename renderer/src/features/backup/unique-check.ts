import type { Table } from 'dexie';
import type { PlanItem } from '@shared/backup/exchange';
import type { TableData } from '@shared/backup/format';
import type { BackupProblem } from '@shared/backup/problems';
import { MAX_PROBLEMS } from '@shared/backup/problems';
import type { AppDb } from '../../db/db';

/**
 * Unique indexes (an employee's NIP, one SKP per employee and year) are the database's own rules:
 * records that would break one are found before writing, so a restore or an import never fails
 * halfway on them and the message names the record.
 */

type UniqueIndex = { name: string; keyPath: string | string[] };

function uniqueIndexes(table: Table): UniqueIndex[] {
  return table.schema.indexes.filter((i) => i.unique && i.keyPath !== undefined).map((i) => ({ name: i.name, keyPath: i.keyPath as string | string[] }));
}

function valueAt(record: unknown, keyPath: string | string[]): unknown {
  const get = (path: string) => (record as Record<string, unknown> | null)?.[path];
  if (!Array.isArray(keyPath)) return get(keyPath);
  const values = keyPath.map(get);
  return values.some((v) => v === undefined) ? undefined : values;
}

const keyOf = (record: unknown) => String((record as { id?: unknown }).id);

/** Within a backup: no two records of a table may share a unique index value. */
export function uniqueClashesIn(db: AppDb, tables: TableData): BackupProblem[] {
  const problems: BackupProblem[] = [];
  for (const table of db.dataTables) {
    for (const index of uniqueIndexes(table)) {
      const seen = new Set<string>();
      for (const record of tables[table.name] ?? []) {
        const value = valueAt(record, index.keyPath);
        if (value === undefined) continue;
        const text = JSON.stringify(value);
        if (seen.has(text) && problems.length < MAX_PROBLEMS) problems.push({ code: 'backup/key-clash', params: { table: table.name, key: keyOf(record), index: index.name } });
        seen.add(text);
      }
    }
  }
  return problems;
}

/** For an import: a new record may not take a unique value another record here already has. */
export async function uniqueClashesWith(db: AppDb, items: readonly PlanItem[]): Promise<BackupProblem[]> {
  const problems: BackupProblem[] = [];
  for (const item of items) {
    const table = db.table(item.table);
    for (const index of uniqueIndexes(table)) {
      const value = valueAt(item.incoming, index.keyPath);
      if (value === undefined) continue;
      const other: unknown = await table.where(index.name).equals(value as string).first();
      if (other !== undefined && keyOf(other) !== item.key && problems.length < MAX_PROBLEMS) {
        problems.push({ code: 'backup/key-clash', params: { table: item.table, key: item.key, index: index.name } });
      }
    }
  }
  return problems;
}
