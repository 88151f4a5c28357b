import { expect, test } from './fixtures';
import { unzipSync } from 'fflate';
import { descendantsOf } from '../../renderer/src/features/employees/employees.queries';
import { formatNip } from '../../shared/domain/nip';
import { pdfsig, pdftotext, qpdfCheck, toTempFile } from '../documents/pdf-tools';
import { demoDocuments, DocumentsPage } from './pages/documents.page';
import { SigningPage } from './pages/signing.page';

const demo = demoDocuments();
const Q1 = 'period-2026-triwulan-1';
const DUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';

test.describe.configure({ timeout: 120_000 });

test('downloads the Dokumen Evaluasi of a demo employee for TRIWULAN I and it reads right', async ({ page }) => {
  const ev = demo.finalIn(Q1).find((e) => e.pegawai.nip && e.predikat === 'baik' && e.penilai?.nip)!;
  const employee = demo.agency.employees.find((e) => e.id === ev.employeeId)!;
  const docs = new DocumentsPage(page);
  await docs.openFinal('TRIWULAN I 2026', ev.pegawai.name);
  const file = await docs.download('Unduh PDF');
  expect(file.name).toBe(`2026-TW1-dokumen-evaluasi-${employee.nip}-${employee.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.pdf`);
  const path = toTempFile(file.bytes, file.name);
  expect(qpdfCheck(path).ok).toBe(true);
  const text = pdftotext(path);
  for (const s of ['DOKUMEN EVALUASI KINERJA PEGAWAI', 'PERIODE: TRIWULAN I', ev.pegawai.name, formatNip(ev.pegawai.nip!), ev.penilai!.name, 'PREDIKAT KINERJA PEGAWAI', 'BAIK', 'diperlukan tanda tangan basah']) {
    expect(text, s).toContain(s);
  }
  // The rendered file can also be opened in a new tab for viewing and printing.
  await expect(page.getByTestId('document-open')).toHaveAttribute('href', /^blob:/);
});

test('bulk: one unit with its sub-units into a ZIP with one PDF per evaluated employee', async ({ page }) => {
  const unit = demo.agency.units.find((u) => u.name === DUKCAPIL)!;
  const inUnit = descendantsOf(demo.agency.units)(unit.id);
  const byId = new Map(demo.agency.employees.map((e) => [e.id, e]));
  const expected = demo.finalIn(Q1).filter((e) => inUnit.has(byId.get(e.employeeId)!.unitId)).map((e) => byId.get(e.employeeId)!.nip!);
  expect(expected.length).toBeGreaterThan(5);
  const docs = new DocumentsPage(page);
  await docs.open('massal');
  await docs.choosePeriod('TRIWULAN I 2026');
  await docs.chooseUnit(DUKCAPIL);
  await expect(page.getByTestId('bulk-summary')).toContainText(`${expected.length} dokumen siap diekspor`);
  const file = await docs.download(`Ekspor ${expected.length} dokumen`);
  expect(file.name).toMatch(/^2026-TW1-dokumen-evaluasi-dinas-kependudukan-dan-pencatatan-sipil\.zip$/);
  const entries = unzipSync(file.bytes);
  const names = Object.keys(entries).sort();
  expect(names).toHaveLength(expected.length);
  for (const name of names) expect(name).toMatch(/^2026-TW1-dokumen-evaluasi-\d{18}-[a-z0-9-]+\.pdf$/);
  expect(names.map((n) => /-(\d{18})-/.exec(n)![1]).sort()).toEqual([...expected].sort());
  const first = toTempFile(entries[names[0]!]!, names[0]);
  expect(qpdfCheck(first).ok).toBe(true);
  expect(pdftotext(first)).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
  await expect(page.getByTestId('bulk-outcome')).toContainText(`${expected.length} dokumen disimpan`);
});

test('bulk: cancelling mid-way saves nothing', async ({ page }) => {
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const docs = new DocumentsPage(page);
  await docs.open('massal');
  await docs.choosePeriod('TRIWULAN I 2026');
  await docs.chooseUnit('Pemerintah Kota Tangerang Selatan');
  await docs.chooseKind('Evaluasi Kinerja Pegawai');
  const total = demo.finalIn(Q1).length;
  await page.getByRole('button', { name: `Ekspor ${total} dokumen` }).click();
  const progress = page.getByTestId('bulk-progress');
  await expect(progress.getByRole('status')).toContainText(new RegExp(`[1-9]\\d* dari ${total} dokumen · sekitar`));
  await expect(page.getByRole('progressbar', { name: 'Kemajuan ekspor' })).toBeVisible();
  await page.getByRole('button', { name: 'Batalkan ekspor' }).click();
  await expect(page.getByTestId('bulk-outcome')).toHaveText('Ekspor dibatalkan. Tidak ada berkas yang disimpan.');
  await expect(progress).toBeHidden();
  expect(downloads).toEqual([]);
});

/** pdfsig's verdicts on a file: one entry per signature, true when valid. */
const pdfsigValid = (bytes: Uint8Array, name: string): boolean[] => pdfsig(toTempFile(bytes, name)).signatures.map((s) => s.valid);

test('bulk: a document signed in the app goes into the archive as signed; the rest are rendered unsigned', async ({ page }) => {
  const ev = demo.finalIn(Q1).find((e) => e.pegawai.nip && e.penilai?.nip)!;
  const employee = demo.agency.employees.find((e) => e.id === ev.employeeId)!;
  const unit = demo.agency.units.find((u) => u.id === employee.unitId)!;
  const signing = new SigningPage(page);
  await signing.open();
  await signing.createTrialCertificate({ name: ev.pegawai.name, nip: ev.pegawai.nip! }, 'sandi-pegawai');

  const docs = new DocumentsPage(page);
  await docs.openFinal('TRIWULAN I 2026', ev.pegawai.name);
  await docs.download('Unduh PDF');
  await docs.download('Tandatangani sebagai Pegawai yang Dinilai');

  await page.goto('./#/dokumen/massal');
  await docs.choosePeriod('TRIWULAN I 2026');
  await docs.chooseUnit(unit.name);
  const useSigned = page.getByRole('checkbox', { name: 'Pakai salinan bertanda tangan yang tersimpan (1 dokumen)' });
  await expect(useSigned).toBeChecked();
  const file = await docs.download(/^Ekspor \d+ dokumen$/);
  const entries = unzipSync(file.bytes);
  const names = Object.keys(entries);
  expect(names.length).toBeGreaterThan(1);
  const mine = names.find((n) => n.includes(`-${employee.nip}-`))!;
  expect(pdfsigValid(entries[mine]!, 'signed.pdf')).toEqual([true]);
  const other = names.find((n) => n !== mine)!;
  expect(pdfsigValid(entries[other]!, 'unsigned.pdf')).toEqual([]);

  // Unticked, the same document is rendered afresh and carries no signature.
  await useSigned.uncheck();
  const fresh = unzipSync((await docs.download(/^Ekspor \d+ dokumen$/)).bytes);
  expect(pdfsigValid(fresh[mine]!, 'fresh.pdf')).toEqual([]);
});
