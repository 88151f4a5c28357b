import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ElectronApplication, type Page, _electron as electron, expect, test as base } from '@playwright/test';
import { HOST_CHANNELS } from '../../shared/host/channels';
import type { HostBridge } from '../../shared/host/host-api';
import { choose as chooseOption } from '../e2e/pages/organisation.page';
import { ROOT, findLaunchTarget } from './launch-target';

const target = findLaunchTarget();

type Fixtures = { electronApp: ElectronApplication; page: Page };

/** Each test launches the built app with its own fresh profile (--user-data-dir). */
const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern, so it must be `{}`.
  // eslint-disable-next-line no-empty-pattern
  electronApp: async ({}, use) => {
    if (!target.ok) throw new Error(target.reason);
    const userDataDir = mkdtempSync(join(tmpdir(), 'peka-electron-'));
    const env = { ...process.env } as Record<string, string>;
    delete env['ELECTRON_RENDERER_URL']; // test the built renderer, never a dev server
    const app = await electron.launch({
      executablePath: target.executablePath,
      args: [target.mainScript, `--user-data-dir=${userDataDir}`],
      cwd: ROOT,
      env,
    });
    await use(app);
    await app.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  page: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await use(page);
  },
});

test.beforeEach(() => {
  if (!target.ok) {
    console.log(`[electron tests] skipped: ${target.reason}`);
    test.skip(true, target.reason);
  }
});

type HostWindow = Window & { host: HostBridge };

test('the window opens with the Peka title and content', async ({ electronApp, page }) => {
  const title = await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(title).toContain('Peka');
  await expect(page.locator('body')).toContainText('Peka');
});

test('the page has no Node.js: no require, no process, no module', async ({ page }) => {
  const types = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { require: typeof w['require'], process: typeof w['process'], module: typeof w['module'] };
  });
  expect(types).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('window.host has exactly the contract channels, as functions', async ({ page }) => {
  const shape = await page.evaluate(() => {
    const host = (window as unknown as HostWindow).host as unknown as Record<string, unknown>;
    return Object.fromEntries(Object.keys(host).map((key) => [key, typeof host[key]]));
  });
  expect(Object.keys(shape).sort()).toEqual([...HOST_CHANNELS].sort());
  expect(new Set(Object.values(shape))).toEqual(new Set(['function']));
});

test("'app:info' through window.host answers from Electron", async ({ page }) => {
  const reply = await page.evaluate(() => (window as unknown as HostWindow).host['app:info'](undefined));
  expect(reply).toMatchObject({ ok: true, value: { name: 'Peka', host: 'electron' } });
});

test('navigating away to https://example.com is blocked, and so is window.open', async ({ electronApp, page }) => {
  const appUrl = page.url();
  expect(appUrl).toMatch(/^file:.*index\.html/);
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.com/';
    document.body.append(link);
    link.click();
  });
  // Waiting for a navigation that must never come: the bounded wait is the assertion.
  await expect(page.waitForURL(/example\.com/, { timeout: 3_000 })).rejects.toThrow();
  expect(page.url()).toBe(appUrl);
  expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull();
  expect(electronApp.windows()).toHaveLength(1);
});

test("'pdf:print' opens a print window with the PDF viewer on a private copy, removed when it closes", async ({ electronApp, page }) => {
  const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 300]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  const notPdf = await page.evaluate(() => (window as unknown as HostWindow).host['pdf:print']({ fileName: 'uji.pdf', data: new TextEncoder().encode('<html>') }));
  expect(notPdf).toMatchObject({ ok: false, error: { code: 'print/not-pdf' } });
  const reply = await page.evaluate((text) => (window as unknown as HostWindow).host['pdf:print']({ fileName: 'uji.pdf', data: new TextEncoder().encode(text) }), pdf);
  expect(reply).toEqual({ ok: true, value: { opened: true } });
  await expect.poll(() => electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()))).toContain('Cetak — uji.pdf');
  const seen = await electronApp.evaluate(async ({ BrowserWindow, app }) => {
    const { readdirSync, statSync } = process.getBuiltinModule('node:fs');
    const { join } = process.getBuiltinModule('node:path');
    const win = BrowserWindow.getAllWindows().find((w) => w.getTitle() === 'Cetak — uji.pdf')!;
    const dir = join(app.getPath('userData'), 'cetak-sementara');
    const files = readdirSync(dir);
    return { url: win.webContents.getURL(), files, modes: files.map((f) => (statSync(join(dir, f)).mode & 0o777).toString(8)) };
  });
  expect(seen.modes).toEqual(['600']);
  expect(seen.files).toEqual([expect.stringMatching(/^cetak-[0-9a-f]{32}\.pdf$/)]);
  expect(seen.url).toMatch(/cetak-sementara\/cetak-[0-9a-f]{32}\.pdf$/);
  // The print window shows the PDF in the viewer and has no bridge to main (no preload).
  await expect.poll(() => electronApp.windows().length).toBe(2);
  const printPage = electronApp.windows().find((p) => p !== page)!;
  const inside = await printPage.evaluate(() => ({ host: typeof (window as unknown as { host?: unknown }).host, viewer: navigator.pdfViewerEnabled, type: document.contentType }));
  expect(inside).toEqual({ host: 'undefined', viewer: true, type: 'application/pdf' });
  await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.getTitle() === 'Cetak — uji.pdf')?.close());
  await expect
    .poll(() => electronApp.evaluate(({ app }) => process.getBuiltinModule('node:fs').readdirSync(process.getBuiltinModule('node:path').join(app.getPath('userData'), 'cetak-sementara'))))
    .toEqual([]);
});

test('bulk export into a folder: one PDF per employee in a new folder that appears only when complete', async ({ electronApp, page }) => {
  const parent = mkdtempSync(join(tmpdir(), 'peka-electron-folder-'));
  try {
    // The native folder dialog answers with our folder (the handler only ever sees the dialog's answer).
    await electronApp.evaluate(({ dialog }, dir) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [dir] })) as typeof dialog.showOpenDialog;
    }, parent);
    await expect(page.getByTestId('agency-name')).toHaveText(/TANGERANG SELATAN/, { timeout: 60_000 });
    await page.evaluate(() => (location.hash = '#/dokumen/massal'));
    const choose = (label: string, option: string | RegExp, typed?: string) => chooseOption(page, page, label, option, typed);
    const period = page.getByRole('combobox', { name: 'Periode', exact: true });
    await expect(async () => {
      if ((await period.inputValue()) !== 'TRIWULAN I 2026') await choose('Periode', 'TRIWULAN I 2026');
      await expect(period).toHaveValue('TRIWULAN I 2026', { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
    await choose('Unit kerja', /^\s*Sekretariat Daerah$/, 'Sekretariat D');
    await page.getByRole('radio', { name: 'Satu berkas PDF per pegawai ke dalam folder baru' }).check();
    const start = page.getByRole('button', { name: /^Ekspor \d+ dokumen$/ });
    const count = Number((await start.textContent())!.match(/\d+/)![0]);
    await start.click();
    await expect(page.getByTestId('bulk-outcome')).toContainText(`${count} dokumen disimpan ke folder 2026-TW1-dokumen-evaluasi-sekretariat-daerah`, { timeout: 120_000 });
    expect(readdirSync(parent)).toEqual(['2026-TW1-dokumen-evaluasi-sekretariat-daerah']);
    const files = readdirSync(join(parent, '2026-TW1-dokumen-evaluasi-sekretariat-daerah'));
    expect(files).toHaveLength(count);
    for (const f of files) {
      expect(f).toMatch(/^2026-TW1-dokumen-evaluasi-(\d{18}|tanpa-nip)-[a-z0-9-]+\.pdf$/);
      expect(readFileSync(join(parent, '2026-TW1-dokumen-evaluasi-sekretariat-daerah', f), 'latin1').startsWith('%PDF-')).toBe(true);
    }
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
