/** bench/results.json and the table printed after a run. */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** Floors from the issues: compared and reported, never a reason to fail the run. */
export const FLOORS = {
  'employee-search.name.p95Ms': 50,
  'employee-search.nip.p95Ms': 50,
  'employee-import.totalMs': 5000,
};

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

function measured(scenarios) {
  const search = scenarios['employee-search'];
  const imp = scenarios['employee-import'];
  return {
    'employee-search.name.p95Ms': search?.search?.name?.p95,
    'employee-search.nip.p95Ms': search?.search?.nip?.p95,
    'employee-import.totalMs': imp?.totalMs,
  };
}

/** true / false against each floor; null when the scenario did not run, was skipped or failed. */
export function verdicts(scenarios) {
  const values = measured(scenarios);
  return Object.fromEntries(Object.entries(FLOORS).map(([key, floor]) => [key, values[key] == null ? null : values[key] < floor]));
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

export function printTable(results) {
  const m = results.machine;
  const lines = [`Peka bench — ${results.date} — ${m.cpus}× ${m.cpuModel}, ${m.totalMemGB} GB, Node ${m.node}, Chromium ${m.chromium}, load ${m.loadAvg1.before} → ${m.loadAvg1.after}`];
  const rows = [];
  for (const [name, s] of Object.entries(results.scenarios)) {
    rows.push([`[${name}]`, s.skipped ? `skipped: ${s.skipped}` : s.error ? `ERROR: ${s.error}` : '']);
    if (s.skipped || s.error) continue;
    if (name === 'employee-search') rows.push(...searchRows(s));
    if (name === 'employee-import') rows.push(...importRows(s));
  }
  rows.push(['[floors]', '']);
  for (const [key, floor] of Object.entries(results.floors)) rows.push([`${key} < ${floor}`, verdict(results.pass[key])]);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) lines.push(`${k.padEnd(width)}  ${v}`);
  console.log(lines.join('\n'));
}
