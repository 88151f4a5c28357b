import type { Table } from 'dexie';
import { StoredBlob } from '@shared/backup/binary';
import type { TableData } from '@shared/backup/format';
import type { AppDb } from '../../db/db';

/**
 * The database as plain data, generic over `db.dataTables` (every table, whatever version added it,
 * except derived ones):
 * Blobs become StoredBlob (bytes + type) for the pure backup code and back again before writing.
 */

export function keyPaths(db: AppDb): Record<string, string> {
  return Object.fromEntries(db.dataTables.map((t) => [t.name, String(t.schema.primKey.keyPath ?? 'id')]));
}

async function toStored(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return new StoredBlob(new Uint8Array(await value.arrayBuffer()), value.type);
  if (Array.isArray(value)) return Promise.all(value.map(toStored));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array) && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await toStored(v)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

export function fromStored(value: unknown): unknown {
  if (value instanceof StoredBlob) return new Blob([value.bytes as Uint8Array<ArrayBuffer>], { type: value.type });
  if (Array.isArray(value)) return value.map(fromStored);
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromStored(v)]));
  }
  return value;
}

/** Only records holding a Blob are rebuilt; the rest pass through untouched. */
function hasBlob(value: unknown): boolean {
  if (value instanceof Blob) return true;
  if (Array.isArray(value)) return value.some(hasBlob);
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) return Object.values(value).some(hasBlob);
  return false;
}

export async function storedRecords(records: readonly unknown[]): Promise<unknown[]> {
  return Promise.all(records.map((r) => (hasBlob(r) ? toStored(r) : r)));
}

/**
 * Reads the given tables (default: all) in one read transaction, a consistent snapshot, in
 * primary-key order; Blob bytes are read after the transaction (a non-Dexie await would end it).
 */
export async function readTables(db: AppDb, names: readonly string[] = db.dataTables.map((t) => t.name)): Promise<TableData> {
  return toStoredTables(await readRawTables(db, names));
}

/** The records as Dexie gives them (Blobs untouched), in one read transaction. */
export async function readRawTables(db: AppDb, names: readonly string[]): Promise<TableData> {
  const tables = names.map((n) => db.table(n));
  const raw = await db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray())));
  return Object.fromEntries(names.map((n, i) => [n, raw[i]!]));
}

export async function toStoredTables(data: TableData): Promise<TableData> {
  const out: TableData = {};
  for (const [name, records] of Object.entries(data)) out[name] = await storedRecords(records);
  return out;
}

/** Reads the records of `table` with the given keys (missing keys are left out). */
export async function readByKeys(table: Table, keys: readonly string[]): Promise<unknown[]> {
  const found = await table.bulkGet([...keys]);
  return storedRecords(found.filter((r) => r !== undefined));
}

/**
 * Replaces every table with the given records in ONE transaction: a failure anywhere rolls it all
 * back, so the database is either the backup or exactly what it was. Tables the data does not
 * mention are emptied (the backup is the whole database). `during` runs inside, after the writes.
 */
export async function replaceAllTables(db: AppDb, data: TableData, during?: () => Promise<void>): Promise<void> {
  const prepared = Object.fromEntries(Object.entries(data).map(([name, records]) => [name, records.map(fromStored)]));
  await db.transaction('rw', db.tables, async () => {
    // Derived tables are emptied first; writing the data tables rebuilds them (evaluation-summaries.ts).
    for (const table of db.tables) if (!db.dataTables.includes(table)) await table.clear();
    for (const table of db.dataTables) {
      await table.clear();
      const records = prepared[table.name];
      if (records && records.length > 0) await table.bulkAdd(records);
    }
    await during?.();
  });
}
