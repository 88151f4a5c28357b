/* global document, window, indexedDB, MutationObserver, requestAnimationFrame, IDBObjectStore, HTMLInputElement */
/**
 * Functions that run inside the page (page.evaluate / addInitScript). Each is self-contained: it is
 * serialised to the browser, so it may use only its arguments and browser globals.
 */

/** "10.000 dari 10.000 pegawai" and "10000 dari 10000 pegawai" compare equal. */
export const normaliseCount = (text) => (text ?? '').replace(/(\d)\.(\d)/g, '$1$2').replace(/\s+/g, ' ').trim();

/** The count line as the Pegawai page prints it (shared/i18n/id.ts 'employees.count'), normalised. */
export const countText = (shown, total) => `${shown} dari ${total} pegawai`;

/**
 * Replaces units, positions and employees in the app's IndexedDB in one readwrite transaction, with
 * raw IndexedDB (no Dexie), keeping settings so the app does not load the demo again.
 */
export async function writeOrganisation({ dbName, units, positions, employees }) {
  const started = performance.now();
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const nativeVersion = db.version;
  try {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['units', 'positions', 'employees'], 'readwrite');
      const rows = { units, positions, employees };
      for (const [store, records] of Object.entries(rows)) {
        const os = tx.objectStore(store);
        os.clear();
        for (const record of records) os.put(record);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  } finally {
    db.close();
  }
  return { ms: performance.now() - started, nativeVersion };
}

/**
 * Init script: records (performance.now(), i.e. ms since navigation start) when the count line first
 * reads `target` with rows on screen, and how long each IndexedDB getAll took (Dexie's toArray).
 */
export function firstRenderProbe({ target }) {
  const norm = (text) => (text ?? '').replace(/(\d)\.(\d)/g, '$1$2').replace(/\s+/g, ' ').trim();
  window.__benchIdb = [];
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function benchGetAll(...args) {
    const request = getAll.apply(this, args);
    const store = this.name;
    const start = performance.now();
    request.addEventListener('success', () => window.__benchIdb.push({ store, start, ms: performance.now() - start, count: request.result?.length ?? 0 }));
    return request;
  };
  const observer = new MutationObserver(() => {
    const count = document.querySelector('[data-testid="employee-count"]');
    if (count && norm(count.textContent) === target && document.querySelector('[data-testid="employee-row"]')) {
      window.__benchFirstRender = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Types `value` into the search box (the native value setter plus an input event, as a keystroke
 * or paste does for React) and resolves when the count line reads `expected`: `ms` is the time to
 * that DOM change, `frameMs` the time until the frame after it.
 */
export function searchProbe(input, { value, expected, timeoutMs }) {
  const norm = (text) => (text ?? '').replace(/(\d)\.(\d)/g, '$1$2').replace(/\s+/g, ' ').trim();
  const count = document.querySelector('[data-testid="employee-count"]');
  if (!count) return Promise.resolve({ ok: false, ms: 0, frameMs: 0, text: 'no count line' });
  return new Promise((resolve) => {
    let started = 0;
    let done = false;
    const finish = (ok) => {
      if (done) return;
      done = true;
      const ms = performance.now() - started;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() =>
        setTimeout(() => {
          const rows = document.querySelectorAll('[data-testid="employee-row"]').length;
          resolve({ ok, ms, frameMs: performance.now() - started, text: norm(count.textContent), rows });
        }, 0),
      );
    };
    const observer = new MutationObserver(() => {
      if (norm(count.textContent) === expected) finish(true);
    });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish(false), timeoutMs);
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    started = performance.now();
    setValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** JS heap in bytes now and after a full GC (Chromium with --enable-precise-memory-info, --expose-gc). */
export async function heapUsage() {
  const used = performance.memory?.usedJSHeapSize ?? null;
  if (typeof window.gc === 'function') window.gc();
  await new Promise((r) => setTimeout(r, 50));
  return { used, afterGc: typeof window.gc === 'function' ? (performance.memory?.usedJSHeapSize ?? null) : null };
}

/** How long the page's sort of the list takes on its own: Intl.Collator('id') over the names. */
export function collatorSortCost(names) {
  const collator = new Intl.Collator('id', { sensitivity: 'base' });
  const copy = names.slice();
  const started = performance.now();
  copy.sort((a, b) => collator.compare(a, b));
  return performance.now() - started;
}
