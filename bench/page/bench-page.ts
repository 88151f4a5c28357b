/**
 * The benchmark's own page script (never part of the app's build): the app's AppDb class and its
 * queries, exposed on `window.pekaBench` for a same-origin blank page the runner serves through
 * Playwright's router. Bundled by bench/vite.bench-page.config.ts into node_modules/.cache/peka-bench/page/.
 */
import Dexie from 'dexie';
import { AppDb, DB_NAME, openDatabase } from '../../renderer/src/db/db';
import { LATEST_VERSION } from '../../renderer/src/db/schema-versions';
import { curveRoundingOf, loadCurveData, unitCurve, type UnitCurve } from '../../renderer/src/features/curve/curve.queries';
import { curveUnitResolver } from '../../shared/domain/curve-units';
import { loadView } from '../../renderer/src/features/evaluation/evaluation-view';

type Batch = Record<string, unknown[]>;
const state: { app?: AppDb; raw?: IDBDatabase; rawName?: string } = {};

function openNative(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function app(): AppDb {
  if (!state.app) throw new Error('call prepare() first');
  return state.app;
}

/** Empty 'peka' opened by the app's AppDb, and a second database with the very same stores and indexes for the raw writes. */
async function prepare(rawName: string) {
  state.app?.close();
  state.raw?.close();
  await Promise.all([Dexie.delete(DB_NAME), Dexie.delete(rawName)]);
  state.app = await openDatabase(new AppDb());
  const schemaOnly = new AppDb(rawName);
  await schemaOnly.open();
  schemaOnly.close();
  state.raw = await openNative(rawName);
  state.rawName = rawName;
  return { latestVersion: LATEST_VERSION, nativeVersion: state.app.backendDB().version, stores: state.app.tables.map((t) => t.name).sort() };
}

/** Opens the existing 'peka' (after a restart of the browser) with the app's AppDb. */
async function open() {
  state.app?.close();
  state.app = await openDatabase(new AppDb());
  return { nativeVersion: state.app.backendDB().version };
}

/** The app's way (Dexie bulkPut per table inside one rw transaction, as writeDemoAgency does). */
async function writeDexie(batch: Batch): Promise<number> {
  const db = app();
  const started = performance.now();
  await db.transaction('rw', Object.keys(batch), async () => {
    for (const [store, rows] of Object.entries(batch)) await db.table(store).bulkPut(rows);
  });
  return performance.now() - started;
}

/** Plain IndexedDB: one readwrite transaction per store, put() in a loop. */
async function writeRaw(batch: Batch): Promise<number> {
  const db = state.raw;
  if (!db) throw new Error('call prepare() first');
  const started = performance.now();
  for (const [store, rows] of Object.entries(batch)) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const row of rows) os.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  }
  return performance.now() - started;
}

/** One batch into both databases, in the given order; the parse of the JSON is timed apart. */
async function writeBatch(json: string, rawFirst: boolean, withRaw = true) {
  const t0 = performance.now();
  const batch = JSON.parse(json) as Batch;
  const parseMs = performance.now() - t0;
  let rawMs: number | null = null;
  if (withRaw && rawFirst) rawMs = await writeRaw(batch);
  const dexieMs = await writeDexie(batch);
  if (withRaw && !rawFirst) rawMs = await writeRaw(batch);
  const records = Object.values(batch).reduce((n, rows) => n + rows.length, 0);
  return { records, parseMs, dexieMs, rawMs };
}

async function finishLoad() {
  const db = app();
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  const rawCounts: Record<string, number> = {};
  const raw = state.raw;
  if (raw) {
    for (const store of Object.keys(counts)) {
      rawCounts[store] = await new Promise<number>((resolve, reject) => {
        const req = raw.transaction(store, 'readonly').objectStore(store).count();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    raw.close();
    state.raw = undefined;
    await Dexie.delete(state.rawName!);
  }
  return { counts, rawCounts };
}

/** Opens each evaluation as the wizard's page does (useEvaluationView → loadView), one after another. */
async function openEvaluations(ids: string[]) {
  const db = app();
  const runs = [];
  for (const id of ids) {
    const started = performance.now();
    const view = await loadView(db, id);
    const ms = performance.now() - started;
    runs.push({ id, ms, found: !!view, realisasi: view?.realisasi.length ?? 0, feedback: view?.feedback.length ?? 0, revisions: view?.revisions.length ?? 0, rhk: view?.skp.rhk.length ?? 0, capaian: view?.capaian ?? null });
  }
  return runs;
}

const summary = (c: UnitCurve) => ({ unitId: c.unit.id, members: c.members.length, evaluated: c.evaluated, states: c.states, counts: c.counts, violations: c.violations.length });

/** The curve of every unit for a period: the app's loadCurveData (reads) then unitCurve (compute). */
async function curveAll(periodId: string) {
  const db = app();
  const t0 = performance.now();
  const data = await loadCurveData(db, periodId);
  const t1 = performance.now();
  const curves = unitCurve(periodId, data);
  const t2 = performance.now();
  return { readMs: t1 - t0, computeMs: t2 - t1, totalMs: t2 - t0, units: curves.length, evaluations: data.evaluations.length, employees: data.employees.length, curves: curves.map(summary) };
}

/**
 * One unit's curve: its subtree's people by the unitId index and their evaluations for the period by
 * [employeeId+periodId], then the same unitCurve (other units come out empty). What a per-unit query
 * would cost next to loading the whole agency.
 */
async function curveOne(periodId: string, unitId: string) {
  const db = app();
  const t0 = performance.now();
  const [units, orgResults, finalisations, settings] = await Promise.all([db.units.toArray(), db.orgResults.where('periodId').equals(periodId).toArray(), db.unitFinalisations.where('periodId').equals(periodId).toArray(), db.settings.get('app')]);
  const resolve = curveUnitResolver(units);
  const subtree = units.filter((u) => resolve(u.id)?.id === unitId).map((u) => u.id);
  const employees = await db.employees.where('unitId').anyOf(subtree).toArray();
  const evaluations = await db.evaluations.where('[employeeId+periodId]').anyOf(employees.map((e) => [e.id, periodId])).toArray();
  const t1 = performance.now();
  const curves = unitCurve(periodId, { units, employees, evaluations, orgResults, finalisations, rounding: curveRoundingOf(settings) });
  const t2 = performance.now();
  const curve = curves.find((c) => c.unit.id === unitId);
  return { readMs: t1 - t0, computeMs: t2 - t1, totalMs: t2 - t0, curve: curve ? summary(curve) : null };
}

async function heap() {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number; totalJSHeapSize: number } }).memory;
  const used = memory?.usedJSHeapSize ?? null;
  const gc = (window as Window & { gc?: () => void }).gc;
  if (gc) gc();
  await new Promise((r) => setTimeout(r, 50));
  return { used, afterGc: gc ? (memory?.usedJSHeapSize ?? null) : null };
}

function close() {
  state.app?.close();
  state.app = undefined;
}

/**
 * Fetches a batch the runner serves (through Playwright's router) and writes it: large strings
 * passed as page.evaluate arguments stay reachable in the page's heap, fetched ones do not.
 */
async function fetchBatch(url: string, rawFirst: boolean, withRaw = true) {
  const json = await (await fetch(url)).text();
  return writeBatch(json, rawFirst, withRaw);
}

const api = { prepare, open, fetchBatch, writeBatch, finishLoad, openEvaluations, curveAll, curveOne, heap, close };
export type PekaBench = typeof api;
(window as Window & { pekaBench?: PekaBench }).pekaBench = api;
