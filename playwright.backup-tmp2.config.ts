import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium';

const PORT = 4391;

/** Temporary copy of playwright.config.ts for the backup e2e: its own port and build (/tmp/backup-dist). */
export default defineConfig({
  testDir: '/work/main/tests/e2e',
  testMatch: ['audit.spec.ts', 'foundation.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: '/tmp/backup-e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --outDir /tmp/backup-dist --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '/work/main',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
