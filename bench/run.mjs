#!/usr/bin/env node
/**
 * `npm run bench`: speed of the web build in Chromium on this machine, written to bench/results.json.
 *
 *   node bench/run.mjs [--only employee-search,employee-import] [--employees 10000] [--units 300] [--import-rows 10000]
 *                      [--queries 30] [--reloads 3] [--smoke] [--web-dir dist-web] [--rebuild] [--out path]
 *
 * --smoke: 1,000 employees, 1,000 import rows, 10 queries of each kind, one reload.
 * --web-dir: serve an existing web build instead of building one (node_modules/.cache/peka-bench/web).
 * Floors are reported as PASS/MISS and never fail the run; the exit code is non-zero only on errors.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { FLOORS, machine, printTable, verdicts, writeResults } from './runner/report.mjs';
import { buildIfStale, launchChromium, loadLib, ROOT, startPreview } from './runner/setup.mjs';
import { employeeImport } from './scenarios/employee-import.mjs';
import { employeeSearch } from './scenarios/employee-search.mjs';

const round2 = (n) => Math.round(n * 100) / 100;
const SCENARIOS = { 'employee-search': employeeSearch, 'employee-import': employeeImport };

function readOptions() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      employees: { type: 'string' },
      units: { type: 'string' },
      'import-rows': { type: 'string' },
      queries: { type: 'string' },
      reloads: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      'web-dir': { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const int = (text, fallback) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive whole number: ${text}`);
    return n;
  };
  const smoke = values.smoke;
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : Object.keys(SCENARIOS);
  const unknown = only.filter((s) => !SCENARIOS[s]);
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  return {
    only,
    smoke,
    employees: int(values.employees, smoke ? 1_000 : 10_000),
    units: values.units === undefined ? null : int(values.units, null),
    importRows: int(values['import-rows'], smoke ? 1_000 : 10_000),
    queriesPerKind: int(values.queries, smoke ? 10 : 30),
    reloads: int(values.reloads, smoke ? 1 : 3),
    webDir: values['web-dir'] ?? null,
    rebuild: values.rebuild,
    out: values.out ?? join(ROOT, 'bench/results.json'),
  };
}

async function main() {
  const options = readOptions();
  const started = Date.now();
  const loadBefore = loadavg()[0];
  if (loadBefore > 1) console.warn(`warning: load average ${loadBefore.toFixed(2)} on ${cpus().length} cores: other work will skew the numbers`);
  const built = buildIfStale({ force: options.rebuild, webDir: options.webDir });
  if (Object.keys(built).length) console.log(`built: ${Object.entries(built).map(([k, ms]) => `${k} ${ms} ms`).join(', ')}`);
  const lib = await loadLib();
  const server = await startPreview(options.webDir ?? undefined);
  let browser;
  const scenarios = {};
  let failed = false;
  try {
    browser = await launchChromium();
    for (const name of options.only) {
      const t0 = Date.now();
      process.stdout.write(`running ${name}… `);
      try {
        scenarios[name] = await SCENARIOS[name]({ browser, url: server.url, lib, options });
      } catch (err) {
        failed = true;
        scenarios[name] = { error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
        console.error(`\n${name} failed:`, err);
      }
      console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    const search = scenarios['employee-search'];
    if (search?.search?.failures?.length) failed = true;
    const results = {
      machine: { ...machine(browser.version()), loadAvg1: { before: round2(loadBefore), after: round2(loadavg()[0]) } },
      date: new Date().toISOString(),
      options: { ...options, out: undefined },
      build: built,
      scenarios,
      floors: FLOORS,
      pass: verdicts(scenarios),
      runtimeSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeResults(options.out, results);
    printTable(results);
    console.log(`\nwritten to ${options.out} in ${results.runtimeSeconds} s`);
  } finally {
    await browser?.close();
    server.stop();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
