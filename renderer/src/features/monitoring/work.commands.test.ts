import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import type { Skp } from '@shared/schemas/skp';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { addEvidenceFile, addEvidenceLink, evidenceBytes, prepareEvidenceFile, removeEvidence } from './evidence.commands';
import { addDialog, addFeedback, ensurePhraseLibrary } from './feedback.commands';
import { seedSkp } from './monitoring.db-test-helper';
import { problemText } from './monitoring-result';
import { saveRealisasi } from './realisasi.commands';
import { createYear, setPeriodStatus } from './years.commands';

let db: AppDb;
let skp: Skp;
const TW1 = 'period-2027-triwulan-1';
const MB = 1024 * 1024;
const t = createTranslator('id');
let base = { blobs: 0, audit: 0 };
/** Evidence records of the test SKP, and blobs and evidence audit entries added since the demo loaded. */
const counts = async () => [
  await db.evidence.where('skpId').equals(skp.id).count(),
  (await db.evidenceBlobs.count()) - base.blobs,
  (await db.audit.where('entity').equals('evidence').count()) - base.audit,
];

beforeEach(async () => {
  db = new AppDb(`peka-mon-work-${Math.random()}`);
  await ensureInitialised(db);
  await createYear(db, { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' });
  skp = await seedSkp(db);
  base = { blobs: await db.evidenceBlobs.count(), audit: await db.audit.where('entity').equals('evidence').count() };
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function pdfBytes(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('Bukti dukung');
  return doc.save();
}

describe('saveRealisasi', () => {
  const input = () => ({ skpId: skp.id, periodId: TW1, rhkId: 'rhk-1', rencanaAksi: ['Verifikasi berkas harian', ' '], realisasi: { 'iki-1': ' 2,5 hari ', 'bukan-iki': 'x' } });

  it('stores rencana aksi and realisation per IKI under its composite id', async () => {
    expect(await saveRealisasi(db, input())).toEqual({ ok: true, id: `${skp.id}|${TW1}|rhk-1` });
    expect(await db.realisasi.get(`${skp.id}|${TW1}|rhk-1`)).toMatchObject({ rencanaAksi: ['Verifikasi berkas harian'], realisasi: { 'iki-1': '2,5 hari' } });
  });

  it('is refused in a closed period with an Indonesian message, and nothing is written', async () => {
    await setPeriodStatus(db, TW1, 'closed');
    const r = await saveRealisasi(db, input());
    expect(r).toEqual({ ok: false, problem: { code: 'monitor/period-closed', params: { period: 'TRIWULAN I', year: 2027 } } });
    expect(!r.ok && r.problem && problemText(t, 'id', r.problem)).toMatch(/^Periode TRIWULAN I 2027 sudah ditutup/);
    expect(await db.realisasi.where('skpId').equals(skp.id).count()).toBe(0);
    expect(await db.audit.where('entity').equals('realisasi').count()).toBe(0);
  });

  it('is refused for an SKP not approved', async () => {
    await db.skps.update(skp.id, { status: 'draft' });
    expect(await saveRealisasi(db, input())).toMatchObject({ ok: false, problem: { code: 'monitor/skp-not-approved' } });
  });

  it('folds a burst of autosaves into one audit entry that keeps the first value', async () => {
    const at = (s: number) => new Date(Date.UTC(2027, 1, 1, 8, 0, s));
    await saveRealisasi(db, input(), at(0));
    for (const [i, v] of ['3 hari', '3,5 hari', '4 hari'].entries()) await saveRealisasi(db, { ...input(), realisasi: { 'iki-1': v } }, at(i + 1));
    const entries = await db.audit.where('entityId').equals(`${skp.id}|${TW1}|rhk-1`).toArray();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]?.changes?.['realisasi']).toEqual({ from: { 'iki-1': '2,5 hari' }, to: { 'iki-1': '4 hari' } });
    // Folding re-seals the chain's last entry, so the hash chain stays intact.
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  it('does not fold into an entry that other entries already follow (the chain would break)', async () => {
    const at = (s: number) => new Date(Date.UTC(2027, 1, 1, 8, 0, s));
    await saveRealisasi(db, input(), at(0));
    await saveRealisasi(db, { ...input(), realisasi: { 'iki-1': '3 hari' } }, at(1));
    await saveRealisasi(db, { ...input(), rhkId: 'rhk-2' }, at(2));
    await saveRealisasi(db, { ...input(), realisasi: { 'iki-1': '4 hari' } }, at(3));
    const entries = await db.audit.where('entityId').equals(`${skp.id}|${TW1}|rhk-1`).toArray();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });
});

describe('evidence', () => {
  const target = () => ({ skpId: skp.id, periodId: TW1, rhkId: 'rhk-1' });

  it('stores a PDF with its SHA-256, size and MIME type, bytes apart, in one transaction', async () => {
    const bytes = await pdfBytes();
    const prepared = await prepareEvidenceFile('laporan-tw1.pdf', bytes, 10 * MB);
    if (!prepared.ok) throw new Error('refused');
    const r = await addEvidenceFile(db, target(), prepared.file);
    if (!r.ok) throw new Error('not saved');
    const record = await db.evidence.get(r.id);
    expect(record).toMatchObject({ kind: 'file', name: 'laporan-tw1.pdf', mime: 'application/pdf', size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') });
    const stored = await evidenceBytes(db, r.id);
    expect(createHash('sha256').update(stored!).digest('hex')).toBe(record?.sha256);
    expect(await db.audit.where('entityId').equals(r.id).first()).toMatchObject({ entity: 'evidence', action: 'create' });
    await removeEvidence(db, r.id);
    expect(await counts()).toEqual([0, 0, 2]);
  });

  it('refuses a file over the limit, naming file, size and limit; nothing written', async () => {
    const big = new Uint8Array(Math.round(12.4 * MB));
    big.set(await pdfBytes());
    const prepared = await prepareEvidenceFile('scan-besar.pdf', big, 10 * MB);
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && problemText(t, 'id', prepared.problem)).toBe('Berkas scan-besar.pdf berukuran 12,4 MB, melebihi batas 10 MB per bukti dukung. Perkecil berkas (misalnya kompres PDF atau turunkan resolusi gambar), lalu lampirkan lagi.');
    const justOver = await prepareEvidenceFile('pas.pdf', new Uint8Array(10 * MB + 1).fill(37), 10 * MB);
    expect(!justOver.ok && problemText(t, 'id', justOver.problem)).toMatch(/berukuran 10 MB \(10\.485\.761 byte\), melebihi batas 10 MB \(10\.485\.760 byte\)/);
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('refuses a file whose content is not an accepted type, whatever its name', async () => {
    const prepared = await prepareEvidenceFile('catatan.pdf', new TextEncoder().encode('bukan PDF'), 10 * MB);
    expect(!prepared.ok && problemText(t, 'id', prepared.problem)).toMatch(/^Berkas catatan.pdf bukan jenis yang diterima/);
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('refuses a file for a closed period and writes neither record nor bytes', async () => {
    const prepared = await prepareEvidenceFile('a.pdf', await pdfBytes(), 10 * MB);
    await setPeriodStatus(db, TW1, 'closed');
    const r = prepared.ok ? await addEvidenceFile(db, target(), prepared.file) : null;
    expect(r).toMatchObject({ ok: false, problem: { code: 'monitor/period-closed' } });
    expect(await counts()).toEqual([0, 0, 0]);
  });

  it('accepts http(s) links and refuses other addresses at the field', async () => {
    expect((await addEvidenceLink(db, target(), { name: '', url: 'https://drive.example.go.id/tw1' })).ok).toBe(true);
    expect(await addEvidenceLink(db, target(), { name: 'x', url: 'javascript:alert(1)' })).toEqual({ ok: false, errors: { url: 'monitor/link-invalid' } });
    expect(await db.evidence.where('skpId').equals(skp.id).count()).toBe(1);
    expect(await db.evidence.where('skpId').equals(skp.id).first()).toMatchObject({ kind: 'link', name: 'https://drive.example.go.id/tw1' });
  });
});

describe('feedback and dialog', () => {
  it('records feedback per RHK and per core value by the SKP penilai', async () => {
    const r1 = await addFeedback(db, { skpId: skp.id, periodId: TW1, target: { kind: 'rhk', rhkId: 'rhk-1' }, text: 'Target tercapai.' });
    const r2 = await addFeedback(db, { skpId: skp.id, periodId: TW1, target: { kind: 'perilaku', value: 'kolaboratif' }, text: ' Terbuka bekerja sama. ' });
    expect(r1.ok && r2.ok).toBe(true);
    const all = await db.feedback.where('[skpId+periodId]').equals([skp.id, TW1]).toArray();
    expect(all.map((f) => [f.target.kind, f.text, f.byEmployeeId])).toEqual(
      expect.arrayContaining([
        ['rhk', 'Target tercapai.', skp.penilai!.employeeId],
        ['perilaku', 'Terbuka bekerja sama.', skp.penilai!.employeeId],
      ]),
    );
    expect(await addFeedback(db, { skpId: skp.id, periodId: TW1, target: { kind: 'rhk', rhkId: 'rhk-x' }, text: 'x' })).toMatchObject({ ok: false, problem: { code: 'monitor/rhk-missing' } });
    expect(await addFeedback(db, { skpId: skp.id, periodId: TW1, target: { kind: 'rhk', rhkId: 'rhk-1' }, text: '  ' })).toEqual({ ok: false, errors: { text: 'monitor/feedback-empty' } });
    expect(await db.audit.where('entity').equals('feedback').count()).toBe(2);
  });

  it('records a dialog kinerja with its agreed actions; refuses missing notes at the field', async () => {
    const r = await addDialog(db, { skpId: skp.id, periodId: TW1, date: '2027-02-10', notes: 'Membahas antrean akta.', agreedActions: ['Tambah loket', '', 'Evaluasi 2 minggu'] });
    expect(r.ok).toBe(true);
    expect(await db.dialogs.where('skpId').equals(skp.id).first()).toMatchObject({ date: '2027-02-10', agreedActions: ['Tambah loket', 'Evaluasi 2 minggu'] });
    expect(await addDialog(db, { skpId: skp.id, periodId: TW1, date: '2027-02-30', notes: ' ', agreedActions: [] })).toEqual({ ok: false, errors: { date: 'monitor/dialog-date', notes: 'monitor/dialog-notes' } });
  });

  it('seeds the phrase library once, when it is empty', async () => {
    await db.feedbackPhrases.clear();
    expect(await ensurePhraseLibrary(db)).toBe(40);
    expect(await ensurePhraseLibrary(db)).toBe(0);
    expect(await db.feedbackPhrases.where('category').equals('perilaku').count()).toBe(20);
  });
});
