import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../crypto/sha256';
import { readArchive, writeArchive } from './archive';
import { StoredBlob } from './binary';
import { BACKUP_FORMAT, type BackupManifest, EXCHANGE_FORMAT, type ExchangeManifest, FORMAT_VERSION } from './format';
import { BackupFailure } from './problems';

const meta = {
  format: BACKUP_FORMAT,
  formatVersion: FORMAT_VERSION,
  schemaVersion: 3,
  appVersion: '1.0.0',
  createdAt: '2026-11-28T09:30:00.000Z',
  deskId: 'meja-1',
  agencyName: 'Contoh',
} as const;

const content = {
  tables: {
    units: [{ id: 'u1', name: 'Bagian Umum', tags: ['a', 'b'], nested: { x: 1, y: null } }],
    files: [{ id: 'f1', data: new StoredBlob(new Uint8Array([1, 2, 3]), 'application/pdf'), der: new Uint8Array([9, 9]) }],
    empty: [],
  },
  keyPaths: { units: 'id', files: 'id', empty: 'id' },
};

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof BackupFailure) return error.problems;
    throw error;
  }
  return [];
}

/** Rewrites one entry of a zip and, if asked, the manifest's checksum for it (a careful forger). */
function rewrite(zip: Uint8Array, name: string, change: (bytes: Uint8Array) => Uint8Array, fixChecksum: boolean): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(zip);
  const changed = change(files[name]!);
  files[name] = changed;
  if (fixChecksum) {
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BackupManifest;
    manifest.entries[name] = { sha256: sha256Hex(changed), size: changed.length };
    files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  }
  return zipSync(files);
}

describe('backup archive', () => {
  it('reads back exactly what it wrote, bytes and Blob types included', () => {
    const { bytes } = writeArchive<BackupManifest>(meta, content);
    const read = readArchive(bytes, 3);
    expect(read.tables).toEqual(content.tables);
    expect(read.manifest).toMatchObject({ format: BACKUP_FORMAT, tables: { units: 1, files: 1, empty: 0 }, deskId: 'meja-1' });
    const file = read.tables['files']![0] as { data: StoredBlob; der: Uint8Array };
    expect(file.data).toBeInstanceOf(StoredBlob);
    expect(file.data.type).toBe('application/pdf');
    expect(file.der).toBeInstanceOf(Uint8Array);
  });

  it('gives the same bytes for the same content and time', () => {
    expect(writeArchive<BackupManifest>(meta, content).bytes).toEqual(writeArchive<BackupManifest>(meta, content).bytes);
  });

  it('refuses values JSON would change, naming the field', () => {
    const bad = { tables: { units: [{ id: 'u1', when: new Date() }] }, keyPaths: {} };
    expect(problemsOf(() => writeArchive<BackupManifest>(meta, bad))).toEqual([{ code: 'backup/unsupported-value', params: { path: 'units[0].when', kind: 'Date' } }]);
    const nan = { tables: { units: [{ id: 'u1', n: Number.NaN }] }, keyPaths: {} };
    expect(problemsOf(() => writeArchive<BackupManifest>(meta, nan))[0]?.code).toBe('backup/unsupported-value');
  });

  it('tells a truncated file from a damaged one', () => {
    const { bytes } = writeArchive<BackupManifest>(meta, content);
    expect(problemsOf(() => readArchive(bytes.subarray(0, bytes.length - 30), 3))[0]?.code).toBe('backup/truncated');
    const damaged = rewrite(bytes, 'tables/units.ndjson', (b) => b.map((x, i) => (i === 3 ? x ^ 0xff : x)), false);
    expect(problemsOf(() => readArchive(damaged, 3))).toEqual([{ code: 'backup/checksum-mismatch', params: { entry: 'tables/units.ndjson' } }]);
  });

  it('refuses a newer schema or layout before reading anything else of it', () => {
    const { bytes } = writeArchive<BackupManifest>(meta, content);
    expect(problemsOf(() => readArchive(bytes, 2))).toEqual([{ code: 'backup/newer-version', params: { found: 3, supported: 2 } }]);
    const future = writeArchive<BackupManifest>({ ...meta, formatVersion: FORMAT_VERSION + 1 }, content).bytes;
    expect(problemsOf(() => readArchive(future, 3))[0]).toEqual({ code: 'backup/newer-format', params: { found: FORMAT_VERSION + 1, supported: FORMAT_VERSION } });
  });

  it('refuses entries the manifest does not list and counts that do not match', () => {
    const { bytes } = writeArchive<BackupManifest>(meta, content);
    const files = unzipSync(bytes);
    files['extra.txt'] = new Uint8Array([1]);
    expect(problemsOf(() => readArchive(zipSync(files), 3))[0]).toEqual({ code: 'backup/unexpected-entry', params: { entry: 'extra.txt' } });
    const more = rewrite(bytes, 'tables/units.ndjson', (b) => new Uint8Array([...b, 10, ...b]), true);
    expect(problemsOf(() => readArchive(more, 3))[0]).toEqual({ code: 'backup/count-mismatch', params: { table: 'units', expected: 1, found: 2 } });
  });

  it('names the record of an exchange package that does not match its hash', () => {
    const exchange: Omit<ExchangeManifest, 'tables' | 'keyPaths' | 'entries' | 'records'> = {
      ...meta,
      format: EXCHANGE_FORMAT,
      packageId: 'p1',
      createdBy: null,
      scope: { supervisor: { employeeId: 'e1', name: 'Budi' }, periodId: 'p', periodLabel: 'TRIWULAN I 2026', year: 2026 },
    };
    const { bytes } = writeArchive<ExchangeManifest>(exchange, content);
    expect(readArchive(bytes, 3).manifest.format).toBe(EXCHANGE_FORMAT);
    // Someone edits a record and even fixes the entry's checksum: the record's own hash still tells.
    const forged = rewrite(bytes, 'tables/units.ndjson', (b) => new TextEncoder().encode(new TextDecoder().decode(b).replace('Bagian Umum', 'Bagian Lain')), true);
    expect(problemsOf(() => readArchive(forged, 3))).toEqual([{ code: 'backup/record-hash', params: { table: 'units', key: 'u1' } }]);
  });
});
