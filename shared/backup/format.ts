import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from '../schemas/entities';

/**
 * The backup file and the exchange package share one layout, a zip (fflate) holding:
 *   manifest.json          what the file is, who made it, and the SHA-256 of every other entry
 *   tables/<name>.ndjson   one record per line, canonical JSON, in primary-key order
 *   blobs/<sha256>         the bytes of each Blob or Uint8Array field, content-addressed
 * A record refers to its bytes as {"$blob": sha256, "type": mime} or {"$bin": sha256}.
 * Optionally the whole zip is sealed with a password (envelope.ts).
 */
export const BACKUP_FORMAT = 'peka-backup';
export const EXCHANGE_FORMAT = 'peka-exchange';
/** Raised when the layout itself changes; an older app refuses a newer layout. */
export const FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const TABLE_PREFIX = 'tables/';
export const BLOB_PREFIX = 'blobs/';
export const tableEntry = (table: string): string => `${TABLE_PREFIX}${table}.ndjson`;
export const blobEntry = (sha256: string): string => `${BLOB_PREFIX}${sha256}`;

/** File extensions offered in the save and open dialogs. */
export const BACKUP_EXTENSION = 'pekabak';
export const EXCHANGE_EXTENSION = 'pekapkt';

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
const TableNameSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);

export const EntryInfoSchema = z.object({ sha256: Sha256HexSchema, size: z.number().int().nonnegative() });

/** Read first, on its own, so a newer file is refused before anything else of it is interpreted. */
export const ManifestHeaderSchema = z.object({
  format: z.string(),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
});

const ManifestBaseSchema = z.object({
  formatVersion: z.number().int().positive(),
  /** The Dexie schema version of the database the file was taken from. */
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  createdAt: IsoDateTimeSchema,
  /** The desk that made the file (settings.deskId); null before the desk had one. */
  deskId: z.string().max(64).nullable(),
  agencyName: z.string().max(200),
  /** Records per table. Every table of the database is listed, empty ones too. */
  tables: z.record(TableNameSchema, z.number().int().nonnegative()),
  /** Primary key path per table, so the reader knows each record's key without its own schema. */
  keyPaths: z.record(TableNameSchema, z.string().min(1).max(64)),
  entries: z.record(z.string(), EntryInfoSchema),
});

export const BackupManifestSchema = ManifestBaseSchema.extend({ format: z.literal(BACKUP_FORMAT) });
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export const PersonSchema = z.object({ employeeId: IdSchema, name: z.string().min(1).max(200), nip: z.string().max(30).optional() });
export type Person = z.infer<typeof PersonSchema>;

export const ExchangeScopeInfoSchema = z.object({
  supervisor: PersonSchema,
  periodId: IdSchema,
  periodLabel: z.string().max(100),
  year: z.number().int(),
});
export type ExchangeScopeInfo = z.infer<typeof ExchangeScopeInfoSchema>;

export const ExchangeManifestSchema = ManifestBaseSchema.extend({
  format: z.literal(EXCHANGE_FORMAT),
  deskId: z.string().min(1).max(64),
  packageId: IdSchema,
  /** The person at the desk who made the package (settings.deskEmployeeId), when known. */
  createdBy: PersonSchema.nullable(),
  scope: ExchangeScopeInfoSchema,
  /** SHA-256 of each record's canonical JSON, per table and key: a changed record is named. */
  records: z.record(TableNameSchema, z.record(z.string(), Sha256HexSchema)),
});
export type ExchangeManifest = z.infer<typeof ExchangeManifestSchema>;

export type Manifest = BackupManifest | ExchangeManifest;
export type ManifestKind = Manifest['format'];

/** Records as read from a file: table name → records in key order, Blobs as StoredBlob. */
export type TableData = Record<string, unknown[]>;

/** The key of a record under a key path, as a string (keys are strings or numbers here). */
export function recordKey(record: unknown, keyPath: string): string {
  const value = (record as Record<string, unknown> | null)?.[keyPath];
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
}
