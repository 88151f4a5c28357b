import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from './fixtures';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { descendantsOf } from '../../renderer/src/features/employees/employees.queries';
import { pdfPageCount, pdftotext, qpdfCheck, toTempFile } from '../documents/pdf-tools';
import { demoDocuments, DocumentsPage } from './pages/documents.page';
import { SigningPage } from './pages/signing.page';

// "Cetak" in the web version (issue #6): the PDF goes into a hidden frame as a blob: URL and the
// frame's own print() runs once the browser's PDF viewer has loaded it. Headless Chromium has no
// printer, so the browser's print() is wrapped (in every frame) to record who called it instead of
// opening the dialog; the app's own code runs unchanged.

const demo = demoDocuments();
const Q1 = 'period-2026-triwulan-1';

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { __prints?: string[] };
      (top.__prints ??= []).push(location.href);
    };
  });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The print frame as the page made it (the nth print of the page): its blob: URL, the blob's type and bytes, what the frame shows. */
async function printFrame(page: Page, fileName: string, nth = 1) {
  // Wait for the print first: until the new print starts, the page still holds the previous print's
  // frame (it stays until the next print, so as not to end a print in progress), with the same title.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __prints?: string[] }).__prints ?? [])).toHaveLength(nth);
  const frame = page.locator(`iframe[title="Cetak — ${fileName}"]`);
  await expect(frame).toHaveCount(1);
  const src = (await frame.getAttribute('src')) ?? '';
  expect(src).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
  // print() ran in that frame (the PDF's), not in the page.
  expect(await page.evaluate(() => (window as unknown as { __prints: string[] }).__prints.at(-1))).toBe(src);
  const blob = await page.evaluate(async (url) => {
    const res = await fetch(url);
    return { type: res.headers.get('content-type'), bytes: [...new Uint8Array(await res.arrayBuffer())] };
  }, src);
  const shown = page.frames().find((f) => f.url() === src);
  return { src, type: blob.type, bytes: new Uint8Array(blob.bytes), contentType: await shown?.evaluate(() => document.contentType) };
}

test('Cetak under a rendered document prints exactly its PDF through a blob: frame, from the keyboard', async ({ page }, testInfo) => {
  const ev = demo.finalIn(Q1).find((e) => e.pegawai.nip && e.predikat === 'baik' && e.penilai?.nip)!;
  const docs = new DocumentsPage(page);
  await docs.open();
  await docs.choosePeriod('TRIWULAN I 2026');
  await docs.chooseEmployee(ev.pegawai.name);
  await page.getByRole('button', { name: 'Buat PDF' }).click();
  const result = page.getByTestId('document-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  const print = result.getByRole('button', { name: 'Cetak', exact: true });
  await expect(print).toBeEnabled();
  await expect(result).toContainText('Cetak membuka dialog cetak peramban untuk PDF ini');

  const dir = testInfo.outputPath();
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/dokumen-cetak.png`, fullPage: true });

  await print.focus();
  await page.keyboard.press('Enter');
  const fileName = /^2026-TW1-dokumen-evaluasi-\d{18}-[a-z0-9-]+\.pdf$/;
  const title = await page.locator('iframe[title^="Cetak — "]').getAttribute('title');
  expect(title?.slice('Cetak — '.length)).toMatch(fileName);
  const printed = await printFrame(page, title!.slice('Cetak — '.length));
  expect(printed.type).toBe('application/pdf');
  // The frame shows the PDF (Chromium's viewer), not a CSP error page.
  expect(printed.contentType).toBe('application/pdf');
  await expect(page.locator(`iframe[title="${title}"]`)).toHaveAttribute('aria-hidden', 'true');

  // The same bytes the Save button writes.
  const saved = await docs.download('Simpan PDF');
  expect(sha256(printed.bytes)).toBe(sha256(saved.bytes));
  const path = toTempFile(printed.bytes, 'cetak.pdf');
  expect(qpdfCheck(path).ok).toBe(true);
  expect(pdftotext(path)).toContain(ev.pegawai.name);

  // Printing again replaces the frame (one at a time) and frees the previous blob.
  await print.click();
  await printFrame(page, title!.slice('Cetak — '.length), 2);
  const revoked = await page.evaluate(async (url) => fetch(url).then(() => false, () => true), printed.src);
  expect(revoked).toBe(true);
});

test('bulk "one PDF for printing": Cetak prints one PDF with every final document of the unit and saves nothing', async ({ page }) => {
  const units = demo.agency.units;
  const byId = new Map(demo.agency.employees.map((e) => [e.id, e]));
  const finals = demo.finalIn(Q1);
  const countIn = (unitId: string) => {
    const inUnit = descendantsOf(units)(unitId);
    return finals.filter((e) => inUnit.has(byId.get(e.employeeId)!.unitId)).length;
  };
  // A small unit keeps the run short on a shared machine.
  const unit = units.filter((u) => countIn(u.id) >= 2 && countIn(u.id) <= 4 && units.filter((o) => o.name === u.name).length === 1)[0]!;
  const expected = countIn(unit.id);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));

  const docs = new DocumentsPage(page);
  await docs.open('massal');
  await docs.choosePeriod('TRIWULAN I 2026');
  await docs.chooseUnit(unit.name);
  await expect(page.getByTestId('bulk-summary')).toContainText(`${expected} dokumen siap diekspor`);
  await expect(page.getByRole('button', { name: `Cetak ${expected} dokumen` })).toBeHidden();
  await page.getByRole('radio', { name: 'Satu PDF untuk dicetak' }).check();
  await page.getByRole('button', { name: `Cetak ${expected} dokumen` }).click();
  await expect(page.getByTestId('bulk-outcome')).toContainText(`${expected} dokumen dibuka untuk dicetak dalam satu PDF`, { timeout: 90_000 });

  const title = (await page.locator('iframe[title^="Cetak — "]').getAttribute('title')) ?? '';
  expect(title).toMatch(/^Cetak — 2026-TW1-dokumen-evaluasi-[a-z0-9-]+-cetak\.pdf$/);
  const printed = await printFrame(page, title.slice('Cetak — '.length));
  expect(printed.type).toBe('application/pdf');
  expect(printed.contentType).toBe('application/pdf');
  const path = toTempFile(printed.bytes, 'cetak-massal.pdf');
  expect(qpdfCheck(path).ok).toBe(true);
  expect(pdftotext(path).match(/DOKUMEN EVALUASI KINERJA PEGAWAI/g)).toHaveLength(expected);
  expect(pdfPageCount(path)).toBeGreaterThanOrEqual(expected);
  expect(downloads).toEqual([]);
});

async function formPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pdfPage = doc.addPage([595.28, 841.89]);
  pdfPage.drawText('DOKUMEN EVALUASI KINERJA PEGAWAI', { x: 170, y: 790, size: 12, font });
  return doc.save({ useObjectStreams: false });
}

test('a signed PDF prints as signed: the frame holds the signed bytes, and the signature history prints the same', async ({ page }) => {
  const signing = new SigningPage(page);
  await signing.open();
  await signing.createTrialCertificate({ name: 'Siti Rahmawati', nip: '199512162025062001' }, 'sandi-pegawai');
  await signing.choosePdf('Dokumen Evaluasi.pdf', await formPdf());
  await expect(page.getByRole('button', { name: 'Cetak PDF bertanda tangan' })).toBeDisabled();
  await signing.signAs('Pegawai yang Dinilai');
  const signed = await signing.saveSigned();

  await page.getByRole('button', { name: 'Cetak PDF bertanda tangan' }).click();
  const printed = await printFrame(page, signed.name);
  expect(printed.type).toBe('application/pdf');
  expect(sha256(printed.bytes)).toBe(sha256(signed.bytes));

  await signing.tab('Riwayat tanda tangan').click();
  await page.getByRole('button', { name: /^Cetak dokumen bertanda tangan / }).click();
  const fromHistory = await printFrame(page, signed.name, 2);
  expect(fromHistory.src).not.toBe(printed.src);
  expect(sha256(fromHistory.bytes)).toBe(sha256(signed.bytes));
});
