#!/usr/bin/env node
/**
 * `npm run bench`: speed of the web build in Chromium on this machine, written to bench/results.json.
 *
 *   node bench/run.mjs [--only agency,cold-start,employee-search,employee-import,documents] [--employees 10000] [--units 300]
 *                      [--import-rows 10000] [--queries 30] [--reloads 3] [--eval-samples 200] [--ui-eval-samples 30]
 *                      [--ui-runs 5] [--curve-runs 5] [--cold-runs 3] [--documents 500] [--years 3] [--raw-every 6] [--no-raw] [--smoke] [--web-dir dist-web]
 *                      [--rebuild] [--out path]
 *
 * agency: the 10,000-employee agency with three appraisal years in IndexedDB (load vs raw IndexedDB,
 * open evaluation, curve, HR overview, search and heap on it); cold-start: fresh profile to home page;
 * documents: 500 Dokumen Evaluasi rendered and signed in a batch, one signature, the UI thread during
 * the app's bulk export.
 * --smoke: 1,000 employees with one appraisal year, 1,000 import rows, 10 queries of each kind, one
 * reload, fewer repeats.
 * --raw-every n: write every n-th batch also with raw IndexedDB (default 6, a sixth of the records;
 * 1 = every batch, about two minutes more); the overhead ratio compares those batches.
 * --no-raw: no raw writes (no ratio).
 * --memory-profile: the agency in a plain (in-memory) context instead of an on-disk profile.
 * --web-dir: serve an existing web build instead of building one (node_modules/.cache/peka-bench/web).
 * Floors are reported as PASS/MISS and never fail the run; the exit code is non-zero only on errors.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { FLOORS, machine, printTable, verdicts, writeResults } from './runner/report.mjs';
import { buildIfStale, launchChromium, loadLib, ROOT, startPreview } from './runner/setup.mjs';
import { agency } from './scenarios/agency.mjs';
import { coldStart } from './scenarios/cold-start.mjs';
import { documents } from './scenarios/documents.mjs';
import { employeeImport } from './scenarios/employee-import.mjs';
import { employeeSearch } from './scenarios/employee-search.mjs';

const round2 = (n) => Math.round(n * 100) / 100;
const SCENARIOS = { agency, 'cold-start': coldStart, 'employee-search': employeeSearch, 'employee-import': employeeImport, documents };

function readOptions() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      employees: { type: 'string' },
      units: { type: 'string' },
      'import-rows': { type: 'string' },
      queries: { type: 'string' },
      reloads: { type: 'string' },
      'eval-samples': { type: 'string' },
      'ui-eval-samples': { type: 'string' },
      'ui-runs': { type: 'string' },
      'curve-runs': { type: 'string' },
      'cold-runs': { type: 'string' },
      documents: { type: 'string' },
      years: { type: 'string' },
      'no-raw': { type: 'boolean', default: false },
      'raw-every': { type: 'string' },
      'memory-profile': { type: 'boolean', default: false },
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
    evalSamples: int(values['eval-samples'], smoke ? 20 : 200),
    uiEvalSamples: int(values['ui-eval-samples'], smoke ? 5 : 30),
    uiRuns: int(values['ui-runs'], smoke ? 2 : 5),
    curveRuns: int(values['curve-runs'], smoke ? 2 : 5),
    coldRuns: int(values['cold-runs'], smoke ? 1 : 3),
    documents: int(values.documents, smoke ? 40 : 500),
    years: int(values.years, smoke ? 1 : 3),
    noRaw: values['no-raw'],
    rawEvery: int(values['raw-every'], smoke ? 2 : 6),
    memoryProfile: values['memory-profile'],
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
    for (const s of [scenarios['employee-search']?.search, scenarios.agency?.search]) if (s?.failures?.length) failed = true;
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
