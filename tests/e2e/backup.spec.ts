import { expect, test } from './fixtures';
import { AppPage } from './pages/app.page';
import { BackupPage } from './pages/backup.page';

const PASSWORD = 'rahasia-kantor-2026';

test('a password-protected backup restores the database: a change made after it is gone', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await app.open('pengaturan');
  const backup = new BackupPage(page);
  const file = await backup.createEncrypted(PASSWORD);
  await expect(page.getByText(/^Cadangan disimpan: peka-cadangan-/)).toBeVisible();

  await page.getByLabel('Tempat penandatanganan').fill('Pamulang');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();

  await backup.openForRestore(file);
  await backup.enterPassword('kata-sandi-keliru');
  await expect(backup.card.getByRole('alert')).toContainText('Kata sandi salah');
  await backup.enterPassword(PASSWORD);
  await expect(backup.card.getByRole('status')).toContainText('Seluruh data di komputer ini akan diganti');
  await backup.card.getByRole('button', { name: 'Ganti semua data dengan cadangan ini' }).click();
  await expect(page.getByText('Data dipulihkan dari cadangan.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Tempat penandatanganan')).toHaveValue('Tangerang Selatan');
  await page.getByRole('button', { name: 'Verifikasi log audit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Log audit utuh' })).toBeVisible();
});

test('a file that is not a backup is refused with the reason, and the browser says automatic backups need the desktop app', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('pengaturan');
  await expect(page.getByRole('region', { name: 'Cadangan otomatis' })).toContainText('hanya tersedia di aplikasi desktop');
  const backup = new BackupPage(page);
  const chooser = page.waitForEvent('filechooser');
  await backup.card.getByRole('button', { name: 'Pulihkan dari cadangan…' }).click();
  await (await chooser).setFiles({ name: 'bukan.pekabak', mimeType: 'application/octet-stream', buffer: Buffer.from('%PDF-1.7 bukan cadangan') });
  await expect(backup.card.getByRole('alert')).toContainText('Berkas ini bukan cadangan atau paket Peka.');
});

test('a supervisor package names its desk and maker, and importing it where it was made changes nothing', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await app.open('pengaturan');
  const make = page.getByRole('region', { name: 'Kirim paket ke BKPSDM' });
  await make.getByRole('combobox', { name: 'Periode' }).click();
  await page.getByRole('option', { name: 'TRIWULAN III 2026' }).click();
  await expect(make.getByRole('combobox', { name: 'Pejabat penilai' })).not.toHaveValue('');
  const download = page.waitForEvent('download');
  await make.getByRole('button', { name: 'Buat paket' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^peka-paket-triwulan-iii-2026-\d{8}-\d{4}\.pekapkt$/);
  const deskId = (await page.getByTestId('this-desk-id').innerText()).replace('Kode meja ini: ', '');

  const take = page.getByRole('region', { name: 'Impor paket dari atasan' });
  const chooser = page.waitForEvent('filechooser');
  await take.getByRole('button', { name: 'Buka paket…' }).click();
  await (await chooser).setFiles(await file.path());
  await expect(take.getByTestId('package-summary')).toContainText(deskId);
  await expect(take.getByTestId('package-summary')).toContainText('TRIWULAN III 2026');
  await expect(take.getByRole('status').filter({ hasText: 'Paket dibuat di meja ini sendiri.' })).toBeVisible();
  await expect(take.getByTestId('package-counts')).toContainText(/^0 rekaman baru, \d+ sama, 0 berbeda$/);
  await take.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(page.getByText('Tidak ada perubahan: isi paket ini sudah ada di basis data.')).toBeVisible();
});
