import { writeArchive } from '@shared/backup/archive';
import { BACKUP_EXTENSION, BACKUP_FORMAT, type BackupManifest, FORMAT_VERSION, type TableData } from '@shared/backup/format';
import { BackupFailure, checked, type Checked, fail } from '@shared/backup/problems';
import { validateTables } from '@shared/backup/validate';
import type { Settings } from '@shared/schemas/entities';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { LATEST_VERSION } from '../../db/schema-versions';
import { keyPaths, readTables, replaceAllTables } from './backup-db';
import { datedFileName, maybeSeal, type PasswordOptions, unpack } from './backup-file';
import { migrateTables } from './restore-migrate';
import { uniqueClashesIn } from './unique-check';

/**
 * Backup and restore of the whole database (issue: "one file holding the whole database including
 * evidence files and signed documents"). Export reads every table; restore checks the file
 * completely before it replaces anything, then replaces every table in one transaction.
 */

export type ExportOptions = PasswordOptions & { appVersion: string; now?: Date };
export type ExportedFile = { fileName: string; bytes: Uint8Array; manifest: BackupManifest };

function appSettings(tables: TableData): Settings | undefined {
  return (tables['settings'] ?? []).find((r) => (r as { id?: unknown }).id === 'app') as Settings | undefined;
}

export async function exportBackup(db: AppDb, options: ExportOptions): Promise<ExportedFile> {
  const now = options.now ?? new Date();
  const tables = await readTables(db);
  const settings = appSettings(tables);
  const meta = {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: db.verno,
    appVersion: options.appVersion,
    createdAt: now.toISOString(),
    deskId: settings?.deskId ?? null,
    agencyName: settings?.agencyName ?? '',
  } as const;
  const { bytes, manifest } = writeArchive<BackupManifest>(meta, { tables, keyPaths: keyPaths(db) });
  return { fileName: datedFileName('peka-cadangan', now, BACKUP_EXTENSION), bytes: await maybeSeal(bytes, options), manifest: manifest as BackupManifest };
}

export type CheckedBackup = { manifest: BackupManifest; tables: TableData; records: number };

/**
 * Reads and checks a backup completely: envelope, zip, manifest and version, checksums, every
 * record against the shared schemas, and the audit chain. An older backup is first brought up to
 * the current schema. Nothing is written to the database.
 */
export async function checkBackup(db: AppDb, bytes: Uint8Array, options: PasswordOptions = {}): Promise<Checked<CheckedBackup>> {
  return checked(async () => {
    const read = await unpack(bytes, options);
    if (read.manifest.format !== BACKUP_FORMAT) fail('backup/wrong-kind', { found: read.manifest.format });
    const manifest = read.manifest;
    const current = db.dataTables.map((t) => t.name);
    if (manifest.schemaVersion === LATEST_VERSION) {
      for (const table of current) if (!(table in manifest.tables)) fail('backup/missing-entry', { entry: `tables/${table}.ndjson` });
    }
    const tables = manifest.schemaVersion < LATEST_VERSION ? await migrateTables(read.tables, manifest.schemaVersion) : read.tables;
    const problems = validateTables(manifest, tables, current);
    if (problems.length === 0) problems.push(...uniqueClashesIn(db, tables));
    if (problems.length > 0) throw new BackupFailure(problems);
    const records = Object.values(tables).reduce((n, r) => n + r.length, 0);
    return { manifest, tables, records };
  });
}

export type RestoreOptions = { now?: Date; actor?: string };

/**
 * Replaces the whole database with a checked backup in one transaction, and records the restore at
 * the end of the restored audit log (whose chain was verified), so the log says it happened.
 */
export async function restoreBackup(db: AppDb, backup: CheckedBackup, options: RestoreOptions = {}): Promise<void> {
  const at = (options.now ?? new Date()).toISOString();
  const { manifest } = backup;
  await replaceAllTables(db, backup.tables, () =>
    appendAudit(db, {
      at,
      actor: options.actor ?? DESK_ACTOR,
      action: 'import',
      entity: 'backup',
      entityId: manifest.createdAt,
      summary: `Basis data dipulihkan dari cadangan ${manifest.createdAt} (Peka ${manifest.appVersion}, ${backup.records} rekaman)`,
    }),
  );
}
