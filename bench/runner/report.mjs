/** bench/results.json and the table printed after a run. */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/**
 * Floors from the issues: compared and reported, never a reason to fail the run. A value passes when
 * it is below its floor; the load overhead ("no worse than 1.5×") passes at or below.
 */
export const FLOORS = {
  'agency.search.name.p95Ms': 50,
  'agency.search.nip.p95Ms': 50,
  'agency.openEvaluation.ui.p95Ms': 100,
  'agency.curve.allUnits.p95Ms': 500,
  'agency.hrOverview.maxMs': 1000,
  'agency.heap.maxMB': 400,
  'agency.load.overheadRatio': 1.5,
  'employee-search.name.p95Ms': 50,
  'employee-search.nip.p95Ms': 50,
  'employee-import.totalMs': 5000,
  'documents.batch.ms': 60000,
  'documents.batch.mainThreadStallMs': 100,
  'documents.ui.longestTaskMs': 100,
  'documents.signature.medianMs': 10,
};
const AT_MOST = new Set(['agency.load.overheadRatio']);

export function machine(browserVersion) {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    totalMemGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    chromium: browserVersion,
  };
}

const worst = (...values) => (values.some((v) => v == null) ? null : Math.max(...values));

function agencyValues(a) {
  if (!a || a.error || a.skipped) return {};
  const curves = [a.curve?.[a.curve?.periods?.final], a.curve?.[a.curve?.periods?.open]];
  return {
    'agency.search.name.p95Ms': a.search?.name?.p95,
    'agency.search.nip.p95Ms': a.search?.nip?.p95,
    'agency.openEvaluation.ui.p95Ms': a.openEvaluation?.ui?.p95,
    'agency.curve.allUnits.p95Ms': worst(...curves.map((c) => c?.allUnits?.p95)),
    'agency.hrOverview.maxMs': worst(a.hrOverview?.max, ...(a.hrOverview?.switched ?? []).map((s) => s.ms)),
    'agency.heap.maxMB': a.heap?.maxMB,
    'agency.load.overheadRatio': a.load?.overheadRatio,
  };
}

function documentValues(d) {
  if (!d || d.error || d.skipped) return {};
  return {
    'documents.batch.ms': d.batch?.batchRenderSignMs,
    'documents.batch.mainThreadStallMs': d.batch?.longestMainThreadStallMs,
    'documents.ui.longestTaskMs': d.ui?.longestTaskMs,
    'documents.signature.medianMs': d.signature?.medianMs,
  };
}

function measured(scenarios) {
  const search = scenarios['employee-search'];
  const imp = scenarios['employee-import'];
  return {
    ...agencyValues(scenarios.agency),
    'employee-search.name.p95Ms': search?.search?.name?.p95,
    'employee-search.nip.p95Ms': search?.search?.nip?.p95,
    'employee-import.totalMs': imp?.totalMs,
    ...documentValues(scenarios.documents),
  };
}

/** true / false against each floor; null when the scenario did not run, was skipped or failed. */
export function verdicts(scenarios) {
  const values = measured(scenarios);
  return Object.fromEntries(Object.entries(FLOORS).map(([key, floor]) => [key, values[key] == null ? null : AT_MOST.has(key) ? values[key] <= floor : values[key] < floor]));
}

/** The measured value of each floor (for the table and the README). */
export function floorValues(scenarios) {
  return measured(scenarios);
}

export function writeResults(path, results) {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

const fmt = (v, unit = 'ms') => (v == null ? '—' : `${v} ${unit}`);
const verdict = (v) => (v === null ? 'n/a' : v ? 'PASS' : 'MISS');

function searchRows(s) {
  const rows = [];
  for (const kind of ['name', 'nip', 'clear']) {
    const st = s.search?.[kind];
    if (st) rows.push([`search ${kind} (n=${st.n})`, `p50 ${fmt(st.p50)} · p95 ${fmt(st.p95)} · max ${fmt(st.max)} · next frame p95 ${fmt(st.frameP95)}`]);
  }
  if (s.search?.failures?.length) rows.push(['search failures', JSON.stringify(s.search.failures.slice(0, 3))]);
  const fr = s.firstRender;
  rows.push([`first render of ${s.employees} rows`, `median ${fmt(fr?.medianMs)} after reload (runs: ${fr?.runs?.map((r) => r.firstRenderMs).join(', ')})`]);
  rows.push(['  of which IDB read (employees)', `median ${fmt(fr?.employeesReadMedianMs)}; Intl.Collator sort of the names alone ${fmt(fr?.collatorSortMs)}`]);
  rows.push(['JS heap after load', `${fmt(s.heap?.usedMB, 'MB')} (after GC ${fmt(s.heap?.afterGcMB, 'MB')})`]);
  rows.push(['synthetic data', `${s.employees} employees, ${s.units} units: generated in ${fmt(s.generateMs)}, written to IndexedDB in ${fmt(s.write?.ms)}`]);
  return rows;
}

function importRows(s) {
  return [
    [`import ${s.rows} rows (${Math.round(s.fileBytes / 1024)} KB)`, `file chosen → preview ${fmt(s.chosenToPreviewMs)} (read ${fmt(s.readMs)}, check ${fmt(s.checkMs)}) · commit ${fmt(s.commitMs)} · total ${fmt(s.totalMs)}`],
    ['  preview counts', Object.values(s.counts ?? {}).filter(Boolean).join(', ')],
    ['  list after closing', `${fmt(s.listAfterCloseMs)} until "${s.finalCountLine}"`],
  ];
}

function agencyRows(a) {
  const l = a.load;
  const st = (s) => (s ? `p50 ${fmt(s.p50)} · p95 ${fmt(s.p95)} · max ${fmt(s.max)} (n=${s.n})` : '—');
  const rows = [
    [`dataset`, `${l.employees} employees, ${l.units} units, years ${l.years.join(', ')}: ${l.records.toLocaleString('en')} records (${l.jsonMB} MB JSON) in ${l.batches} batches`],
    ['  per store', Object.entries(l.perStore).map(([k, v]) => `${k} ${v}`).join(', ')],
    ['load through AppDb (Dexie)', `${fmt(l.dexieWriteMs)} → ${l.dexieRecordsPerSec.toLocaleString('en')} records/s`],
    [
      'vs raw IndexedDB (same records)',
      l.raw == null ? 'skipped (--no-raw)' : `${l.raw.records.toLocaleString('en')} records in ${l.raw.batches} batches: AppDb ${fmt(l.raw.dexieWriteMs)} (${l.raw.dexieRecordsPerSec.toLocaleString('en')}/s), raw ${fmt(l.raw.rawWriteMs)} (${l.raw.rawRecordsPerSec.toLocaleString('en')}/s): overhead ${l.overheadRatio}×`,
    ],
    ['  end to end (generate+send+write)', `${fmt(l.wallMs)} (${l.wallRecordsPerSec.toLocaleString('en')} records/s); generate ${fmt(l.generateMs)}, JSON ${fmt(l.stringifyMs)}, parse in page ${fmt(l.parseInPageMs)}`],
    ['open evaluation: queries', st(a.openEvaluation.queries)],
    ['open evaluation: #/evaluasi/<id> to step heading', st(a.openEvaluation.ui)],
  ];
  for (const [kind, periodId] of Object.entries(a.curve.periods)) {
    const c = a.curve[periodId];
    rows.push([`curve all units, ${kind} period (${c.allUnits.units} units, ${c.allUnits.evaluations} evaluations)`, `${st(c.allUnits)}; read ${fmt(c.allUnits.readMedianMs)} + compute ${fmt(c.allUnits.computeMedianMs)}`]);
    rows.push([`curve largest unit (${c.largestUnit.members} members)`, `${st(c.largestUnit)}; read ${fmt(c.largestUnit.readMedianMs)} + compute ${fmt(c.largestUnit.computeMedianMs)}`]);
  }
  rows.push(['HR overview #/evaluasi/kurva', `${st(a.hrOverview)}; default period "${a.hrOverview.defaultPeriod}"`]);
  for (const s of a.hrOverview.switched) rows.push([`  period switched to ${s.period}`, fmt(s.ms)]);
  rows.push([`curve detail of the largest unit`, fmt(a.curveDetail.ms)]);
  rows.push(['start on this agency (home visible / interactive)', `${fmt(a.startOnAgency.visibleMs)} / ${fmt(a.startOnAgency.interactiveMs)}`]);
  for (const kind of ['name', 'nip']) rows.push([`search ${kind} on this agency`, st(a.search[kind])]);
  const h = a.heap;
  rows.push(['JS heap of the app (used / after GC)', `after start ${fmt(h.afterStartMB, 'MB')} / ${fmt(h.afterStartGcMB, 'MB')}; after HR overview ${fmt(h.afterOverviewMB, 'MB')} / ${fmt(h.afterOverviewGcMB, 'MB')}; at the end ${fmt(h.endMB, 'MB')} / ${fmt(h.endGcMB, 'MB')}`]);
  rows.push(['JS heap of the bench page after load', `${fmt(a.heapAfterLoad.usedMB, 'MB')} / ${fmt(a.heapAfterLoad.afterGcMB, 'MB')} (its own batches, not the app)`]);
  return rows;
}

function documentRows(d) {
  const b = d.batch;
  const s = d.signature;
  const u = d.ui;
  return [
    [`${b.documents} Dokumen Evaluasi, render + sign, batch (${b.workers} worker threads)`, `${fmt(b.batchRenderSignMs)}: ${b.docsPerSecond.batchRenderSign} documents/s, ${b.ratioToSequentialRender}× a plain sequential pdfmake loop (${b.docsPerSecond.sequentialRender}/s); main thread stalled at most ${fmt(b.longestMainThreadStallMs)}`],
    ['  sequential render + sign (one thread)', `${fmt(b.sequentialRenderSignMs)} (${b.docsPerSecond.sequentialRenderSign}/s); CPU per document: render ${fmt(b.cpuMsPerDocument.sequentialRender)}, render + sign ${fmt(b.cpuMsPerDocument.sequentialRenderSign)}`],
    [`one signature (signPdf, ${s.documents} PDFs of ${Math.round(s.pdfBytes / 1024)} KB)`, `median ${fmt(s.medianMs)}, mean ${fmt(s.meanMs)}, CPU ${fmt(s.cpuMs)}; RSA-2048 key operation: native ${fmt(s.nativeKeyOpMs)}, node-forge ${fmt(s.forgeKeyOpMs)}`],
    [`app bulk export in Chromium (${u.documents} Dokumen Evaluasi, ZIP)`, `${fmt(u.ms)} (${u.docsPerSecond}/s); longest UI-thread task ${fmt(u.longestTaskMs)} (${u.longTasks} over 50 ms: ${u.worstTasksMs.join(', ')})`],
  ];
}

function coldRows(c) {
  const f = (s) => `visible ${fmt(s.visible.p50)} · interactive ${fmt(s.interactive.p50)} (median of ${s.visible.n}; max ${fmt(s.interactive.max)})`;
  return [
    ['first start (demo written)', f(c.firstStart)],
    ['second start (same profile)', f(c.secondStart)],
  ];
}

export function printTable(results) {
  const m = results.machine;
  const lines = [`Peka bench — ${results.date} — ${m.cpus}× ${m.cpuModel}, ${m.totalMemGB} GB, Node ${m.node}, Chromium ${m.chromium}, load ${m.loadAvg1.before} → ${m.loadAvg1.after}`];
  const rows = [];
  for (const [name, s] of Object.entries(results.scenarios)) {
    rows.push([`[${name}]`, s.skipped ? `skipped: ${s.skipped}` : s.error ? `ERROR: ${s.error}` : '']);
    if (s.skipped || s.error) continue;
    if (name === 'agency') rows.push(...agencyRows(s));
    if (name === 'cold-start') rows.push(...coldRows(s));
    if (name === 'employee-search') rows.push(...searchRows(s));
    if (name === 'employee-import') rows.push(...importRows(s));
    if (name === 'documents') rows.push(...documentRows(s));
  }
  rows.push(['[floors]', '']);
  const values = floorValues(results.scenarios);
  for (const [key, floor] of Object.entries(results.floors)) rows.push([`${key} ${AT_MOST.has(key) ? '≤' : '<'} ${floor}`, `${verdict(results.pass[key])}${values[key] == null ? '' : ` (${values[key]})`}`]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) lines.push(`${k.padEnd(width)}  ${v}`);
  console.log(lines.join('\n'));
}
