import { unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../crypto/sha256';
import {
  BLOB_PREFIX,
  blobEntry,
  type ExchangeManifest,
  type Manifest,
  MANIFEST_ENTRY,
  recordKey,
  type TableData,
  tableEntry,
} from './format';
import { decodeRecord, encodeRecord, recordHash } from './record-codec';
import { fail } from './problems';
import { parseManifest } from './manifest';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The manifest minus what the writer computes itself. */
export type ManifestMeta<M extends Manifest> = Omit<M, 'tables' | 'keyPaths' | 'entries' | 'records'>;

export type ArchiveContent = { tables: TableData; keyPaths: Record<string, string> };

type Encoded = { entries: Map<string, Uint8Array>; counts: Record<string, number>; hashes: Record<string, Record<string, string>> };

function encodeTables({ tables, keyPaths }: ArchiveContent): Encoded {
  const entries = new Map<string, Uint8Array>();
  const blobs = new Map<string, Uint8Array>();
  const counts: Record<string, number> = {};
  const hashes: Record<string, Record<string, string>> = {};
  const put = (bytes: Uint8Array) => {
    const sha = sha256Hex(bytes);
    blobs.set(sha, bytes);
    return sha;
  };
  for (const table of Object.keys(tables).sort()) {
    const records = tables[table]!;
    const keyPath = keyPaths[table] ?? 'id';
    hashes[table] = {};
    const lines = records.map((r, i) => {
      const line = encodeRecord(r, put, `${table}[${i}]`);
      hashes[table]![recordKey(r, keyPath)] = recordHash(line);
      return line;
    });
    counts[table] = records.length;
    entries.set(tableEntry(table), encoder.encode(lines.join('\n')));
  }
  for (const sha of [...blobs.keys()].sort()) entries.set(blobEntry(sha), blobs.get(sha)!);
  return { entries, counts, hashes };
}

/** Builds the zip. Same content and same createdAt give the same bytes (fixed entry times and order). */
export function writeArchive<M extends Manifest>(meta: ManifestMeta<M>, content: ArchiveContent): { bytes: Uint8Array; manifest: Manifest } {
  const { entries, counts, hashes } = encodeTables(content);
  const info: Manifest['entries'] = {};
  for (const [name, bytes] of entries) info[name] = { sha256: sha256Hex(bytes), size: bytes.length };
  const keyPaths = Object.fromEntries(Object.keys(counts).map((t) => [t, content.keyPaths[t] ?? 'id']));
  const manifest = { ...meta, tables: counts, keyPaths, entries: info, ...(meta.format === 'peka-exchange' ? { records: hashes } : {}) };
  const mtime = new Date(meta.createdAt);
  const zippable: Zippable = { [MANIFEST_ENTRY]: [encoder.encode(JSON.stringify(manifest, null, 1)), { level: 6 }] };
  // Evidence files are mostly compressed already (PDF, JPG): store them as they are.
  for (const [name, bytes] of entries) zippable[name] = [bytes, { level: name.startsWith(BLOB_PREFIX) ? 0 : 6 }];
  return { bytes: zipSync(zippable, { mtime }), manifest: manifest as Manifest };
}

/** Largest total the entries of one file may unpack to (a guard against zip bombs). */
const MAX_UNPACKED = 1024 * 1024 * 1024;
const EOCD = [0x50, 0x4b, 0x05, 0x06];

/** A zip ends with its central directory's end record; without it the file was cut short. */
function hasEndRecord(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === EOCD[0] && bytes[i + 1] === EOCD[1] && bytes[i + 2] === EOCD[2] && bytes[i + 3] === EOCD[3]) return true;
  }
  return false;
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  if (!hasEndRecord(bytes)) fail('backup/truncated');
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNPACKED) throw new Error('too large');
        return true;
      },
    });
  } catch {
    return fail('backup/corrupted', { entry: '(zip)' });
  }
}

function text(bytes: Uint8Array, entry: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    return fail('backup/corrupted', { entry });
  }
}

function checkEntries(files: Record<string, Uint8Array>, manifest: Manifest): void {
  for (const [name, info] of Object.entries(manifest.entries)) {
    const bytes = files[name];
    if (!bytes) fail('backup/missing-entry', { entry: name });
    if (bytes.length !== info.size || sha256Hex(bytes) !== info.sha256) fail('backup/checksum-mismatch', { entry: name });
  }
  for (const name of Object.keys(files)) {
    if (name !== MANIFEST_ENTRY && !(name in manifest.entries)) fail('backup/unexpected-entry', { entry: name });
  }
}

function checkRecordHash(manifest: ExchangeManifest, table: string, key: string, line: string): void {
  if (manifest.records[table]?.[key] !== recordHash(line)) fail('backup/record-hash', { table, key });
}

function readTable(files: Record<string, Uint8Array>, manifest: Manifest, table: string): unknown[] {
  const entry = tableEntry(table);
  const bytes = files[entry];
  if (!bytes) return fail('backup/missing-entry', { entry });
  const body = text(bytes, entry);
  const lines = body === '' ? [] : body.split('\n');
  if (lines.length !== manifest.tables[table]) fail('backup/count-mismatch', { table, expected: manifest.tables[table] ?? 0, found: lines.length });
  const get = (sha: string) => files[blobEntry(sha)];
  const keyPath = manifest.keyPaths[table] ?? 'id';
  return lines.map((line, i) => {
    const record = decodeRecord(line, get, `${table}[${i}]`);
    if (manifest.format === 'peka-exchange') checkRecordHash(manifest, table, recordKey(record, keyPath), line);
    return record;
  });
}

export type ReadArchive = { manifest: Manifest; tables: TableData };

/**
 * Unpacks and checks a zip completely: manifest (newer → refused before anything else is read),
 * the SHA-256 of every entry, the record count of every table, and for an exchange package the
 * hash of every record. Throws BackupFailure; records are not yet checked against the schemas.
 */
export function readArchive(bytes: Uint8Array, supportedSchema: number): ReadArchive {
  const files = unzip(bytes);
  const manifestBytes = files[MANIFEST_ENTRY];
  if (!manifestBytes) fail('backup/not-a-backup');
  const manifest = parseManifest(text(manifestBytes, MANIFEST_ENTRY), supportedSchema);
  checkEntries(files, manifest);
  const tables: TableData = {};
  for (const table of Object.keys(manifest.tables)) tables[table] = readTable(files, manifest, table);
  return { manifest, tables };
}
