import { expect, type Locator, type Page } from '@playwright/test';

/** Picks an option of a Mantine Select by its label, typing to filter when it is searchable. */
export async function choose(scope: Page | Locator, page: Page, label: string | RegExp, option: string | RegExp, typed?: string) {
  const input = scope.getByRole('combobox', { name: label, exact: typeof label === 'string' });
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

export class EmployeeForm {
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  field(label: string | RegExp) {
    return this.dialog.getByLabel(label, { exact: false });
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Simpan' }).click();
  }

  error(text: string | RegExp) {
    return this.dialog.getByText(text);
  }

  async expectClosed() {
    await expect(this.dialog).toBeHidden();
  }
}
