import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from './fixtures';
import ExcelJS from 'exceljs';
import { AppPage } from './pages/app.page';
import { TrainingPage, trainingTargets } from './pages/training.page';

const target = trainingTargets();
const SHOTS = process.env['TRAINING_SHOTS'];

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

// First start loads the demo agency (with its training year); the flows then take a while.
test.describe.configure({ timeout: 120_000 });

test('trainer flow: accept a recommendation, group it into a class, record attendance and completion, the JP rises', async ({ page }) => {
  const t = new TrainingPage(page);
  const { person, course, rec } = target;
  await t.open();
  await expect(t.tab('Rekomendasi')).toHaveAttribute('aria-selected', 'true');
  const before = await t.employeeJp(person.id);
  expect(before).toBe(`${target.jpBefore} dari 20 JP`);

  // The supervisor accepts the proposed course; its reasons say why.
  await t.openDecisions(target.evaluation.pegawai.name, 'TRIWULAN II');
  const card = t.card(course.name);
  await expect(card.getByText(rec.reasons[0]!.text)).toBeVisible();
  await shot(page, '1-decisions');
  await card.getByRole('button', { name: `Terima ${course.name}` }).click();
  await expect(card.getByText('Diterima', { exact: true })).toBeVisible();

  // The trainer finds the person under the course and groups them into a class.
  await t.open('/pelatih');
  await page.getByRole('button', { name: `Lihat pegawai untuk ${course.name}` }).click();
  const panel = page.getByTestId('course-panel');
  await panel.getByRole('checkbox', { name: `Pilih ${person.name}` }).check();
  await shot(page, '2-trainer');
  await panel.getByRole('button', { name: 'Buat angkatan (1 pegawai)' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama angkatan').fill('Angkatan Uji Tahun 2026');
  await dialog.getByLabel('Tanggal mulai').fill('2026-12-07');
  await dialog.getByLabel('Tanggal selesai').fill('2026-12-09');
  await dialog.getByLabel('Tempat').fill('Aula BKPSDM');
  await dialog.getByRole('button', { name: 'Buat angkatan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: course.name })).toBeVisible();
  await expect(page.getByTestId('class-status')).toHaveText('Direncanakan');

  // Completion needs attendance first; then it writes the course's JP into the ledger.
  const completed = page.getByRole('checkbox', { name: `Selesai: ${person.name}` });
  await completed.click();
  await expect(page.getByText('Catat kehadiran “Hadir” terlebih dahulu', { exact: false })).toBeVisible();
  await expect(completed).not.toBeChecked();
  await page.getByRole('radiogroup', { name: `Kehadiran ${person.name}` }).getByText('Hadir', { exact: true }).click();
  // The box follows the database (the write is async), so click and wait rather than check().
  await completed.click();
  await expect(completed).toBeChecked();
  await expect(page.getByText(`${course.jp} JP tercatat`)).toBeVisible();
  await expect(page.getByTestId('class-progress')).toHaveText('1 peserta, 1 hadir, 1 selesai');
  await shot(page, '3-class');

  // The class list as XLSX, read back with exceljs; and as PDF.
  const xlsx = await t.download(page.getByRole('button', { name: 'Unduh daftar peserta sebagai XLSX' }));
  expect(xlsx.name).toMatch(/^peserta-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.buffer as never);
  const sheet = wb.worksheets[0]!;
  expect(sheet.getRow(1).getCell(7).value).toBe('NIP');
  const row = sheet.getRow(2);
  expect([row.getCell(2).value, row.getCell(4).value, row.getCell(5).value, row.getCell(6).value, row.getCell(7).value, row.getCell(8).value, row.getCell(13).value]).toEqual([course.name, 'Angkatan Uji Tahun 2026', '2026-12-07', '2026-12-09', person.nip, person.name, 'Hadir, selesai']);
  expect(String(row.getCell(10).value)).toContain(rec.reasons[0]!.text);
  const pdf = await t.download(page.getByRole('button', { name: 'Unduh daftar peserta sebagai PDF' }));
  expect(pdf.buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (SHOTS) writeFileSync(join(SHOTS, 'kelas.pdf'), pdf.buffer);

  // The employee's page: JP rose by the course's JP, the completed course is listed.
  expect(await t.employeeJp(person.id)).toBe(`${target.jpBefore + course.jp} dari 20 JP`);
  await expect(page.getByTestId('ledger-row').filter({ hasText: course.name })).toBeVisible();
  await expect(page.getByTestId('employee-recommendation').filter({ hasText: course.name }).getByText('Selesai', { exact: true })).toBeVisible();
  await shot(page, '4-employee');
});

test('the wizard previews recommendations; finalising proposes them to accept, edit or reject; the full list exports', async ({ page }) => {
  const t = new TrainingPage(page);
  await t.open();
  await page.goto(`./#/evaluasi/${target.draft.id}`);
  await expect(page.getByRole('heading', { name: 'Pratinjau rekomendasi pelatihan' })).toBeVisible();
  const previews = page.getByTestId('preview-recommendation');
  await expect(previews.first()).toBeVisible();
  const count = await previews.count();
  await shot(page, '5-wizard-preview');
  await page.getByRole('button', { name: 'Finalkan evaluasi' }).click();
  await page.getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(page.getByRole('heading', { name: 'Rekomendasi pelatihan', exact: true })).toBeVisible();
  const cards = page.getByTestId('recommendation-card');
  await expect(cards).toHaveCount(count);
  const first = cards.first();
  await first.getByRole('button', { name: /^Tolak / }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Tolak' }).click();
  await expect(dialog.getByText('Tuliskan alasan penolakan')).toBeVisible();
  await dialog.getByLabel('Alasan penolakan').fill('Sudah mengikuti pelatihan serupa pada 2025.');
  await dialog.getByRole('button', { name: 'Tolak' }).click();
  await expect(first.getByText('Sudah mengikuti pelatihan serupa pada 2025.')).toBeVisible();
  await shot(page, '6-wizard-final');

  await t.open('/pelatih');
  const full = await t.download(page.getByRole('button', { name: 'Unduh daftar rekomendasi lengkap sebagai XLSX' }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(full.buffer as never);
  const sheet = wb.worksheets[0]!;
  expect(sheet.name).toBe('Rekomendasi');
  expect(sheet.actualRowCount).toBeGreaterThan(50);
  const statuses = new Set<string>();
  sheet.eachRow((r, i) => { if (i > 1) statuses.add(String(r.getCell(13).value)); });
  expect([...statuses].some((s) => s.startsWith('Diterima'))).toBe(true);
  expect(statuses.has('Ditolak')).toBe(false);
  const pdf = await t.download(page.getByRole('button', { name: 'Unduh daftar rekomendasi lengkap sebagai PDF' }));
  expect(pdf.buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (SHOTS) writeFileSync(join(SHOTS, 'rekomendasi.pdf'), pdf.buffer);
});

test('the JP tab lists everyone below 20 JP; the catalogue exports and the rules are listed', async ({ page }) => {
  const t = new TrainingPage(page);
  await t.open('/jp');
  await expect(page.getByTestId('shortfall-count')).not.toHaveText('0');
  await expect(page.getByTestId('shortfall-row').first()).toBeVisible();
  await shot(page, '7-ledger');
  await t.open('/katalog');
  await expect(page.getByTestId('catalogue-count')).toContainText('75 dari 75 pelatihan');
  const file = await t.download(page.getByRole('button', { name: 'Ekspor XLSX' }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.buffer as never);
  expect(wb.worksheets[0]!.actualRowCount).toBe(76);
  await t.open('/aturan');
  await expect(page.getByTestId('rule-row')).toHaveCount(21);
  await shot(page, '8-rules');
  await new AppPage(page).switchLanguage('EN');
  await expect(t.tab('Recommendation rules')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Each RHK judged Di Bawah Ekspektasi').first()).toBeVisible();
});
