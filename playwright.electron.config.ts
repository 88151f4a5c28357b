import { defineConfig } from '@playwright/test';

/**
 * Playwright tests of the built Electron app (`npx electron-vite build` first). Kept apart from
 * playwright.config.ts because that one starts a web server for the browser build.
 * On Linux without a display: `xvfb-run -a npx playwright test -c playwright.electron.config.ts`.
 * Without an Electron binary (as on the build machines: no download) every test is skipped and
 * the reason is printed; set ELECTRON_BIN to use a binary from elsewhere.
 */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
  outputDir: 'test-results/electron-artifacts',
});
