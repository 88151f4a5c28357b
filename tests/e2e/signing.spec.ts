import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfsig } from '../documents/pdf-tools';
import { SigningPage } from './pages/signing.page';

// Signing in the web version (domain.md §8): trial certificates, Pegawai then Penilai, checked by
// poppler's pdfsig and by the app's own verifier. RSA key generation runs in the page.
test.describe.configure({ timeout: 90_000 });

const PEGAWAI = { name: 'Siti Rahmawati', nip: '199512162025062001' };
const PENILAI = { name: 'Budi Santoso', nip: '197801012005011003' };

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peka-e2e-signing-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function formPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Dokumen Evaluasi Kinerja Pegawai');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('DOKUMEN EVALUASI KINERJA PEGAWAI', { x: 170, y: 790, size: 12, font });
  page.drawText('Pegawai yang Dinilai', { x: 60, y: 140, size: 10, font });
  page.drawText('Pejabat Penilai Kinerja', { x: 330, y: 140, size: 10, font });
  return doc.save({ useObjectStreams: false });
}

/** pdfsig's verdict per signature (tests/documents/pdf-tools.ts parses its text). */
function verdicts(name: string, bytes: Uint8Array) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return pdfsig(file).signatures.map((sig) => ({ valid: sig.valid, digestMismatch: sig.digestMismatch, total: sig.totalDocumentSigned }));
}

/** One byte of the document title, inside the first signature's range, changed. */
function changeOneByte(pdf: Uint8Array): Uint8Array {
  const at = Buffer.from(pdf).indexOf('/Title <FEFF0044');
  if (at < 0) throw new Error('title not found');
  const copy = pdf.slice();
  copy[at + '/Title <FEFF004'.length] = '5'.charCodeAt(0);
  return copy;
}

test('Pegawai then Penilai sign with trial certificates; pdfsig and the app agree, and a changed byte is caught', async ({ page }) => {
  const signing = new SigningPage(page);
  await signing.open();

  await signing.createTrialCertificate(PEGAWAI, 'sandi-pegawai');
  await expect(signing.loadedCertificate().getByTestId('trial-badge')).toHaveText('SERTIFIKAT UJI COBA — bukan TTE tersertifikasi');
  await signing.choosePdf('Dokumen Evaluasi.pdf', await formPdf());
  await signing.signAs('Pegawai yang Dinilai');

  await signing.createTrialCertificate(PENILAI, 'sandi-penilai');
  await signing.signAs('Pejabat Penilai Kinerja');
  await expect(page.getByTestId('sign-result')).toContainText('memuat 2 tanda tangan');
  const signed = await signing.saveSigned();
  expect(signed.name).toBe('Dokumen Evaluasi (ditandatangani).pdf');

  expect(verdicts('signed.pdf', signed.bytes)).toEqual([
    { valid: true, digestMismatch: false, total: false },
    { valid: true, digestMismatch: false, total: true },
  ]);

  await signing.verify(signed.name, signed.bytes);
  await expect(signing.summary()).toContainText('Semua tanda tangan utuh');
  await expect(page.getByTestId('signature-check')).toHaveCount(2);
  for (const n of [1, 2]) {
    await expect(signing.check(n, 'intact')).toHaveAttribute('data-ok', 'true');
    await expect(signing.check(n, 'record')).toHaveAttribute('data-ok', 'true');
    await expect(signing.check(n, 'trust')).toHaveAttribute('data-ok', 'false');
    await expect(signing.signature(n).getByTestId('trial-badge')).toBeVisible();
  }
  await expect(signing.signature(1)).toContainText(PEGAWAI.name);
  await expect(signing.check(1, 'coverage')).toHaveAttribute('data-ok', 'unknown');
  await expect(signing.signature(2)).toContainText(PENILAI.name);
  await expect(signing.check(2, 'coverage')).toHaveAttribute('data-ok', 'true');
  await expect(signing.check(2, 'coverage')).toHaveText('Mencakup seluruh dokumen');

  const changed = changeOneByte(signed.bytes);
  expect(verdicts('changed.pdf', changed).map((s) => s.digestMismatch)).toEqual([true, true]);
  await signing.verify('berubah.pdf', changed);
  await expect(signing.summary()).toContainText('Dokumen tidak utuh');
  await expect(signing.check(1, 'intact')).toHaveAttribute('data-ok', 'false');
  await expect(signing.check(1, 'intact')).toContainText('TIDAK UTUH');

  await signing.tab('Riwayat tanda tangan').click();
  await expect(page.getByTestId('signature-record')).toHaveCount(2);
});

test('an unsigned PDF verifies as having no signature', async ({ page }) => {
  const signing = new SigningPage(page);
  await signing.open();
  const plain = await formPdf();
  expect(verdicts('plain.pdf', plain)).toEqual([]);
  await signing.verify('polos.pdf', plain);
  await expect(signing.summary()).toContainText('Tidak ada tanda tangan');
  await expect(page.getByTestId('signature-check')).toHaveCount(0);
});

test('a certificate trusted in Settings makes its signature trusted in verification', async ({ page }) => {
  const signing = new SigningPage(page);
  await signing.open();
  await signing.createTrialCertificate(PEGAWAI, 'sandi-pegawai');
  // In-page navigation: the web version keeps the key in this page's memory only.
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan', exact: true }).click();
  const card = page.getByRole('heading', { name: 'Sertifikat tepercaya' }).locator('..');
  await card.getByRole('button', { name: 'Percayai sertifikat yang sedang dimuat' }).click();
  await expect(card.getByTestId('trusted-certificate')).toContainText(PEGAWAI.name);
  await expect(card.getByTestId('trusted-certificate').getByTestId('trial-badge')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Dokumen', exact: true }).click();
  await signing.open();
  await expect(signing.loadedCertificate()).toContainText(PEGAWAI.name);
  await signing.choosePdf('Dokumen.pdf', await formPdf());
  await signing.signAs('Pegawai yang Dinilai');
  const signed = await signing.saveSigned();
  await signing.verify(signed.name, signed.bytes);
  await expect(signing.check(1, 'trust')).toHaveAttribute('data-ok', 'true');
  await expect(signing.check(1, 'trust')).toContainText('Sertifikat tepercaya bagi instansi');
});
