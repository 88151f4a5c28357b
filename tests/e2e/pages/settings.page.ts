import { expect, type Locator, type Page } from '@playwright/test';

type ChosenFile = { name: string; mimeType: string; buffer: Buffer };

/** Page object for Pengaturan → Logo instansi. */
export class LogoSettings {
  constructor(readonly page: Page) {}

  card(): Locator {
    return this.page.getByRole('region', { name: 'Logo instansi' });
  }

  chooseButton(): Locator {
    return this.card().getByRole('button', { name: /^(Pilih berkas logo…|Ganti logo…)$/ });
  }

  preview(): Locator {
    return this.card().getByRole('img', { name: 'Pratinjau logo instansi' });
  }

  info(): Locator {
    return this.card().getByTestId('logo-info');
  }

  refusal(): Locator {
    return this.card().getByRole('alert');
  }

  /**
   * Tabs to the file button (no pointer), opens the file chooser with Enter and picks `file`.
   * The wait for the chooser starts before the first Tab: Playwright turns on Chromium's file-chooser
   * interception when the wait starts, without waiting for it, and a key press sent straight after
   * can beat it (the chooser then opens unseen and the test times out, as it did on a loaded machine).
   */
  async chooseByKeyboard(file: ChosenFile) {
    const button = this.chooseButton();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('heading', { level: 3, name: 'Logo instansi' }).click();
    for (let i = 0; i < 5 && !(await button.evaluate((el) => el === document.activeElement)); i++) await this.page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(file);
  }

  async remove() {
    await this.card().getByRole('button', { name: 'Hapus logo' }).click();
    await expect(this.card()).toContainText('Belum ada logo');
  }
}
