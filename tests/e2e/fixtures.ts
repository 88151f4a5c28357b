import { expect, type Page, test as base } from '@playwright/test';

/** How long the app's very first start may take: it writes the whole demo agency before it shows. */
export const FIRST_START_TIMEOUT = 90_000;

/**
 * Every test gets a fresh browser profile, so its first page load is the app's first start, which
 * generates and writes the demo agency before the shell appears: about 2 s on a quiet 2-core
 * machine, several times that on a loaded CI machine. The `page` fixture waits for that once, with
 * its own long timeout, then leaves for about:blank, so the test's own first `goto` is a full,
 * ordinary load of an agency that already exists (and the test's timeouts measure only its steps).
 */
export const test = base.extend<{ page: Page }>({
  page: [
    async ({ page }, use) => {
      await page.goto('./#/beranda', { timeout: FIRST_START_TIMEOUT });
      await expect(page.getByTestId('agency-name')).toHaveText(/TANGERANG SELATAN/, { timeout: FIRST_START_TIMEOUT });
      await page.goto('about:blank');
      await use(page);
    },
    { scope: 'test', timeout: FIRST_START_TIMEOUT + 10_000 },
  ],
});

export { expect };
export type { Page };
