import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { generateDemoAgency } from '../../shared/demo/generate';
import { formatNip } from '../../shared/domain';
import { AppPage, EmployeesPage } from './pages/app.page';
import { ImportDialog } from './pages/import.page';

const SAMPLE = 'resources/sample/contoh-impor-pegawai.xlsx';
const demo = generateDemoAgency();
const total = demo.employees.length;
/** Siti Nurhaliza Rahmawati in the sample file. */
const SAMPLE_NIP = '199209142019042131';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Each test reads and checks whole workbooks in the page; give a loaded 2-core machine room.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ page }) => {
  await new AppPage(page).open('pegawai');
  await expect(new EmployeesPage(page).count()).toHaveText(`${total} dari ${total} pegawai`);
});

test('the sample file imports cleanly and an imported employee is found by NIP', async ({ page }) => {
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile(SAMPLE);
  await expect(dialog.dialog.getByText('contoh-impor-pegawai.xlsx (Pegawai): 27 baris data')).toBeVisible();
  await expect(dialog.dialog.getByTestId('mapping-problems')).toHaveCount(0);
  await dialog.showPreview();
  await expect(dialog.count('new')).toHaveText('Baru: 27');
  await expect(dialog.count('error')).toHaveText('Bermasalah: 0');
  await expect(dialog.dialog.getByText('Jabatan baru yang akan dibuat: 2')).toBeVisible();
  await dialog.saveAndClose();

  const list = new EmployeesPage(page);
  await expect(list.count()).toHaveText(`${total + 27} dari ${total + 27} pegawai`);
  await list.search(formatNip(SAMPLE_NIP));
  await expect(list.rows()).toHaveCount(1);
  await expect(list.rows().first()).toContainText('Siti Nurhaliza Rahmawati, S.Pd.');
});

test('importing the same file again changes nothing', async ({ page }) => {
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile(SAMPLE);
  await dialog.showPreview();
  await dialog.saveAndClose();
  await dialog.open();
  await dialog.chooseFile(SAMPLE);
  await dialog.showPreview();
  await expect(dialog.count('unchanged')).toHaveText('Tidak berubah: 27');
  await expect(dialog.dialog.getByText('Tidak ada perubahan')).toBeVisible();
  await expect(dialog.saveButton()).toBeDisabled();
});

test('bad rows are listed with their reasons and block the import; nothing is saved', async ({ page }) => {
  const header = ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Perangkat Daerah'];
  const place = ['Pengadministrasi Perkantoran', 'Subbagian Umum dan Kepegawaian', 'Dinas Kesehatan'];
  const buffer = await xlsx([header, ['199503162020012001', 'Rina Kusuma', ...place], ['19950316202001200', 'Digit Kurang', ...place], ['199503162020012001', 'NIP Ganda', ...place]]);
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile({ name: 'salah.xlsx', mimeType: XLSX_MIME, buffer });
  await dialog.showPreview();
  await expect(dialog.count('error')).toHaveText('Bermasalah: 3');
  await expect(dialog.dialog.getByRole('alert')).toContainText('3 baris bermasalah');
  await expect(dialog.rows().filter({ hasText: 'Baris 3, kolom NIP (A): NIP berisi 17 digit, seharusnya 18 digit' })).toHaveCount(1);
  await expect(dialog.rows().filter({ hasText: 'juga ada di baris 4' })).toHaveCount(1);
  await expect(dialog.saveButton()).toBeDisabled();
  await dialog.close();
  await expect(new EmployeesPage(page).count()).toHaveText(`${total} dari ${total} pegawai`);
});

test('a file that is not a workbook gets a clear message', async ({ page }) => {
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile({ name: 'pegawai.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from('%PDF-1.7 bukan excel') });
  await expect(dialog.problem()).toContainText('bukan buku kerja Excel');
  await dialog.chooseFile({ name: 'judul.xlsx', mimeType: XLSX_MIME, buffer: await xlsx([['NIP', 'Nama', 'Jabatan', 'Unit Kerja']]) });
  await expect(dialog.problem()).toContainText('hanya berisi judul kolom');
});

test('a missing required column is named in the mapping step, and mapping it by keyboard fixes it', async ({ page }) => {
  const buffer = await xlsx([['Nomor Pegawai', 'Nama', 'Jabatan', 'Unit Kerja', 'Perangkat Daerah'], ['199503162020012001', 'Rina Kusuma', 'Pengadministrasi Perkantoran', 'Subbagian Umum dan Kepegawaian', 'Dinas Kesehatan']]);
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile({ name: 'tanpa-nip.xlsx', mimeType: XLSX_MIME, buffer });
  await expect(dialog.dialog.getByTestId('mapping-problems')).toContainText('Kolom wajib belum dipetakan: NIP / NI PPPK');
  await expect(dialog.dialog.getByRole('button', { name: 'Tampilkan pratinjau' })).toBeDisabled();
  // By keyboard alone: focus the field's Select, open it, choose column A.
  const nipSelect = dialog.dialog.getByRole('combobox', { name: 'NIP / NI PPPK' });
  await nipSelect.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'A — Nomor Pegawai' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(nipSelect).toHaveValue('A — Nomor Pegawai');
  await expect(dialog.dialog.getByTestId('mapping-problems')).toHaveCount(0);
  await dialog.showPreview();
  await expect(dialog.count('new')).toHaveText('Baru: 1');
});

test('the export downloads an XLSX that imports back with no changes', async ({ page }) => {
  const dialog = new ImportDialog(page);
  const file = await dialog.export();
  expect(file.name).toMatch(/^pegawai-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await dialog.open();
  await dialog.chooseFile({ name: file.name, mimeType: XLSX_MIME, buffer: file.buffer });
  await dialog.showPreview();
  await expect(dialog.count('unchanged')).toHaveText(`Tidak berubah: ${total - 1}`);
  await expect(dialog.count('error')).toHaveText('Bermasalah: 0');
});
