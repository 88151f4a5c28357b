import { expect, type Page, test } from './fixtures';
import { generateDemoAgency } from '../../shared/demo/generate';
import { resolveAppraisers } from '../../shared/domain';
import { type Employee, fullName } from '../../shared/schemas/entities';
import { SkpEditor, SkpListPage } from './pages/skp.page';

/** A year the demo data does not use, so the test makes all of its own SKPs. */
const YEAR = 2027;
const demo = generateDemoAgency();
const typeOf = (e: Employee) => demo.positions.find((p) => p.id === e.positionId)?.type;
const pelaksana = demo.employees.find((e) => typeOf(e) === 'pelaksana' && e.status === 'aktif' && resolveAppraisers(e.id, demo, `${YEAR}-01-01`).penilai.source === 'unit-head')!;
const supervisor = demo.employees.find((e) => e.id === resolveAppraisers(pelaksana.id, demo, `${YEAR}-01-01`).penilai.employeeId)!;
const name = fullName(pelaksana);
// Each test walks a whole workflow through the UI, year set-up included.
test.describe.configure({ timeout: 90_000 });

const missingTarget = 'IKI 1 pada RHK Utama 1 belum punya target. Isi angka target dan satuannya.';

async function startSkp(page: Page, who: Employee = pelaksana) {
  const list = new SkpListPage(page);
  await list.open();
  await list.ensureYear(YEAR);
  await list.create(who.nip!, fullName(who), YEAR);
  return new SkpEditor(page);
}

async function fillLampiran(editor: SkpEditor) {
  await editor.addLampiran('Dukungan Sumber Daya', 'Komputer dan printer KTP-el');
  await editor.addLampiran('Skema Pertanggungjawaban', 'Laporan bulanan kepada Kepala Seksi');
  await editor.addLampiran('Konsekuensi', 'Sesuai ketentuan disiplin pegawai');
}

test('a supervisor approves a returned-then-fixed SKP; the approved SKP is read-only', async ({ page }) => {
  const editor = await startSkp(page);
  await expect(page.getByTestId('skp-form')).toHaveText('Formulir JA/JF');
  await expect(page.getByRole('region', { name: 'Pejabat Penilai Kinerja', exact: true })).toContainText(fullName(supervisor));
  await expect(editor.status()).toHaveText('Draf');

  await editor.fillRhk('Terlaksananya pelayanan perekaman KTP-el', 'Meningkatnya kualitas layanan administrasi kependudukan', 'Jumlah KTP-el yang direkam');
  await fillLampiran(editor);
  await editor.submit();

  // The missing target is named in the summary and at the IKI's target field; nothing changed.
  await expect(editor.issues()).toContainText('SKP belum dapat diajukan: 1 hal perlu diperbaiki');
  const target = editor.iki(editor.rhk(0)).getByLabel('Target', { exact: true });
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.iki(editor.rhk(0)).getByText(missingTarget)).toBeVisible();
  await expect(editor.status()).toHaveText('Draf');
  await editor.issues().getByRole('button', { name: missingTarget }).click();
  await expect(target).toBeFocused();

  await editor.setTarget('1200', 'keping');
  await expect(editor.issues()).toBeHidden();
  await editor.submit();
  await expect(editor.status()).toHaveText('Diajukan');
  await expect(editor.rhk(0).getByLabel('Rencana Hasil Kerja (RHK)')).toHaveAttribute('readonly', '');

  // The supervisor returns it: a note is required.
  await editor.button('Kembalikan').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kembalikan SKP' }).click();
  await expect(page.getByRole('dialog').getByText('Tuliskan catatan untuk pegawai')).toBeVisible();
  await page.keyboard.press('Escape');
  await editor.withText('Kembalikan', 'Target terlalu rendah: naikkan menjadi 1.500 keping.');
  await expect(editor.status()).toHaveText('Dikembalikan');
  await expect(page.getByTestId('return-note')).toContainText('Target terlalu rendah: naikkan menjadi 1.500 keping.');

  // Fixed and resubmitted, then approved.
  await editor.iki(editor.rhk(0)).getByLabel('Target', { exact: true }).fill('1500');
  await expect(editor.saveStatus()).toHaveText('Tersimpan');
  await editor.submit();
  await expect(editor.status()).toHaveText('Diajukan');
  await editor.button('Setujui').click();
  await expect(editor.status()).toHaveText('Disetujui');

  // Read-only, also after a reload: no editing controls, fields marked read-only, reopening offered.
  await page.reload();
  await expect(editor.status()).toHaveText('Disetujui');
  await expect(page.getByTestId('readonly-note')).toContainText('hanya dapat dibaca');
  await expect(editor.iki(editor.rhk(0)).getByLabel('Target', { exact: true })).toHaveValue('1500');
  await expect(editor.iki(editor.rhk(0)).getByLabel('Target', { exact: true })).toHaveAttribute('readonly', '');
  await expect(editor.button('Tambah RHK utama')).toHaveCount(0);
  await expect(editor.button('Ajukan')).toHaveCount(0);
  await expect(editor.button('Buka kembali')).toBeVisible();

  // The list shows the status.
  await page.getByRole('link', { name: 'Kembali ke daftar SKP' }).click();
  const list = new SkpListPage(page);
  await list.search(pelaksana.nip!);
  await expect(list.rows().first()).toContainText('Disetujui');
});

test('a reload mid-typing keeps what was typed', async ({ page }) => {
  const editor = await startSkp(page);
  await editor.button('Tambah RHK utama').click();
  const text = editor.rhk(0).getByLabel('Rencana Hasil Kerja (RHK)');
  await text.fill('Tersusunnya laporan kependudukan');
  await text.pressSequentially(' triwulanan');
  await page.reload();
  await expect(editor.rhk(0).getByLabel('Rencana Hasil Kerja (RHK)')).toHaveValue('Tersusunnya laporan kependudukan triwulanan');
  await expect(editor.saveStatus()).toHaveText('Tersimpan');

  await page.getByRole('region', { name: 'Akuntabel' }).getByLabel('Ekspektasi khusus pimpinan').fill('Laporan tepat waktu');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Akuntabel' }).getByLabel('Ekspektasi khusus pimpinan')).toHaveValue('Laporan tepat waktu');
});

test("cascading: a subordinate starts from the supervisor's approved RHK and the supervisor sees the matrix", async ({ page }) => {
  const boss = await startSkp(page, supervisor);
  await boss.fillRhk('Meningkatnya cakupan kepemilikan KTP-el', 'Meningkatnya kualitas layanan administrasi kependudukan', 'Persentase penduduk wajib KTP-el yang terekam');
  await boss.setTarget('98', '%');
  await fillLampiran(boss);
  await boss.submit();
  await expect(boss.status()).toHaveText('Diajukan');
  await boss.button('Setujui').click();
  await expect(boss.status()).toHaveText('Disetujui');
  const bossUrl = page.url();

  const editor = await startSkp(page);
  await editor.button("Ambil dari RHK atasan (1)").click();
  const rhk = editor.rhk(0);
  await expect(rhk.getByRole('combobox', { name: 'RHK pimpinan yang diintervensi' })).toHaveValue('1. Meningkatnya cakupan kepemilikan KTP-el');
  await rhk.getByLabel('Rencana Hasil Kerja (RHK)').fill('Terlaksananya perekaman KTP-el di kecamatan');
  await expect(editor.saveStatus()).toHaveText('Tersimpan');

  await page.goto(bossUrl);
  const matrix = page.getByTestId('cascade-matrix');
  await expect(matrix.getByRole('columnheader', { name: new RegExp(name) })).toBeVisible();
  await expect(matrix.getByRole('row', { name: /Meningkatnya cakupan kepemilikan KTP-el/ })).toContainText('Terlaksananya perekaman KTP-el di kecamatan');
});
