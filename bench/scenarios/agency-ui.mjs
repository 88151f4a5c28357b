/* global document, window, MutationObserver */
/**
 * The app's own screens on the loaded agency (a new tab on the same on-disk profile): start to the
 * home page, opening evaluations (#/evaluasi/<id> until the wizard's step heading), HR's overview
 * (#/evaluasi/kurva until every unit's row), another period chosen in it, one unit's curve detail,
 * employee search, and the JS heap at the end.
 */
import { summarise } from '../runner/stats.mjs';
import { HOME_HEADING, timeHomeStart } from './cold-start.mjs';
import { countText, heapUsage } from './in-page.mjs';
import { clickProbe, hashProbe, homeProbe } from './in-page-app.mjs';
import { pickQueries, timeSearches, waitForCount } from './employee-search.mjs';

const NEUTRAL = { hash: '#/evaluasi/__bench_none__', selector: '[role="alert"]', text: 'Evaluasi tidak ditemukan' };
const ROW = '[data-testid="curve-unit-row"]';
const mb = (bytes) => (bytes == null ? null : Math.round((bytes / 1024 / 1024) * 10) / 10);
const r1 = (n) => Math.round(n * 10) / 10;

async function go(page, probe) {
  const r = await page.evaluate(hashProbe, probe);
  if (!r.ok) throw new Error(`${probe.hash}: "${probe.selector}" did not appear (found ${r.found})`);
  return r;
}

async function openEvaluationsUi(page, ids) {
  const runs = [];
  for (const id of ids) {
    await go(page, NEUTRAL);
    const r = await go(page, { hash: `#/evaluasi/${id}`, selector: '#eval-step-heading' });
    runs.push({ id, ms: r1(r.ms), frameMs: r1(r.frameMs) });
  }
  return runs;
}

async function overviewUi(page, runs, units) {
  const out = [];
  for (let i = 0; i < runs; i += 1) {
    await go(page, NEUTRAL);
    const r = await go(page, { hash: '#/evaluasi/kurva', selector: ROW, minCount: units });
    out.push({ ms: r1(r.ms), frameMs: r1(r.frameMs) });
  }
  const label = await page.locator('table[aria-label]').first().getAttribute('aria-label');
  return { runs: out, defaultPeriod: label };
}

/** Chooses a period in the overview's select; timed in the page from the option's mousedown to the table of that period. */
async function switchPeriodUi(page, optionLabel, units) {
  await page.evaluate(
    ({ label, rowSelector, minCount }) => {
      window.__benchSwitch = new Promise((resolve) => {
        let started = null;
        document.addEventListener('mousedown', (e) => started ??= e.target.closest?.('[role="option"]') ? performance.now() : null, { capture: true });
        const observer = new MutationObserver(() => {
          const table = document.querySelector(`table[aria-label$="${label}"]`);
          if (started !== null && table && table.querySelectorAll(rowSelector).length >= minCount) {
            observer.disconnect();
            resolve({ ms: performance.now() - started });
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
      });
    },
    { label: optionLabel, rowSelector: ROW, minCount: units },
  );
  await page.getByRole('combobox', { name: 'Periode penilaian' }).click();
  await page.getByRole('option', { name: optionLabel, exact: true }).click();
  const r = await page.evaluate(() => Promise.race([window.__benchSwitch, new Promise((resolve) => setTimeout(() => resolve({ ms: null, timeout: true }), 30_000))]));
  if (r.ms == null) throw new Error(`switching the overview to ${optionLabel} did not show its table`);
  return { period: optionLabel, ms: r1(r.ms) };
}

async function curveDetailUi(page, unitName) {
  const button = page.getByRole('button', { name: `Lihat kurva ${unitName}`, exact: true });
  const r = await button.evaluate(clickProbe, { selector: '#curve-detail-title' });
  if (!r.ok) throw new Error(`the curve of ${unitName} did not open`);
  return { unit: unitName, ms: r1(r.ms), frameMs: r1(r.frameMs) };
}

export async function appOnAgency({ context, url, lib, loaded, options, sample, largest, switchTo }) {
  await context.addInitScript(homeProbe, { heading: HOME_HEADING });
  const page = await context.newPage();
  const phases = {};
  let mark = Date.now();
  const phase = (name) => {
    phases[name] = Date.now() - mark;
    mark = Date.now();
  };
  try {
    const start = await timeHomeStart(page, url);
    phase('start');
    const heapAfterStart = await page.evaluate(heapUsage);

    const warm = await openEvaluationsUi(page, sample.slice(0, 3));
    const evaluations = await openEvaluationsUi(page, sample.slice(3));
    phase('evaluations');
    const topUnits = loaded.topUnits;
    const overview = await overviewUi(page, options.uiRuns, topUnits);
    const switched = [];
    for (const label of switchTo) switched.push(await switchPeriodUi(page, label, topUnits));
    const detail = await curveDetailUi(page, largest.name);
    const heapAfterOverview = await page.evaluate(heapUsage);
    phase('overview');

    await go(page, { hash: '#/pegawai', selector: '[data-testid="employee-row"]' });
    const total = loaded.agency.employees.length;
    await waitForCount(page, (t) => t === countText(total, total), 60_000);
    const queries = pickQueries(lib, loaded.agency.employees, options.queriesPerKind, 20260101);
    const search = await timeSearches(page, loaded.agency.employees, queries, total);
    const heapEnd = await page.evaluate(heapUsage);
    phase('search');
    const stat = (runs) => summarise(runs.map((r) => r.ms));
    return {
      phasesMs: phases,
      start,
      evaluations: { ...stat(evaluations), frameP95: summarise(evaluations.map((r) => r.frameMs)).p95, warmup: warm.map((r) => r.ms), slowest: [...evaluations].sort((a, b) => b.ms - a.ms).slice(0, 3) },
      overview: { ...stat(overview.runs), defaultPeriod: overview.defaultPeriod, runs: overview.runs.map((r) => r.ms), switched },
      curveDetail: detail,
      search: { name: search.name, nip: search.nip, clear: search.clear, failures: search.failures },
      heap: {
        afterStartMB: mb(heapAfterStart.used),
        afterStartGcMB: mb(heapAfterStart.afterGc),
        afterOverviewMB: mb(heapAfterOverview.used),
        afterOverviewGcMB: mb(heapAfterOverview.afterGc),
        endMB: mb(heapEnd.used),
        endGcMB: mb(heapEnd.afterGc),
        maxMB: mb(Math.max(heapAfterStart.used, heapAfterOverview.used, heapEnd.used)),
      },
    };
  } finally {
    await page.close();
  }
}
