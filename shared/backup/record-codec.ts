import { canonicalJson } from '../domain/audit-chain';
import { sha256Hex } from '../crypto/sha256';
import { StoredBlob } from './binary';
import { fail } from './problems';

/**
 * Records ⇄ canonical JSON lines. Only what JSON keeps exactly is accepted; anything else (a Date, a
 * Map, NaN, an unconverted Blob) stops the export with the field's path instead of being silently
 * changed, because a backup that quietly loses a field is worse than no backup.
 */

export type PutBinary = (bytes: Uint8Array) => string;
export type GetBinary = (sha256: string) => Uint8Array | undefined;

const BIN = '$bin';
const BLOB = '$blob';

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function encodeValue(value: unknown, put: PutBinary, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('backup/unsupported-value', { path, kind: String(value) });
    return value;
  }
  if (value instanceof Uint8Array) return { [BIN]: put(value) };
  if (value instanceof StoredBlob) return { [BLOB]: put(value.bytes), type: value.type };
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      if (item === undefined) fail('backup/unsupported-value', { path: `${path}[${i}]`, kind: 'undefined' });
      return encodeValue(item, put, `${path}[${i}]`);
    });
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === BIN || key === BLOB) fail('backup/unsupported-value', { path: `${path}.${key}`, kind: 'reserved key' });
      if (item !== undefined) out[key] = encodeValue(item, put, `${path}.${key}`);
    }
    return out;
  }
  const kind = typeof value === 'object' ? ((value as object).constructor?.name ?? 'object') : typeof value;
  return fail('backup/unsupported-value', { path, kind });
}

/** One record as its canonical JSON line; binary fields go to `put`, which returns their SHA-256. */
export function encodeRecord(record: unknown, put: PutBinary, path: string): string {
  return canonicalJson(encodeValue(record, put, path));
}

function decodeValue(value: unknown, get: GetBinary, path: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => decodeValue(item, get, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const ref = obj[BIN] ?? obj[BLOB];
  if (typeof ref === 'string') {
    const bytes = get(ref);
    if (!bytes) fail('backup/missing-entry', { entry: `blobs/${ref}`, path });
    return BLOB in obj ? new StoredBlob(bytes, typeof obj['type'] === 'string' ? obj['type'] : '') : bytes;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(obj)) out[key] = decodeValue(item, get, `${path}.${key}`);
  return out;
}

/** Parses one line back into a record with its bytes; a line that is not JSON names the table and line. */
export function decodeRecord(line: string, get: GetBinary, path: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return fail('backup/corrupted', { entry: path });
  }
  return decodeValue(parsed, get, path);
}

/** The per-record hash of the exchange manifest: SHA-256 of the record's canonical line. */
export function recordHash(line: string): string {
  return sha256Hex(line);
}
