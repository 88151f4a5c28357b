/* global window */
/**
 * employee-search: a 10,000-employee agency in the real IndexedDB, the Pegawai page reloaded on it,
 * then name and NIP searches timed inside the page (input event → count line shows the result).
 */
import { newAppPage } from '../runner/setup.mjs';
import { summarise } from '../runner/stats.mjs';
import { collatorSortCost, countText, firstRenderProbe, heapUsage, normaliseCount, searchProbe, writeOrganisation } from './in-page.mjs';

const SEARCH_LABEL = 'Cari nama atau NIP';
const TIMEOUT_MS = 10_000;

/** Units for an agency of n employees: 300 for 10,000, at least 7. */
export const unitsFor = (n) => Math.max(7, Math.min(n, Math.round(n / 33.3)));

/** Name queries: 3–5 leading letters of a random name; NIP queries: 8–14 leading digits of a random NIP. */
export function pickQueries(lib, employees, perKind, seed) {
  const rng = lib.createRng(seed);
  const withNip = employees.filter((e) => e.nip);
  const name = [];
  const nip = [];
  for (let guard = 0; name.length < perKind && guard < perKind * 20; guard += 1) {
    const q = rng.pick(employees).name.slice(0, rng.int(3, 5));
    if (q.trim().length >= 3) name.push(q);
  }
  while (nip.length < perKind) nip.push(rng.pick(withNip).nip.slice(0, rng.int(8, 14)));
  return { name, nip };
}

/** The number of rows the page should show for a query (renderer employees.queries filterEmployees). */
function expectedShown(employees, value) {
  const q = value.trim().toLowerCase();
  const digits = q.replace(/[\s.]/g, '');
  if (q === '') return employees.length;
  if (/^\d+$/.test(digits)) return employees.filter((e) => (e.nip ?? '').startsWith(digits)).length;
  return employees.filter((e) => e.searchKey.includes(q)).length;
}

export async function waitForCount(page, predicate, timeout = 30_000) {
  const line = page.getByTestId('employee-count');
  await line.waitFor({ timeout });
  const started = Date.now();
  for (;;) {
    const text = normaliseCount(await line.textContent());
    if (predicate(text)) return text;
    if (Date.now() - started > timeout) throw new Error(`count line stayed "${text}"`);
    await page.waitForTimeout(50);
  }
}

async function reloadAndTime(page) {
  await page.reload();
  await page.waitForFunction(() => window.__benchFirstRender !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const employees = window.__benchIdb.filter((r) => r.store === 'employees').at(-1);
    return {
      firstRenderMs: window.__benchFirstRender,
      domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
      employeesReadStartMs: employees?.start ?? null,
      employeesReadMs: employees?.ms ?? null,
      employeesRead: employees?.count ?? null,
      reads: window.__benchIdb.length,
    };
  });
}

export async function timeSearches(page, employees, queries, total) {
  const input = page.getByLabel(SEARCH_LABEL);
  const full = countText(total, total);
  const results = { name: [], nip: [], clear: [] };
  const failures = [];
  const run = async (kind, value) => {
    const expected = countText(expectedShown(employees, value), total);
    const hit = await input.evaluate(searchProbe, { value, expected, timeoutMs: TIMEOUT_MS });
    if (!hit.ok) failures.push({ kind, value, expected, shown: hit.text });
    else results[kind]?.push(hit);
    const clear = await input.evaluate(searchProbe, { value: '', expected: full, timeoutMs: TIMEOUT_MS });
    if (!clear.ok) throw new Error(`clearing the search box did not bring back "${full}" (shows "${clear.text}")`);
    results.clear.push(clear);
  };
  // Warm-up (JIT, first layout of the filtered table): not counted.
  for (const value of [...queries.name.slice(0, 3), ...queries.nip.slice(0, 3)]) await run('warmup', value);
  results.clear.length = 0;
  for (let i = 0; i < Math.max(queries.name.length, queries.nip.length); i += 1) {
    if (queries.name[i] !== undefined) await run('name', queries.name[i]);
    if (queries.nip[i] !== undefined) await run('nip', queries.nip[i]);
  }
  const stats = (list) => ({ ...summarise(list.map((r) => r.ms)), frameP95: summarise(list.map((r) => r.frameMs)).p95 });
  return { name: stats(results.name), nip: stats(results.nip), clear: stats(results.clear), queries, failures };
}

const median = (values) => summarise(values).p50;

export async function employeeSearch({ browser, url, lib, options }) {
  const total = options.employees;
  const startedGen = performance.now();
  const agency = lib.generateSyntheticAgency({ employees: total, units: options.units ?? unitsFor(total) });
  const generateMs = performance.now() - startedGen;
  const queries = pickQueries(lib, agency.employees, options.queriesPerKind, 20260101);

  const { context, page } = await newAppPage(browser);
  try {
    const target = countText(total, total);
    await context.addInitScript(firstRenderProbe, { target });
    await page.goto(`${url}#/pegawai`);
    const demo = await waitForCount(page, (t) => /^[1-9]\d* dari [1-9]\d* pegawai$/.test(t));
    const write = await page.evaluate(writeOrganisation, { dbName: 'peka', ...agency });

    const reloads = [];
    for (let i = 0; i < options.reloads; i += 1) reloads.push(await reloadAndTime(page));
    await waitForCount(page, (t) => t === target);
    const heap = await page.evaluate(heapUsage);
    const sortMs = await page.evaluate(collatorSortCost, agency.employees.map((e) => e.name));
    const search = await timeSearches(page, agency.employees, queries, total);

    return {
      employees: total,
      units: agency.units.length,
      positions: agency.positions.length,
      generateMs: round(generateMs),
      demoCountLine: demo,
      write: { ms: round(write.ms), nativeDbVersion: write.nativeVersion },
      firstRender: {
        medianMs: round(median(reloads.map((r) => r.firstRenderMs))),
        employeesReadMedianMs: round(median(reloads.map((r) => r.employeesReadMs ?? NaN))),
        collatorSortMs: round(sortMs),
        runs: reloads.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]))),
      },
      heap: { usedMB: mb(heap.used), afterGcMB: mb(heap.afterGc) },
      search: { ...search, queries: undefined, sample: { name: search.queries.name.slice(0, 5), nip: search.queries.nip.slice(0, 5) } },
    };
  } finally {
    await context.close();
  }
}

const round = (n) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : null);
const mb = (bytes) => (bytes == null ? null : Math.round((bytes / 1024 / 1024) * 10) / 10);
