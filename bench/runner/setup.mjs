/* global window */
/**
 * Everything a benchmark needs around the app: the TypeScript helpers bundled for Node, a web build
 * of the renderer, a `vite preview` server on a free port and Debian's Chromium.
 *
 * Builds go to node_modules/.cache/peka-bench/ (outside git and ESLint's reach), and the web build
 * is separate from dist-web/ so a benchmark never empties the folder an e2e run is serving.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CACHE = join(ROOT, 'node_modules/.cache/peka-bench');
export const WEB_OUT = join(CACHE, 'web');
const LIB_FILE = join(CACHE, 'lib/bench-lib.mjs');
const PAGE_FILE = join(CACHE, 'page/bench-page.js');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const WEB_SOURCES = ['renderer', 'shared', 'resources', 'vite.web.config.ts', 'scripts/vite-csp-plugin.ts', 'package.json', 'postcss.config.cjs'];
const LIB_SOURCES = ['shared', 'bench/lib.ts', 'bench/vite.bench.config.ts'];
const PAGE_SOURCES = ['shared', 'renderer/src', 'bench/page', 'bench/vite.bench-page.config.ts'];

/** The launch flags of tests/chromium.ts plus exact heap numbers and a callable gc(). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const isStale = (output, sources) => !existsSync(output) || sources.some((s) => newestMtime(join(ROOT, s)) > statSync(output).mtimeMs);

// Rolldown colours its errors whatever NO_COLOR says.
// eslint-disable-next-line no-control-regex
const ANSI_COLOUR = /\x1b\[[0-9;]*m/g;

function vite(args, label) {
  const started = performance.now();
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const out = spawnSync(process.execPath, [VITE, ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (out.status !== 0) throw new Error(`${label} failed:\n${`${out.stdout}\n${out.stderr}`.replace(ANSI_COLOUR, '').trim().slice(0, 3000)}`);
  return Math.round(performance.now() - started);
}

/**
 * Builds what is older than its sources (or everything with force); returns what was built, in ms.
 * With an explicit webDir (an existing web build, e.g. dist-web) only the helpers are built.
 */
export function buildIfStale({ force = false, webDir = null } = {}) {
  const built = {};
  if (force || isStale(LIB_FILE, LIB_SOURCES)) built.lib = vite(['build', '--config', 'bench/vite.bench.config.ts'], 'bench helper build');
  if (force || isStale(PAGE_FILE, PAGE_SOURCES)) built.page = vite(['build', '--config', 'bench/vite.bench-page.config.ts'], 'bench page build');
  if (!webDir && (force || isStale(join(WEB_OUT, 'index.html'), WEB_SOURCES))) {
    built.web = vite(['build', '--config', 'vite.web.config.ts', '--outDir', WEB_OUT, '--emptyOutDir', '--logLevel', 'warn'], 'web build');
  }
  return built;
}

/** generateSyntheticAgency, generateDemoAgency, formatPangkatGolongan, createRng (see bench/lib.ts). */
export async function loadLib() {
  return import(pathToFileURL(LIB_FILE).href);
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** `vite preview` of a web build (the bench's own by default); stop() ends exactly the process it started. */
export async function startPreview(webDir = WEB_OUT) {
  const port = await freePort();
  const args = [VITE, 'preview', '--config', 'vite.web.config.ts', '--outDir', resolve(webDir), '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${stderr}`);
    if (await fetch(url).then((r) => r.ok, () => false)) {
      return { url, stop: () => child.kill() };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

export function chromiumPath() {
  return process.env.PEKA_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

export async function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * A Chromium with an on-disk profile (IndexedDB written to disk, as in the desktop app; a plain
 * context keeps it in memory). close() ends the browser and removes the profile.
 */
export async function launchDiskProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'peka-bench-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      viewport: { width: 1366, height: 860 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
  let context = await launch();
  return {
    get context() {
      return context;
    },
    dir,
    /** Closes the browser and opens the same profile again: a restart of the app on its data. */
    relaunch: async () => {
      await context.close();
      context = await launch();
      return context;
    },
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const BENCH_PAGE_PATH = '__peka_bench__/loader.html';

/**
 * A blank page on the app's origin (so it shares the app's IndexedDB) that runs the bench page
 * script: `window.pekaBench` (bench/page/bench-page.ts). The app itself does not run there.
 */
export async function openBenchPage(context, url) {
  const script = readFileSync(PAGE_FILE, 'utf8');
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>peka bench</title></head><body><script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
  await context.route(`${url}${BENCH_PAGE_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  await page.goto(`${url}${BENCH_PAGE_PATH}`);
  await page.waitForFunction(() => window.pekaBench !== undefined);
  return page;
}

/** A fresh profile (empty IndexedDB) per scenario, as the e2e tests have. */
export async function newAppPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  return { context, page: await context.newPage() };
}
