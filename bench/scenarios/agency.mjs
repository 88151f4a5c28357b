/* global window */
/**
 * agency: the big dataset — a synthetic agency (10,000 employees, 300 units) with three
 * appraisal years (shared/demo/synthetic-year.ts) — loaded into the real IndexedDB of Chromium on an
 * on-disk profile, then:
 *   load       records/s through the app's AppDb next to raw IndexedDB (same records, same indexes)
 *   queries    in the bench page with the app's code: opening evaluations (the wizard's reads),
 *              unitCurve for every unit of a period and for the largest unit
 *   ui         the app's screens on that profile: start, evaluations, HR overview, search, heap
 */
import { launchDiskProfile, openBenchPage } from '../runner/setup.mjs';
import { summarise } from '../runner/stats.mjs';
import { loadAgency } from './agency-load.mjs';
import { appOnAgency } from './agency-ui.mjs';
import { unitsFor } from './employee-search.mjs';

const mb = (bytes) => (bytes == null ? null : Math.round((bytes / 1024 / 1024) * 10) / 10);
const r1 = (n) => (n == null ? null : Math.round(n * 10) / 10);

/** A plain context: IndexedDB kept in memory by Chromium (faster, but not what the desktop app has). */
async function memoryProfile(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  return { context, relaunch: async () => context, close: () => context.close() };
}

/** A deterministic spread of evaluation ids over every year, period and status. */
function sampleIds(lib, ids, n, seed) {
  const rng = lib.createRng(seed);
  const out = new Set();
  while (out.size < Math.min(n, ids.length)) out.add(rng.pick(ids));
  return [...out];
}

function loadSummary(loaded) {
  const t = loaded.totals;
  const p = t.paired;
  return {
    employees: loaded.agency.employees.length,
    units: loaded.agency.units.length,
    years: loaded.years.years,
    records: t.records,
    perStore: loaded.expected,
    batches: t.batches,
    jsonMB: mb(t.jsonBytes),
    generateMs: Math.round(loaded.generateMs),
    stringifyMs: Math.round(t.stringifyMs),
    parseInPageMs: Math.round(t.parseMs),
    dexieWriteMs: Math.round(t.dexieMs),
    dexieRecordsPerSec: Math.round(t.records / (t.dexieMs / 1000)),
    raw: p.batches
      ? {
          note: p.batches === t.batches ? 'every batch written both ways' : `every ${loaded.rawEvery}th batch written both ways; the ratio compares those writes`,
          batches: p.batches,
          records: p.records,
          dexieWriteMs: Math.round(p.dexieMs),
          rawWriteMs: Math.round(p.rawMs),
          dexieRecordsPerSec: Math.round(p.records / (p.dexieMs / 1000)),
          rawRecordsPerSec: Math.round(p.records / (p.rawMs / 1000)),
        }
      : null,
    overheadRatio: p.batches ? Math.round((p.dexieMs / p.rawMs) * 100) / 100 : null,
    wallMs: Math.round(loaded.wallMs),
    wallRecordsPerSec: Math.round(t.records / (loaded.wallMs / 1000)),
    schema: loaded.prepared,
  };
}

async function timeCurves(page, periodIds, runs) {
  const all = {};
  let largest = null;
  for (const periodId of periodIds) {
    const results = [];
    for (let i = 0; i < runs; i += 1) results.push(await page.evaluate((id) => window.pekaBench.curveAll(id), periodId));
    const last = results.at(-1);
    const biggest = [...last.curves].sort((a, b) => b.members - a.members)[0];
    largest ??= biggest;
    const one = [];
    for (let i = 0; i < runs; i += 1) one.push(await page.evaluate(([id, unit]) => window.pekaBench.curveOne(id, unit), [periodId, biggest.unitId]));
    const same = JSON.stringify(one.at(-1).curve) === JSON.stringify(biggest);
    if (!same) throw new Error(`the largest unit's curve differs between the whole-agency and the per-unit read: ${JSON.stringify({ all: biggest, one: one.at(-1).curve })}`);
    all[periodId] = {
      allUnits: { ...summarise(results.map((r) => r.totalMs)), readMedianMs: summarise(results.map((r) => r.readMs)).p50, computeMedianMs: summarise(results.map((r) => r.computeMs)).p50, units: last.units, evaluations: last.evaluations, employees: last.employees, violations: last.curves.reduce((n, c) => n + c.violations, 0) },
      largestUnit: { unitId: biggest.unitId, members: biggest.members, ...summarise(one.map((r) => r.totalMs)), readMedianMs: summarise(one.map((r) => r.readMs)).p50, computeMedianMs: summarise(one.map((r) => r.computeMs)).p50 },
    };
  }
  return { byPeriod: all, largest };
}

export async function agency({ browser, url, lib, options }) {
  const employees = options.employees;
  const units = options.units ?? unitsFor(employees);
  const phases = {};
  let mark = Date.now();
  const phase = (name) => {
    phases[name] = Date.now() - mark;
    mark = Date.now();
  };
  const profile = options.memoryProfile ? await memoryProfile(browser) : await launchDiskProfile();
  try {
    const loader = await openBenchPage(profile.context, url);
    const loaded = await loadAgency(loader, lib, { url, employees, units, years: options.years, rawEvery: options.noRaw ? 0 : options.rawEvery });
    const heapAfterLoad = await loader.evaluate(() => window.pekaBench.heap());
    await loader.evaluate(() => window.pekaBench.close());
    phase('launchAndLoad');
    // As a desktop user would: the data is loaded, the app is started again later. Reads right after
    // a large write on a disk profile otherwise wait on the database's own flushing and compaction.
    await profile.relaunch();
    phase('restart');
    const page = await openBenchPage(profile.context, url);
    await page.evaluate(() => window.pekaBench.open());

    const ids = sampleIds(lib, loaded.evaluationIds, options.evalSamples + 3, 7);
    const opened = await page.evaluate((list) => window.pekaBench.openEvaluations(list), ids);
    if (opened.some((o) => !o.found || o.rhk === 0)) throw new Error(`an evaluation did not open: ${JSON.stringify(opened.find((o) => !o.found || o.rhk === 0))}`);
    const openStats = opened.slice(3);

    const last = loaded.years.headers.at(-1);
    const finalQuarter = last.periods.at(-2);
    const openQuarter = last.periods.at(-1);
    const curves = await timeCurves(page, [finalQuarter.id, openQuarter.id], options.curveRuns);
    await page.evaluate(() => window.pekaBench.close());
    await page.close();
    phase('queries');

    const largestUnit = loaded.agency.units.find((u) => u.id === curves.largest.unitId);
    loaded.topUnits = Object.values(curves.byPeriod)[0].allUnits.units;
    const ui = await appOnAgency({
      context: profile.context,
      url,
      lib,
      loaded,
      options,
      sample: sampleIds(lib, loaded.evaluationIds, options.uiEvalSamples + 3, 11),
      largest: largestUnit,
      switchTo: [`${finalQuarter.label} ${finalQuarter.year}`],
    });
    phase('ui');
    return {
      phasesMs: { ...phases, ui: ui.phasesMs },
      load: loadSummary(loaded),
      heapAfterLoad: { usedMB: mb(heapAfterLoad.used), afterGcMB: mb(heapAfterLoad.afterGc), page: 'bench page (the app is not running there)' },
      openEvaluation: {
        queries: {
          ...summarise(openStats.map((o) => o.ms)),
          reads: 'loadView of evaluation.queries.ts via the app AppDb',
          sample: openStats.slice(0, 3).map((o) => ({ ...o, ms: r1(o.ms) })),
          msInOrder: openStats.map((o) => Math.round(o.ms)),
        },
        ui: ui.evaluations,
      },
      curve: { periods: { final: finalQuarter.id, open: openQuarter.id }, ...curves.byPeriod },
      hrOverview: ui.overview,
      curveDetail: ui.curveDetail,
      startOnAgency: ui.start,
      search: ui.search,
      heap: ui.heap,
    };
  } finally {
    await profile.close();
  }
}
