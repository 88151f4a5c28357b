import 'fake-indexeddb/auto';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeArchive } from '@shared/backup/archive';
import type { ExchangeManifest } from '@shared/backup/format';
import { sha256Hex } from '@shared/crypto/sha256';
import { changeOneByte, makeEvaluationPdf, PENILAI, signAs, trialIdentity } from '../../../../tests/signing/fixtures';
import type { AppDb } from '../../db/db';
import { dropDb, type FaultSwitch, freshDb, snapshot } from './backup.test-helper';
import { readTables } from './backup-db';
import { previewExchange } from './exchange-import.commands';
import { makePackage, signedDocumentRow } from './exchange.test-helper';

type Db = AppDb & { fault: FaultSwitch };
let desk: Db;
let hr: Db;
beforeEach(async () => {
  [desk, hr] = await Promise.all([freshDb(), freshDb()]);
});
afterEach(async () => {
  await Promise.all([dropDb(desk), dropDb(hr)]);
});

let signed: Uint8Array;
beforeAll(async () => {
  signed = (await signAs(await makeEvaluationPdf(), 'penilai', await trialIdentity(PENILAI))).pdf;
}, 60_000);

/** Previewing a bad package names the problem and leaves HR's database byte for byte as it was. */
async function expectRefused(bytes: Uint8Array, code: string) {
  const before = await snapshot(hr);
  const result = await previewExchange(hr, bytes);
  expect(result.ok).toBe(false);
  expect(await snapshot(hr)).toBe(before);
  const problems = result.ok ? [] : result.problems;
  expect(problems.map((p) => p.code)).toContain(code);
  return problems;
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('bad exchange packages', { timeout: 60_000 }, () => {
  it('names a record whose hash does not match, even when the entry checksum was fixed', async () => {
    const files = unzipSync(await makePackage(desk));
    const entry = 'tables/evaluations.ndjson';
    files[entry] = bytesOf(text(files[entry]!).replace('"catatan":"', '"catatan":"Disisipkan. '));
    const manifest = JSON.parse(text(files['manifest.json']!)) as ExchangeManifest;
    manifest.entries[entry] = { sha256: sha256Hex(files[entry]), size: files[entry].length };
    files['manifest.json'] = bytesOf(JSON.stringify(manifest));
    const problems = await expectRefused(zipSync(files), 'backup/record-hash');
    expect(problems[0]?.params).toMatchObject({ table: 'evaluations' });
  });

  it('accepts an intact signed document and refuses one whose signature no longer matches its bytes', async () => {
    const employeeId = 'emp-0028';
    await desk.signedDocuments.put(signedDocumentRow(signed, employeeId));
    const good = await previewExchange(hr, await makePackage(desk));
    expect(good.ok && good.value.plan.items.filter((i) => i.table === 'signedDocuments').map((i) => i.status)).toEqual(['new']);

    // Changed after signing, with the record's SHA-256 updated to match: only the PDF signature tells.
    await desk.signedDocuments.put(signedDocumentRow(changeOneByte(signed), employeeId));
    const problems = await expectRefused(await makePackage(desk), 'backup/signature-invalid');
    expect(problems[0]?.params).toMatchObject({ table: 'signedDocuments', key: `signed-${employeeId}`, reason: expect.stringContaining('tidak utuh') });
  });

  it('refuses records a supervisor package cannot hold (another table, another team)', async () => {
    const files = unzipSync(await makePackage(desk));
    const manifest = JSON.parse(text(files['manifest.json']!)) as ExchangeManifest;
    const local = await readTables(desk, ['employees', 'evaluations']);
    const meta = { ...manifest } as Partial<ExchangeManifest>;
    for (const k of ['tables', 'keyPaths', 'entries', 'records'] as const) delete meta[k];
    const stranger = (local['evaluations'] as { penilai: { employeeId: string } | null; periodId: string }[]).find(
      (e) => e.periodId === manifest.scope.periodId && e.penilai?.employeeId !== manifest.scope.supervisor.employeeId,
    )!;
    const smuggled = writeArchive<ExchangeManifest>(meta as ExchangeManifest, {
      tables: { employees: local['employees']!.slice(0, 1), evaluations: [stranger] },
      keyPaths: { employees: 'id', evaluations: 'id' },
    }).bytes;
    const problems = await expectRefused(smuggled, 'backup/out-of-scope');
    expect(problems.map((p) => p.params?.['table'])).toEqual(['employees', 'evaluations']);
  });

  it('names a new record that would take a unique value HR already has (an SKP made twice)', async () => {
    const skp = (await hr.skps.get('skp-2026-emp-0028'))!;
    await hr.skps.delete(skp.id);
    await hr.skps.put({ ...skp, id: 'skp-dibuat-di-bkpsdm' });
    const problems = await expectRefused(await makePackage(desk), 'backup/key-clash');
    expect(problems[0]).toEqual({ code: 'backup/key-clash', params: { table: 'skps', key: 'skp-2026-emp-0028', index: '[employeeId+year]' } });
  });

  it('refuses a backup given as a package, and the other way round', async () => {
    const { exportBackup, checkBackup } = await import('./backup.commands');
    const backup = (await exportBackup(desk, { appVersion: 'x' })).bytes;
    await expectRefused(backup, 'backup/wrong-kind');
    const asBackup = await checkBackup(hr, await makePackage(desk));
    expect(asBackup.ok ? [] : asBackup.problems).toEqual([{ code: 'backup/wrong-kind', params: { found: 'peka-exchange' } }]);
  });
});
