import Dexie from 'dexie';
import type { TableData } from '@shared/backup/format';
import { BackupFailure, fail } from '@shared/backup/problems';
import { AppDb } from '../../db/db';
import { fromStored, readTables } from './backup-db';

/**
 * A backup from an older version of the app is brought up to date the same way an old database is:
 * its records go into a scratch database at the backup's version, which is then opened at the
 * current version so the regular upgrades (renderer/src/db/upgrades) run. Nothing touches the
 * real database; the scratch one is deleted afterwards.
 */
export async function migrateTables(tables: TableData, fromVersion: number): Promise<TableData> {
  const name = `peka-restore-${crypto.randomUUID()}`;
  try {
    const old = new AppDb(name, fromVersion);
    await old.open();
    const known = new Set(old.tables.map((t) => t.name));
    for (const table of Object.keys(tables)) if (!known.has(table)) fail('backup/unknown-table', { table });
    await old.transaction('rw', old.tables, async () => {
      for (const t of old.tables) await t.bulkAdd((tables[t.name] ?? []).map(fromStored));
    });
    old.close();
    const current = new AppDb(name);
    await current.open();
    const out = await readTables(current);
    current.close();
    return out;
  } catch (error) {
    if (error instanceof BackupFailure) throw error;
    return fail('backup/migration-failed', { from: fromVersion, reason: error instanceof Error ? error.message : String(error) });
  } finally {
    await Dexie.delete(name);
  }
}
