import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { AccessPage } from './pages/access.page';
import { AppPage } from './pages/app.page';

test('the audit log verifies, and an entry altered outside the app is named', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('pengaturan');
  await page.getByLabel('Tempat penandatanganan').fill('Pamulang');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();

  await page.getByRole('button', { name: 'Verifikasi log audit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Log audit utuh (2 entri)' })).toBeVisible();

  // Someone edits the database directly (as a tool outside the app could).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('peka');
        open.onsuccess = () => {
          const tx = open.result.transaction('audit', 'readwrite');
          const store = tx.objectStore('audit');
          const get = store.get(2);
          get.onsuccess = () => store.put({ ...get.result, summary: 'Tidak ada yang diubah' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.getByRole('button', { name: 'Verifikasi log audit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Log audit rusak' })).toContainText('Entri pertama yang rusak: #2.');
});

test('the audit log names the desk user, finds entries by search, and downloads as XLSX', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open('pengaturan');
  const access = new AccessPage(page);
  await access.openMenuItem('Ganti profil meja');
  const dialog = page.getByRole('dialog', { name: 'Profil meja' });
  await dialog.getByLabel('Nama pengguna meja').fill('Siti Aminah');
  await dialog.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Tempat penandatanganan').fill('Pamulang');
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();

  const log = page.getByRole('region', { name: 'Log audit' });
  const rows = log.getByTestId('audit-row');
  // Newest first: the settings change, made by the named desk user, with the field it changed.
  await expect(rows.first()).toContainText('Siti Aminah (HR)');
  await expect(rows.first()).toContainText('Pengaturan diubah');
  await expect(rows.first()).toContainText('signingPlace');
  await expect(rows.nth(1)).toContainText('pengguna');
  await log.screenshot({ path: testInfo.outputPath('audit-log.png') });

  // The search finds the change she made and the profile entry that names her, nothing else.
  const all = await rows.count();
  await log.getByLabel('Cari di log audit').fill('siti');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText('Siti Aminah');
  expect(all).toBeGreaterThan(2);
  await log.getByLabel('Cari di log audit').fill('');
  await expect(rows).toHaveCount(all);

  const [download] = await Promise.all([page.waitForEvent('download'), log.getByRole('button', { name: 'Unduh log audit (XLSX)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^peka-log-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()).buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const count = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('peka');
        open.onsuccess = () => {
          const req = open.result.transaction('audit').objectStore('audit').count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  expect(sheet.rowCount).toBe(count + 1);
  expect(sheet.getRow(2).getCell(3).value).toBe('Siti Aminah (HR)');
  expect(String(sheet.getRow(2).getCell(9).value)).toMatch(/^[0-9a-f]{64}$/);
});
