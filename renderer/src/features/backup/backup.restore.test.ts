import 'fake-indexeddb/auto';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/crypto/sha256';
import { verifyAuditLog } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { LATEST_VERSION } from '../../db/schema-versions';
import { checkBackup, exportBackup, restoreBackup } from './backup.commands';
import { APP_VERSION, dropDb, exportPlain, type FaultSwitch, freshDb, LATER, NOW, PASSWORD, snapshot } from './backup.test-helper';

let db: AppDb & { fault: FaultSwitch };
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => dropDb(db));

const encode = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** Rewrites entries of a plain backup and fixes the manifest's checksums (a file made by someone else). */
function edit(bytes: Uint8Array, change: (files: Record<string, Uint8Array>, manifest: Record<string, unknown>) => void): Uint8Array {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(decode(files['manifest.json']!)) as Record<string, unknown> & { entries: Record<string, unknown> };
  change(files, manifest);
  for (const name of Object.keys(files)) if (name !== 'manifest.json') manifest.entries[name] = { sha256: sha256Hex(files[name]!), size: files[name]!.length };
  files['manifest.json'] = encode(manifest);
  return zipSync(files);
}

/** Restoring must either succeed or leave the database exactly as it was. */
async function expectRefused(bytes: Uint8Array, password: string | undefined, code: string | string[]) {
  const before = await snapshot(db);
  const result = await checkBackup(db, bytes, { password });
  expect(result.ok).toBe(false);
  const codes = Array.isArray(code) ? code : [code];
  if (!result.ok) expect(result.problems.some((p) => codes.includes(p.code)), JSON.stringify(result.problems)).toBe(true);
  expect(await snapshot(db)).toEqual(before);
  return result.ok ? [] : result.problems;
}

describe('backup and restore', { timeout: 60_000 }, () => {
  it('restores a password-protected backup: a change made since is gone, and the restore is audited', async () => {
    const file = await exportBackup(db, { appVersion: APP_VERSION, now: NOW, password: PASSWORD });
    expect(decode(file.bytes.subarray(0, 8))).toBe('PEKA-ENC');
    const before = await snapshot(db);
    await db.employees.update('emp-0001', { name: 'Nama Diubah' });
    const checked = await checkBackup(db, file.bytes, { password: PASSWORD });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.manifest).toMatchObject({ schemaVersion: LATEST_VERSION, appVersion: APP_VERSION, deskId: expect.stringMatching(/^desk-/) });
    await restoreBackup(db, checked.value, { now: LATER });
    expect((await db.employees.get('emp-0001'))?.name).not.toBe('Nama Diubah');
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    expect((await db.audit.orderBy('id').last())?.summary).toMatch(/^Basis data dipulihkan dari cadangan 2026-11-28T09:30:00.000Z/);
    // Everything else is what it was, evidence files and all.
    await db.audit.delete((await db.audit.orderBy('id').last())!.id!);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a wrong password, saying so', async () => {
    const { bytes } = await exportBackup(db, { appVersion: APP_VERSION, now: NOW, password: PASSWORD });
    await expectRefused(bytes, 'bukan-kata-sandinya', 'backup/wrong-password');
    await expectRefused(bytes, undefined, 'backup/password-required');
  });

  it('refuses truncated backups, plain and encrypted', async () => {
    const plain = await exportPlain(db);
    await expectRefused(plain.subarray(0, Math.floor(plain.length / 2)), undefined, 'backup/truncated');
    await expectRefused(new Uint8Array(0), undefined, 'backup/truncated');
    const { bytes } = await exportBackup(db, { appVersion: APP_VERSION, now: NOW, password: PASSWORD });
    await expectRefused(bytes.subarray(0, bytes.length - 100), PASSWORD, 'backup/truncated');
  });

  it('refuses corrupted backups, plain and encrypted, and files that are not backups', async () => {
    const plain = await exportPlain(db);
    const flipped = plain.map((b, i) => (i === Math.floor(plain.length / 3) ? b ^ 0x55 : b));
    // Depending on where the byte falls: a compressed entry that no longer inflates, or a checksum.
    await expectRefused(flipped, undefined, ['backup/checksum-mismatch', 'backup/corrupted']);
    const { bytes } = await exportBackup(db, { appVersion: APP_VERSION, now: NOW, password: PASSWORD });
    await expectRefused(bytes.map((b, i) => (i === bytes.length - 500 ? b ^ 1 : b)), PASSWORD, 'backup/corrupted');
    await expectRefused(encode('%PDF-1.7 bukan cadangan'), undefined, 'backup/not-a-backup');
  });

  it('refuses a backup made by a newer version, before reading its records', async () => {
    const future = edit(await exportPlain(db), (files, manifest) => {
      manifest['schemaVersion'] = LATEST_VERSION + 1;
      files['tables/employees.ndjson'] = encode('{"bentuk":"baru yang tidak dikenal"}');
    });
    const problems = await expectRefused(future, undefined, 'backup/newer-version');
    expect(problems).toEqual([{ code: 'backup/newer-version', params: { found: LATEST_VERSION + 1, supported: LATEST_VERSION } }]);
  });

  it('names each record that breaks the shared schemas', async () => {
    const bad = edit(await exportPlain(db), (files) => {
      const lines = decode(files['tables/employees.ndjson']!).split('\n');
      const first = JSON.parse(lines[0]!) as Record<string, unknown>;
      lines[0] = JSON.stringify({ ...first, nip: '12345' });
      files['tables/employees.ndjson'] = encode(lines.join('\n'));
    });
    const problems = await expectRefused(bad, undefined, 'backup/invalid-record');
    expect(problems[0]).toEqual({ code: 'backup/invalid-record', params: { table: 'employees', key: 'emp-0001', path: 'nip', message: 'NIP harus 18 digit angka' } });
  });

  it('names records that would break a unique index (two employees, one NIP)', async () => {
    const bad = edit(await exportPlain(db), (files) => {
      const lines = decode(files['tables/employees.ndjson']!).split('\n');
      const withNip = lines.map((l, i) => [i, JSON.parse(l) as Record<string, unknown>] as const).filter(([, e]) => e['nip']);
      const [[, a], [at, b]] = [withNip[0]!, withNip[1]!];
      lines[at] = JSON.stringify({ ...b, nip: a['nip'] });
      files['tables/employees.ndjson'] = encode(lines.join('\n'));
    });
    const problems = await expectRefused(bad, undefined, 'backup/key-clash');
    expect(problems[0]).toMatchObject({ code: 'backup/key-clash', params: { table: 'employees', index: 'nip' } });
  });

  it('refuses a backup whose audit log was altered', async () => {
    const bad = edit(await exportPlain(db), (files) => {
      files['tables/audit.ndjson'] = encode(decode(files['tables/audit.ndjson']!).replace('Data demo dimuat', 'Data demo diubah'));
    });
    await expectRefused(bad, undefined, 'backup/audit-broken');
  });

  it('refuses a table the app does not know, and a missing table', async () => {
    const extra = edit(await exportPlain(db), (files, manifest) => {
      files['tables/rahasia.ndjson'] = encode('{"id":"x"}');
      (manifest['tables'] as Record<string, number>)['rahasia'] = 1;
    });
    await expectRefused(extra, undefined, 'backup/unknown-table');
    const missing = edit(await exportPlain(db), (files, manifest) => {
      delete files['tables/skps.ndjson'];
      delete (manifest['tables'] as Record<string, number>)['skps'];
      delete (manifest['entries'] as Record<string, unknown>)['tables/skps.ndjson'];
    });
    await expectRefused(missing, undefined, 'backup/missing-entry');
  });

  it('leaves the database as it was when the restore fails halfway through writing', async () => {
    const other = await freshDb();
    await other.employees.update('emp-0002', { name: 'Dari Meja Lain' });
    const checked = await checkBackup(db, (await exportBackup(other, { appVersion: APP_VERSION, now: NOW })).bytes);
    await dropDb(other);
    if (!checked.ok) throw new Error('backup should be valid');
    const before = await snapshot(db);
    db.fault.armAfter(6);
    await expect(restoreBackup(db, checked.value)).rejects.toThrow(/simulated fault/);
    db.fault.disarm();
    expect(await snapshot(db)).toEqual(before);
  });
});
