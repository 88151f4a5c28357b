#!/usr/bin/env node
// `npm test`: every check the project has, in order, and one closing line that sums them all:
// typecheck, lint, unit tests (Vitest), smoke run of the built main bundle, electron-builder config,
// Playwright end to end in Chromium against the web build, and the Playwright Electron tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const wantsXvfb = process.platform === 'linux' && !process.env.DISPLAY && spawnSync('which', ['xvfb-run']).status === 0;

function run(name, command, args, { xvfb = false } = {}) {
  const [cmd, argv] = xvfb && wantsXvfb ? ['xvfb-run', ['-a', command, ...args]] : [command, args];
  console.log(`\n▶ ${name}: ${[cmd, ...argv].join(' ')}`);
  const started = Date.now();
  const out = spawnSync(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(out.stdout ?? '');
  console.log(`◀ ${name}: exit ${out.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { status: out.status ?? 1, stdout: out.stdout ?? '' };
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
function single(name, command, args) {
  const { status } = run(name, command, args);
  record(name, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
}

/** A step that prints its own `label: N passed, N failed` line. */
function counted(name, command, args) {
  const { status, stdout } = run(name, command, args);
  const m = stdout.match(/(\d+) passed, (\d+) failed/g)?.at(-1)?.match(/(\d+) passed, (\d+) failed/);
  const passed = m ? Number(m[1]) : 0;
  const failed = m ? Number(m[2]) : 0;
  record(name, passed, status !== 0 && failed === 0 ? failed + 1 : failed);
}

function playwright(name, config, json, opts) {
  rmSync(json, { force: true });
  const { status } = run(name, 'npx', ['playwright', 'test', '-c', config], opts);
  const stats = readJson(json)?.stats;
  if (!stats) return record(name, 0, 1);
  const failed = stats.unexpected + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  record(name, stats.expected + stats.flaky, failed, stats.skipped);
}

single('typecheck', 'npm', ['run', '-s', 'typecheck']);
single('lint', 'npm', ['run', '-s', 'lint']);

rmSync('test-results/vitest.json', { force: true });
const unit = run('unit', 'npx', ['vitest', 'run']);
const vitest = readJson('test-results/vitest.json');
if (vitest) record('unit', vitest.numPassedTests, vitest.numFailedTests + (unit.status !== 0 && vitest.numFailedTests === 0 ? 1 : 0), vitest.numPendingTests + vitest.numTodoTests);
else record('unit', 0, 1);

const build = run('build (electron-vite)', 'npx', ['electron-vite', 'build']);
if (build.status === 0) counted('smoke (main bundle)', 'node', ['tests/smoke/run-main.mjs']);
else record('build (electron-vite)', 0, 1);
counted('electron-builder config', 'node', ['tests/builder/validate.mjs']);

const web = run('build (web)', 'npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']);
if (web.status === 0) playwright('e2e (Chromium)', 'playwright.config.ts', 'test-results/e2e.json');
else record('build (web)', 0, 1);
if (existsSync('out/main/index.js')) playwright('e2e (Electron)', 'playwright.electron.config.ts', 'test-results/electron.json', { xvfb: true });

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(26)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
const sum = (k) => results.reduce((n, r) => n + r[k], 0);
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(sum('failed') > 0 ? 1 : 0);
