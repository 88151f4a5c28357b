import { expect, type Page } from '@playwright/test';

/** Page object for the app shell: navigation, language, and the areas' landmarks. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(route = 'beranda') {
    await this.page.goto(`./#/${route}`);
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }

  nav(name: string) {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  async goTo(name: string) {
    await this.nav(name).click();
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async switchLanguage(code: 'ID' | 'EN') {
    await this.page.getByRole('radiogroup', { name: /Bahasa|Language/ }).getByText(code, { exact: true }).click();
  }
}

export class EmployeesPage {
  constructor(readonly page: Page) {}

  count() {
    return this.page.getByTestId('employee-count');
  }

  rows() {
    return this.page.getByTestId('employee-row');
  }

  async search(text: string) {
    await this.page.getByLabel(/Cari nama atau NIP|Search name or NIP/).fill(text);
  }

  /** Walks every page of the table and returns the NIP column as shown. */
  async allNips(): Promise<string[]> {
    const nips: string[] = [];
    for (;;) {
      nips.push(...(await this.page.getByTestId('employee-nip').allInnerTexts()));
      const next = this.page.getByRole('button', { name: 'Halaman berikutnya' });
      if ((await next.count()) === 0 || (await next.isDisabled())) break;
      const firstBefore = await this.rows().first().innerText();
      await next.click();
      await expect(this.rows().first()).not.toHaveText(firstBefore);
    }
    return nips;
  }
}
