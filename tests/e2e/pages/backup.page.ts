import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the backup cards on the Settings page. */
export class BackupPage {
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Cadangan & pemulihan' });
  }

  /** Creates a password-protected backup and returns the downloaded file's path. */
  async createEncrypted(password: string): Promise<string> {
    await this.card.getByLabel('Kata sandi', { exact: true }).fill(password);
    await this.card.getByLabel('Ulangi kata sandi').fill(password);
    const download = this.page.waitForEvent('download');
    await this.card.getByRole('button', { name: 'Buat cadangan' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^peka-cadangan-\d{8}-\d{4}\.pekabak$/);
    const path = await file.path();
    if (!path) throw new Error('download has no path');
    return path;
  }

  /** Picks the backup file the way a user does: the host opens a file chooser, the test answers it. */
  async openForRestore(path: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.card.getByRole('button', { name: 'Pulihkan dari cadangan…' }).click();
    await (await chooser).setFiles({ name: 'cadangan.pekabak', mimeType: 'application/octet-stream', buffer: await readFile(path) });
  }

  async enterPassword(password: string) {
    await this.card.getByLabel('Kata sandi berkas').fill(password);
    await this.card.getByRole('button', { name: 'Buka', exact: true }).click();
  }
}
