/* global window */
/**
 * Generates the synthetic agency and its appraisal years in Node, chunk by chunk, and streams each
 * chunk into the bench page (bench/page/bench-page.ts), where it is written twice and timed: through
 * the app's AppDb (Dexie bulkPut in one transaction, as the app loads its demo) into 'peka', and with
 * plain IndexedDB put() loops into a twin database with the same stores and indexes. The order
 * alternates per batch so neither side always writes to a warmer disk cache. With rawEvery > 1 only
 * every n-th batch is also written raw (the run stays within minutes on two cores); the overhead
 * ratio then compares the two writes of exactly those batches.
 *
 * Batches reach the page by fetch() from Playwright's router, not as page.evaluate arguments: those
 * stay reachable in the page (the bench page's heap grew to 900 MB that way).
 */
const RAW_DB = 'peka-bench-raw';
const MAX_BATCH = 10_000;

/** Splits { store: rows } into batches of at most MAX_BATCH records, stores kept whole where they fit. */
function* batches(stores) {
  let batch = {};
  let size = 0;
  for (const [store, rows] of Object.entries(stores)) {
    for (let i = 0; i < rows.length; ) {
      const take = Math.min(rows.length - i, MAX_BATCH - size);
      batch[store] = rows.slice(i, i + take);
      size += take;
      i += take;
      if (size >= MAX_BATCH) {
        yield batch;
        batch = {};
        size = 0;
      }
    }
  }
  if (size > 0) yield batch;
}

/** The settings row the app finds on start (so it never loads the demo over the data), desk = a supervisor. */
function settingsRow(lib, agency) {
  const desk = agency.units.find((u) => u.kind === 'seksi')?.headEmployeeId;
  return { ...lib.DEFAULT_SETTINGS, agencyName: 'PEMERINTAH KABUPATEN SINTETIS', signingPlace: 'Sintetis', ...(desk ? { deskEmployeeId: desk } : {}) };
}

export async function loadAgency(page, lib, { url, employees, units, years: yearCount = 3, rawEvery = 1 }) {
  const wallStarted = performance.now();
  let generateMs = 0;
  const gen = (fn) => {
    const t = performance.now();
    const out = fn();
    generateMs += performance.now() - t;
    return out;
  };
  const agency = gen(() => lib.generateSyntheticAgency({ employees, units }));
  const years = gen(() => lib.createSyntheticYears(agency, { years: lib.SYNTHETIC_YEARS.slice(-yearCount) }));
  const prepared = await page.evaluate((name) => window.pekaBench.prepare(name), RAW_DB);
  const bodies = new Map();
  const batchUrl = `${url}__peka_bench__/batch/`;
  const serve = (route) => {
    const key = route.request().url();
    const body = bodies.get(key);
    bodies.delete(key);
    return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
  };
  await page.context().route(`${batchUrl}*`, serve);

  const withRaw = rawEvery > 0;
  const totals = { records: 0, batches: 0, jsonBytes: 0, stringifyMs: 0, parseMs: 0, dexieMs: 0, paired: { batches: 0, records: 0, dexieMs: 0, rawMs: 0 } };
  const expected = {};
  const evaluationIds = [];
  const write = async (stores) => {
    for (const [store, rows] of Object.entries(stores)) expected[store] = (expected[store] ?? 0) + rows.length;
    for (const batch of batches(stores)) {
      const t = performance.now();
      const json = JSON.stringify(batch);
      totals.stringifyMs += performance.now() - t;
      const raw = withRaw && totals.batches % rawEvery === 0;
      const at = `${batchUrl}${totals.batches}`;
      bodies.set(at, json);
      const r = await page.evaluate(([from, rawFirst, both]) => window.pekaBench.fetchBatch(from, rawFirst, both), [at, totals.paired.batches % 2 === 1, raw]);
      totals.records += r.records;
      totals.jsonBytes += json.length;
      totals.parseMs += r.parseMs;
      totals.dexieMs += r.dexieMs;
      totals.batches += 1;
      if (raw) {
        totals.paired.batches += 1;
        totals.paired.records += r.records;
        totals.paired.dexieMs += r.dexieMs;
        totals.paired.rawMs += r.rawMs;
      }
    }
  };

  await write({
    settings: [settingsRow(lib, agency)],
    units: agency.units,
    positions: agency.positions,
    employees: agency.employees,
    appraisalYears: years.headers.map((h) => h.year),
    periods: years.headers.flatMap((h) => h.periods),
    orgResults: years.headers.flatMap((h) => h.orgResults),
  });
  const iterator = years.chunks();
  for (;;) {
    const next = gen(() => iterator.next());
    if (next.done) break;
    const { skps, realisasi, feedback, evaluations, audit } = next.value;
    for (const ev of evaluations) evaluationIds.push(ev.id);
    await write({ skps, realisasi, feedback, evaluations, audit });
  }
  await page.context().unroute(`${batchUrl}*`, serve);
  const stored = await page.evaluate(() => window.pekaBench.finishLoad());
  const wallMs = performance.now() - wallStarted;
  const rawExpected = totals.paired.records;
  const rawStored = Object.values(stored.rawCounts).reduce((a, b) => a + b, 0);
  const mismatched = Object.entries(expected).filter(([store, n]) => stored.counts[store] !== n);
  if (withRaw && rawStored !== rawExpected) mismatched.push(['raw', `${rawStored} stored, ${rawExpected} written`]);
  if (mismatched.length) throw new Error(`stored counts differ from generated: ${JSON.stringify({ expected, stored })}`);
  return { agency, years, evaluationIds, prepared, totals, expected, wallMs, generateMs, rawEvery };
}
