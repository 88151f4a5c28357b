import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

type FileInput = string | { name: string; mimeType: string; buffer: Buffer };

/** Page object for the employee import dialog and the export button on the Pegawai page. */
export class ImportDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /Impor pegawai|Import employees/ });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Impor dari XLSX/CSV' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Picks a file the way a user does: the host opens a file chooser, the test answers it. */
  async chooseFile(file: FileInput) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Pilih berkas…', exact: true }).click();
    await (await chooser).setFiles(file);
  }

  problem() {
    return this.dialog.getByTestId('import-problem');
  }

  count(cls: 'new' | 'update' | 'unchanged' | 'error') {
    return this.dialog.getByTestId(`import-count-${cls}`);
  }

  rows() {
    return this.dialog.getByTestId('import-row');
  }

  async showPreview() {
    await this.dialog.getByRole('button', { name: 'Tampilkan pratinjau' }).click();
    await expect(this.count('error')).toBeVisible();
  }

  saveButton() {
    return this.dialog.getByRole('button', { name: 'Simpan', exact: true });
  }

  async saveAndClose() {
    await this.saveButton().click();
    await expect(this.dialog.getByText('Impor selesai')).toBeVisible();
    await this.dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async close() {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }

  /** Clicks export and returns the downloaded file's name and bytes (the browser host downloads). */
  async export(): Promise<{ name: string; buffer: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Ekspor ke XLSX' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), buffer: await readFile(await file.path()) };
  }
}
