import { expect, test } from './fixtures';
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
