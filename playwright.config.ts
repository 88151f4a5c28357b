import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium';

const PORT = 4317;

/**
 * End-to-end tests of the web build in Chromium; each test gets a fresh context (empty IndexedDB).
 *
 * Two projects: `app` (every spec but the benchmark smoke, two workers) and `bench`, the benchmark
 * smoke, which runs its own Chromium and builds and so would starve the app's tests of CPU if it ran
 * beside them on a 2-core machine. `npm test` runs them one after the other (tests/run-all.mjs);
 * `npm run test:e2e` runs both.
 *
 * Timeouts are generous on purpose: nothing here asserts speed (that is `npm run bench`), and a
 * loaded CI machine can be several times slower than a quiet one. PEKA_TRACE=1 records a trace of
 * each failing test (recording costs CPU in every test, so it is off by default).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env['PEKA_E2E_JSON'] ?? 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 860 },
    trace: process.env['PEKA_TRACE'] ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'app', testIgnore: /bench-smoke\.spec\.ts$/ },
    { name: 'bench', testMatch: /bench-smoke\.spec\.ts$/ },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
