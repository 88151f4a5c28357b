#!/usr/bin/env node
// `npm test`: every check the project has, and one closing line that sums them all:
// typecheck, lint, unit tests (Vitest), smoke run of the built main bundle, electron-builder config,
// Playwright end to end in Chromium against the web build, the benchmark smoke, and the Playwright
// Electron tests.
//
// Order and overlap are chosen for a 2-core machine and a 15-minute CI budget:
// 1. typecheck, lint and both builds run at the same time (each is mostly one core, none is timed);
// 2. the unit tests (Vitest, one worker per core);
// 3. the main-bundle smoke and the electron-builder config;
// 4. the Chromium end-to-end tests (two workers) — alone, since their waits suffer from a busy CPU;
// 5. the benchmark smoke — alone too: it runs its own Chromium and loads 1,000 employees;
// 6. the Electron tests (skipped, with the reason printed, where no Electron binary exists).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const wantsXvfb = process.platform === 'linux' && !process.env.DISPLAY && spawnSync('which', ['xvfb-run']).status === 0;
const began = Date.now();

/** Runs one command; its output is passed through when `live`, else collected and printed at the end. */
function run(name, command, args, { xvfb = false, live = true, env } = {}) {
  const [cmd, argv] = xvfb && wantsXvfb ? ['xvfb-run', ['-a', command, ...args]] : [command, args];
  const line = `${[cmd, ...argv].join(' ')}`;
  if (live) console.log(`\n▶ ${name}: ${line}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: env ? { ...process.env, ...env } : process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      if (live) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      if (live) process.stderr.write(d);
      else stderr += d;
    });
    child.on('error', (err) => (stderr += `${err.message}\n`));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!live) {
        console.log(`\n▶ ${name}: ${line}`);
        process.stdout.write(stdout);
        process.stdout.write(stderr);
      }
      console.log(`◀ ${name}: exit ${code} in ${seconds} s`);
      resolve({ status: code ?? 1, stdout });
    });
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function record(name, passed, failed, skipped = 0) {
  results.push({ name, passed, failed, skipped });
}

/** A step that is one check: it passes or it fails. */
function single(name, { status }) {
  record(name, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}

/** A step that prints its own `label: N passed, N failed` line. */
async function counted(name, command, args) {
  const { status, stdout } = await run(name, command, args);
  const m = stdout.match(/(\d+) passed, (\d+) failed/g)?.at(-1)?.match(/(\d+) passed, (\d+) failed/);
  const passed = m ? Number(m[1]) : 0;
  const failed = m ? Number(m[2]) : 0;
  record(name, passed, status !== 0 && failed === 0 ? failed + 1 : failed);
}

async function playwright(name, config, json, { project, xvfb = false } = {}) {
  rmSync(json, { force: true });
  const args = ['playwright', 'test', '-c', config, ...(project ? [`--project=${project}`] : [])];
  const { status } = await run(name, 'npx', args, { xvfb, env: { PEKA_E2E_JSON: json } });
  const stats = readJson(json)?.stats;
  if (!stats) return record(name, 0, 1);
  const failed = stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  record(name, stats.expected + stats.flaky, failed, stats.skipped);
  if (stats.flaky) console.log(`${name}: ${stats.flaky} flaky (failed, then passed on retry)`);
}

// 1. Independent checks and builds, side by side; their output is printed as each one ends.
rmSync('test-results/vitest.json', { force: true });
const [typecheck, lint, build, web] = await Promise.all([
  run('typecheck', 'npm', ['run', '-s', 'typecheck'], { live: false }),
  run('lint', 'npm', ['run', '-s', 'lint'], { live: false }),
  run('build (electron-vite)', 'npx', ['electron-vite', 'build'], { live: false }),
  run('build (web)', 'npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { live: false }),
]);
single('typecheck', typecheck);
single('lint', lint);

// 2. Unit tests.
const unit = await run('unit', 'npx', ['vitest', 'run']);
const vitest = readJson('test-results/vitest.json');
if (vitest) record('unit', vitest.numPassedTests, vitest.numFailedTests + (unit.status !== 0 && vitest.numFailedTests === 0 ? 1 : 0), vitest.numPendingTests + vitest.numTodoTests);
else record('unit', 0, 1);

// 3. The built main bundle and the installer config.
if (build.status === 0) await counted('smoke (main bundle)', 'node', ['tests/smoke/run-main.mjs']);
else record('build (electron-vite)', 0, 1);
await counted('electron-builder config', 'node', ['tests/builder/validate.mjs']);

// 4–5. Chromium end to end, then the benchmark smoke, each with the machine to itself.
if (web.status === 0) {
  await playwright('e2e (Chromium)', 'playwright.config.ts', 'test-results/e2e.json', { project: 'app' });
  await playwright('bench smoke (Chromium)', 'playwright.config.ts', 'test-results/e2e-bench.json', { project: 'bench' });
} else record('build (web)', 0, 1);

// 6. Electron.
if (existsSync('out/main/index.js')) await playwright('e2e (Electron)', 'playwright.electron.config.ts', 'test-results/electron.json', { xvfb: true });

console.log(`\nSummary (${Math.round((Date.now() - began) / 1000)} s)`);
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(26)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
const sum = (k) => results.reduce((n, r) => n + r[k], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') > 0 ? 1 : 0);
