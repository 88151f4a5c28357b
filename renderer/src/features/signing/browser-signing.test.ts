import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostApi } from '@shared/host/host-api';
import { changeOneByte, makeEvaluationPdf, PENILAI, PEGAWAI, PLACE, pdfsig, tempDir, writeTemp } from '../../../../tests/signing/fixtures';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { createBrowserHost } from '../../host/browser-host';
import { describePdf } from './sign-file';
import { signDocument, type SignRequest } from './signing.commands';
import { addTrustedCertificate, readCertificateFile } from './trusted.commands';
import { verifyDocument } from './verify';

// The web version's signing path, in Node: Node 20 has the browser's WebCrypto at globalThis.crypto.
const files = tempDir();
afterAll(() => rmSync(files, { recursive: true, force: true }));

let db: AppDb;
let downloads: { fileName: string; data: Uint8Array }[];
let picks: File[];
let host: HostApi;
beforeEach(async () => {
  db = new AppDb(`peka-signing-${Math.random()}`);
  await db.open();
  downloads = [];
  picks = [];
  host = createBrowserHost({
    pickFile: async () => picks.shift() ?? null,
    download: (fileName, data) => downloads.push({ fileName, data: data.slice() }),
  });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const trial = (person: { name: string; nip: string }) =>
  host.call('signing:create-trial-certificate', { ...person, agency: 'Pemerintah Kabupaten Contoh', password: 'sandi-web' });

const request = (role: 'pegawai' | 'penilai'): SignRequest => ({
  documentId: 'dokumen-evaluasi-2025-199512162025062001',
  role,
  signer: role === 'pegawai' ? PEGAWAI : PENILAI,
  placement: PLACE[role],
  document: { kind: 'dokumen-evaluasi', employeeId: 'e1', periodId: 'p2025', fileName: 'Dokumen Evaluasi.pdf', boxes: PLACE },
});

async function signedTwice(): Promise<Uint8Array> {
  expect(await trial(PEGAWAI)).toMatchObject({ ok: true, value: { certificate: { trial: true }, saved: true, remembered: false } });
  const first = await signDocument(db, host, await makeEvaluationPdf(), request('pegawai'));
  if (!first.ok) throw new Error(first.code);
  expect(await trial(PENILAI)).toMatchObject({ ok: true });
  const second = await signDocument(db, host, first.pdf, request('penilai'));
  if (!second.ok) throw new Error(second.code);
  return second.pdf;
}

describe('browser host: signing with WebCrypto', () => {
  it('signs as pegawai then penilai; pdfsig finds two valid signatures, the second over the whole file', async () => {
    const pdf = await signedTwice();
    expect(downloads.map((d) => d.fileName)).toEqual([`Sertifikat uji coba - ${PEGAWAI.name}.p12`, `Sertifikat uji coba - ${PENILAI.name}.p12`]);
    const theirs = pdfsig(writeTemp(files, 'two.pdf', pdf));
    expect(theirs.signatures).toMatchObject([
      { valid: true, totalDocumentSigned: false, commonName: PEGAWAI.name },
      { valid: true, totalDocumentSigned: true, commonName: PENILAI.name },
    ]);
    const changed = pdfsig(writeTemp(files, 'changed.pdf', changeOneByte(pdf)));
    expect(changed.signatures.every((s) => s.digestMismatch)).toBe(true);
  });

  it('records each signature and keeps one signed document that grows with each signature', async () => {
    const pdf = await signedTwice();
    // Both signatures can carry the same second; the hash chain below proves the order.
    const records = (await db.signatureRecords.toArray()).sort((a, b) => a.signedAt.localeCompare(b.signedAt) || (a.role === 'pegawai' ? -1 : 1));
    expect(records.map((r) => [r.role, r.signerNip, r.trialCertificate])).toEqual([
      ['pegawai', PEGAWAI.nip, true],
      ['penilai', PENILAI.nip, true],
    ]);
    expect(records[1]?.documentSha256Before).toBe(records[0]?.documentSha256After);
    const docs = await db.signedDocuments.toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ documentId: request('pegawai').documentId, signedBy: ['pegawai', 'penilai'], kind: 'dokumen-evaluasi', size: pdf.byteLength });
    expect(new Uint8Array(await docs[0]!.data.arrayBuffer())).toEqual(pdf);
    expect(records.every((r) => r.signedDocumentId === docs[0]!.id)).toBe(true);
    expect(await db.audit.where('entity').equals('signature').count()).toBe(2);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  it('recognises a signed file by its bytes so the next signer signs it in its own box', async () => {
    await trial(PEGAWAI);
    const first = await signDocument(db, host, await makeEvaluationPdf(), request('pegawai'));
    if (!first.ok) throw new Error(first.code);
    const known = await describePdf(db, 'dari-pegawai.pdf', first.pdf);
    expect(known).toMatchObject({ known: true, documentId: request('pegawai').documentId, kind: 'dokumen-evaluasi', employeeId: 'e1', signedBy: ['pegawai'], boxes: PLACE });
    const other = await describePdf(db, 'lain.pdf', await makeEvaluationPdf({ pages: 2 }));
    expect(other).toMatchObject({ known: false, kind: 'berkas', signedBy: [], boxes: {} });
    expect(other.documentId).toMatch(/^berkas-[0-9a-f]{16}$/);
  });

  it('verifies against the trust list and the records; a changed byte is not intact', async () => {
    const pdf = await signedTwice();
    const report = await verifyDocument(db, pdf);
    expect(report).toMatchObject({ signed: true, allIntact: true, wholeDocumentSigned: true });
    expect(report.signatures.map((s) => [s.intact, s.coversWholeDocument, s.trusted, s.trialCertificate, s.record?.role])).toEqual([
      [true, false, false, true, 'pegawai'],
      [true, true, false, true, 'penilai'],
    ]);
    const status = await host.call('signing:status', undefined);
    if (!status.ok || !status.value.loaded) throw new Error('not loaded');
    await addTrustedCertificate(db, status.value.certificateDer);
    expect((await verifyDocument(db, pdf)).signatures.map((s) => s.trusted)).toEqual([false, true]);

    const changed = await verifyDocument(db, changeOneByte(pdf));
    expect(changed.allIntact).toBe(false);
    expect(changed.signatures.map((s) => s.status)).toEqual(['digest-mismatch', 'digest-mismatch']);
    const unsigned = await verifyDocument(db, await makeEvaluationPdf());
    expect(unsigned).toMatchObject({ signed: false, signatures: [] });
  });

  it('opens a .p12 from a file, refuses "remember", and forgets on request', async () => {
    await trial(PEGAWAI);
    const p12 = downloads[0]!.data;
    await host.call('signing:forget', undefined);
    expect(await host.call('signing:status', undefined)).toEqual({ ok: true, value: { loaded: false, canRemember: false } });
    expect(await host.call('signing:sign', { pdf: await makeEvaluationPdf(), ...request('pegawai') })).toMatchObject({ ok: false, error: { code: 'signing/no-certificate' } });

    picks.push(new File([p12 as Uint8Array<ArrayBuffer>], 'siti.p12'));
    expect(await host.call('signing:open-certificate', { password: 'salah', remember: false })).toMatchObject({ ok: false, error: { code: 'signing/wrong-password' } });
    expect(await host.call('signing:open-certificate', { password: 'sandi-web', remember: true })).toMatchObject({ ok: false, error: { code: 'signing/keystore-unavailable' } });
    picks.push(new File([p12 as Uint8Array<ArrayBuffer>], 'siti.p12'));
    expect(await host.call('signing:open-certificate', { password: 'sandi-web', remember: false })).toMatchObject({ ok: true, value: { opened: true, certificate: { commonName: PEGAWAI.name } } });
    expect(await host.call('signing:open-certificate', { password: 'sandi-web', remember: false })).toEqual({ ok: true, value: { opened: false } });
    expect(await host.call('signing:status', undefined)).toMatchObject({ ok: true, value: { loaded: true } });
  });

  it('reads a trusted certificate from DER, PEM and .p12 (public part only)', async () => {
    const created = await trial(PEGAWAI);
    if (!created.ok) throw new Error(created.error.code);
    const der = created.value.certificateDer;
    const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;
    expect(await readCertificateFile('ca.cer', der)).toEqual({ ok: true, der });
    expect(await readCertificateFile('ca.pem', new TextEncoder().encode(pem))).toEqual({ ok: true, der });
    expect(await readCertificateFile('siti.p12', downloads[0]!.data, 'sandi-web')).toEqual({ ok: true, der });
    expect(await readCertificateFile('siti.p12', downloads[0]!.data, 'salah')).toEqual({ ok: false, code: 'signing/wrong-password' });
    expect(await readCertificateFile('x.cer', new TextEncoder().encode('bukan sertifikat'))).toEqual({ ok: false, code: 'signing/not-a-certificate' });
    const first = await addTrustedCertificate(db, der);
    expect(await addTrustedCertificate(db, der)).toEqual({ ok: true, id: first.id, existed: true });
    expect(await db.trustedCertificates.count()).toBe(1);
  });
});
