import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * Keeps `npm run bench` working: its smoke version (1,000 employees, one appraisal year, cold start,
 * 10 documents rendered and signed in a batch, the app's bulk export of the demo agency)
 * serves the web build the other e2e tests use (dist-web, built by `npm test` and `npm run test:e2e`
 * just before) and builds its own helpers when stale. It is the `bench` project of
 * playwright.config.ts, run after the app's tests so the two do not share the CPU. No timing is asserted — the machine's load decides those — only that every
 * measurement came out as a sane number and the data arrived.
 */
const OUT = 'test-results/bench-smoke.json';

function runBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bench/run.mjs', '--smoke', '--only', 'agency,cold-start,documents', '--documents', '10', '--web-dir', 'dist-web', '--out', OUT], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

type Stat = { n: number; p50: number; p95: number; max: number };

function expectStat(s: Stat | undefined, n: number, label: string) {
  expect(s?.n, label).toBe(n);
  for (const v of [s?.p50, s?.p95, s?.max]) {
    expect(Number.isFinite(v), label).toBe(true);
    expect(v, label).toBeGreaterThan(0);
  }
  expect(s!.p50, label).toBeLessThanOrEqual(s!.p95);
  expect(s!.p95, label).toBeLessThanOrEqual(s!.max);
}

test('the 1,000-employee benchmark runs and reports sane numbers', async () => {
  test.setTimeout(360_000);
  const { code, output } = await runBench();
  expect(code, output.slice(-3000)).toBe(0);
  expect(output).toContain('[floors]');
  const results = JSON.parse(readFileSync(OUT, 'utf8'));
  const a = results.scenarios.agency;
  expect(a.error, a.error).toBeUndefined();

  const l = a.load;
  expect([l.employees, l.units, l.years]).toEqual([1000, 30, [2026]]);
  const stored = Object.values(l.perStore as Record<string, number>).reduce((n, v) => n + v, 0);
  expect(l.records).toBe(stored);
  expect(l.perStore.skps).toBeGreaterThan(900);
  expect(l.perStore.evaluations).toBeGreaterThan(l.perStore.skps * 4 - 1);
  expect(l.perStore.realisasi).toBeGreaterThan(l.perStore.skps * 12 - 1);
  expect(l.raw.records).toBeGreaterThan(0);
  for (const v of [l.dexieRecordsPerSec, l.raw.rawRecordsPerSec, l.overheadRatio]) expect(v).toBeGreaterThan(0);

  expectStat(a.openEvaluation.queries, 20, 'open evaluation queries');
  expect(a.openEvaluation.queries.sample[0].realisasi).toBeGreaterThan(0);
  expectStat(a.openEvaluation.ui, 5, 'open evaluation UI');
  for (const periodId of Object.values(a.curve.periods as Record<string, string>)) {
    expectStat(a.curve[periodId].allUnits, 2, 'curve of all units');
    expect(a.curve[periodId].allUnits.units).toBe(5);
    expect(a.curve[periodId].largestUnit.members).toBeGreaterThan(100);
  }
  expectStat(a.hrOverview, 2, 'HR overview');
  expect(a.hrOverview.defaultPeriod).toContain('TRIWULAN IV-AKHIR 2026');
  expect(a.hrOverview.switched[0].ms).toBeGreaterThan(0);
  expectStat(a.search.name, 10, 'name search');
  expectStat(a.search.nip, 10, 'NIP search');
  expect(a.search.failures).toEqual([]);
  expect(a.heap.maxMB).toBeGreaterThanOrEqual(a.heap.endMB);
  expect(a.heap.endMB).toBeGreaterThan(1);
  expect(a.startOnAgency.interactiveMs).toBeGreaterThanOrEqual(a.startOnAgency.visibleMs);

  const cold = results.scenarios['cold-start'];
  expect(cold.error, cold.error).toBeUndefined();
  for (const start of [cold.firstStart, cold.secondStart]) expectStat(start.visible, 1, 'cold start');

  const d = results.scenarios.documents;
  expect(d.error, d.error).toBeUndefined();
  expect(d.batch.documents).toBe(10);
  expect(d.batch.workers).toBeGreaterThanOrEqual(1);
  for (const v of [d.batch.batchRenderSignMs, d.batch.sequentialRenderMs, d.batch.ratioToSequentialRender, d.signature.medianMs, d.signature.nativeKeyOpMs]) expect(v).toBeGreaterThan(0);
  expect(d.signature.forgeKeyOpMs).toBeGreaterThan(0);
  expect(d.ui.documents).toBeGreaterThan(100);
  expect(d.ui.files).toBe(d.ui.documents);
  expect(d.ui.longestTaskMs).toBeGreaterThanOrEqual(0);

  expect(Object.keys(results.pass)).toEqual(Object.keys(results.floors));
  for (const v of Object.values(results.pass)) expect([true, false, null]).toContain(v);
});
