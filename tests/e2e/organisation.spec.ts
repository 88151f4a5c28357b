import { expect, test } from './fixtures';
import { DEMO_VACANT_UNIT_ID, generateDemoAgency } from '../../shared/demo/generate';
import { AppPage, EmployeesPage } from './pages/app.page';
import { choose, EmployeeForm } from './pages/organisation.page';

const demo = generateDemoAgency();

test('HR adds an employee: a bad NIP is explained at its field, a good one fills birth date and sex', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('pegawai');
  await page.getByRole('button', { name: 'Tambah pegawai' }).click();
  const form = new EmployeeForm(page);
  await form.field('Nama (tanpa gelar)').fill('Rina Marlina');
  await form.field('NIP / NI PPPK').fill('19960314 202103 2 01');
  await choose(form.dialog, page, 'Unit kerja', 'Seksi Data dan Informasi Kepegawaian', 'Seksi Data');
  await choose(form.dialog, page, 'Jabatan', /Operator Layanan Operasional/);
  await choose(form.dialog, page, 'Pangkat/golongan ruang', /II\/c — Pengatur$/, 'II/c');
  await form.save();
  await expect(form.error(/17 digit/)).toBeVisible();

  await form.field('NIP / NI PPPK').fill('19960314.202103.2.017');
  await form.field('NIP / NI PPPK').blur();
  await expect(form.field('Tanggal lahir')).toHaveValue('1996-03-14');
  await expect(form.dialog.getByRole('combobox', { name: 'Jenis kelamin' })).toHaveValue('Perempuan');
  await form.save();
  await form.expectClosed();

  await expect(page.getByRole('heading', { level: 2, name: 'Rina Marlina' })).toBeVisible();
  await expect(page.getByText('19960314 202103 2 017')).toBeVisible();
  await expect(page.getByText('Pengatur, II/c')).toBeVisible();
  await expect(page.getByText(/Kepala Seksi Data dan Informasi Kepegawaian \(kepala unit kerja pegawai\)/)).toBeVisible();
  await expect(page.getByText('Pegawai baru: Rina Marlina')).toBeVisible();

  await page.getByRole('link', { name: 'Kembali ke daftar pegawai' }).click();
  const list = new EmployeesPage(page);
  await list.search('199603142021032017');
  await expect(list.rows()).toHaveCount(1);
});

test('a NIP that is already taken, and a PPPK number on a PNS, are refused with their reasons', async ({ page }) => {
  const taken = demo.employees.find((e) => e.kind === 'pns' && e.status === 'aktif' && e.gelarDepan === undefined)!;
  const app = new AppPage(page);
  await app.open('pegawai');
  await page.getByRole('button', { name: 'Tambah pegawai' }).click();
  const form = new EmployeeForm(page);
  await form.field('Nama (tanpa gelar)').fill('Orang Lain');
  await form.field('NIP / NI PPPK').fill(taken.nip!);
  await form.save();
  await expect(form.error(/sudah dipakai pegawai lain/)).toBeVisible();
  await form.dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(new EmployeesPage(page).count()).toHaveText(`${demo.employees.length} dari ${demo.employees.length} pegawai`);

  // An existing PNS given a number in NI PPPK form (digits 13-14 = 21): the kind disagrees.
  const pppkForm = `${taken.nip!.slice(0, 8)}2023` + `21${taken.nip!.slice(14, 15)}099`;
  await app.open(`pegawai/${taken.id}`);
  await page.getByRole('button', { name: 'Ubah data pegawai' }).click();
  await form.field('NIP / NI PPPK').fill(pppkForm);
  await form.save();
  await expect(form.error(/berformat NI PPPK/)).toBeVisible();
  await form.dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByText(taken.nip!.slice(0, 8))).toBeVisible();
});

test('the appraiser chain explains a vacant head, and a Plt assignment takes over within its dates', async ({ page }) => {
  const staff = demo.employees.find((e) => e.unitId === DEMO_VACANT_UNIT_ID && e.status === 'aktif')!;
  const plt = demo.employees.find((e) => e.unitId.startsWith('unit-dukcapil') && e.status === 'aktif' && e.id !== staff.id && e.kind === 'pns')!;
  const app = new AppPage(page);
  await app.open(`pegawai/${staff.id}`);
  await expect(page.getByText(/jabatan kepala Seksi Pindah Datang Penduduk kosong/)).toBeVisible();

  await page.getByRole('button', { name: 'Tetapkan penilai (Plt/Plh)' }).click();
  await choose(page, page, 'Pejabat Penilai Kinerja', new RegExp(plt.name), plt.name);
  await page.getByLabel('Berlaku mulai').fill('2026-01-01');
  await page.getByRole('button', { name: 'Simpan penetapan' }).click();
  await expect(page.getByText(/^Plt: .*ditetapkan HR, berlaku sejak 1 Januari 2026/)).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(plt.name) })).toBeVisible();

  await page.reload();
  await expect(page.getByText(/^Plt: .*ditetapkan HR/)).toBeVisible();
  await page.getByRole('button', { name: 'Hapus penetapan' }).click();
  await expect(page.getByText(/jabatan kepala Seksi Pindah Datang Penduduk kosong/)).toBeVisible();
});

test('deactivating an employee is recorded in the history', async ({ page }) => {
  const someone = demo.employees.find((e) => e.kind === 'pppk' && e.status === 'aktif')!;
  const app = new AppPage(page);
  await app.open(`pegawai/${someone.id}`);
  await page.getByRole('button', { name: 'Ubah data pegawai' }).click();
  const form = new EmployeeForm(page);
  await choose(form.dialog, page, 'Status', 'Mutasi keluar');
  await form.save();
  await form.expectClosed();
  await expect(page.getByText(new RegExp(`^Dinonaktifkan: `))).toBeVisible();
  await expect(page.getByText('status', { exact: true })).toBeVisible();
});

test('HR adds a unit and a position to the tree', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('pegawai');
  await page.getByRole('tab', { name: 'Unit kerja' }).click();
  await page.getByRole('button', { name: 'Tambah unit' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nama unit').fill('Kelurahan Serpong');
  await choose(dialog, page, 'Jenis unit', 'Kelurahan');
  await choose(dialog, page, 'Unit induk', /^\s*Kecamatan Serpong$/, 'Kecamatan Serpong');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: 'Kelurahan Serpong' })).toContainText('Kepala unit kosong');

  await page.getByRole('tab', { name: 'Jabatan' }).click();
  await page.getByRole('button', { name: 'Tambah jabatan' }).click();
  await dialog.getByLabel('Nama jabatan').fill('Lurah Serpong');
  await choose(dialog, page, 'Jenis jabatan', 'Pengawas');
  await choose(dialog, page, 'Unit kerja', /Kelurahan Serpong/, 'Kelurahan Serpong');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'Lurah Serpong' })).toContainText('Kelurahan Serpong');
});
