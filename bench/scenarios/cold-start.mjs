/* global document, window */
/**
 * cold-start: the web build opened in a fresh profile until the home page is on screen and
 * interactive. The first start includes the app's first-start work (writing the demo agency into
 * the empty IndexedDB); the second start opens the same profile again in a new tab (warm HTTP
 * cache, database already there).
 */
import { newAppPage } from '../runner/setup.mjs';
import { summarise } from '../runner/stats.mjs';
import { homeProbe } from './in-page-app.mjs';

export const HOME_HEADING = 'Selamat datang di Peka';
/** No long task for this long after the heading shows = interactive (a scaled-down TTI quiet window). */
const QUIET_MS = 500;
const r1 = (n) => (n == null ? null : Math.round(n * 10) / 10);

/**
 * Navigates to the home page and measures, in ms since navigation start: heading visible, and
 * interactive = the end of the last long task once the main thread stayed free for QUIET_MS after it.
 * The page (or its context) must carry the homeProbe init script.
 */
export async function timeHomeStart(page, url, { timeoutMs = 120_000 } = {}) {
  const started = Date.now();
  await page.goto(url);
  // The app's start-up error (e.g. a database newer than this build) ends the wait at once.
  const alert = await page.waitForFunction(() => (window.__benchHomeVisible !== undefined ? 'ok' : !document.querySelector('h2') && document.querySelector('[role="alert"]')?.textContent), null, { timeout: timeoutMs });
  const state = await alert.jsonValue();
  if (state !== 'ok') throw new Error(`the app did not start: ${state}`);
  const wallVisibleMs = Date.now() - started;
  for (let guard = 0; guard < 200; guard += 1) {
    const s = await page.evaluate(() => ({ now: performance.now(), visible: window.__benchHomeVisible, tasks: window.__benchLongTasks }));
    const lastEnd = Math.max(0, ...(s.tasks ?? []).map((t) => t.end));
    if (s.now - Math.max(s.visible, lastEnd) >= QUIET_MS) break;
    await page.waitForTimeout(100);
  }
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const visible = window.__benchHomeVisible;
    const tasks = window.__benchLongTasks ?? [];
    const lastEnd = Math.max(0, ...tasks.map((t) => t.end));
    return {
      visibleMs: visible,
      interactiveMs: Math.max(visible, lastEnd),
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((n, t) => n + (t.end - t.start), 0),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.end - t.start)),
      responseEndMs: nav?.responseEnd ?? null,
      domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
      loadEventMs: nav?.loadEventEnd ?? null,
      transferKB: Math.round(performance.getEntriesByType('resource').reduce((n, r) => n + (r.transferSize ?? 0), 0) / 1024),
    };
  }).then((r) => ({ ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? r1(v) : v])), wallVisibleMs }));
}

export async function coldStart({ browser, url, options }) {
  const first = [];
  const second = [];
  for (let i = 0; i < options.coldRuns; i += 1) {
    const { context, page } = await newAppPage(browser);
    try {
      await context.addInitScript(homeProbe, { heading: HOME_HEADING });
      first.push(await timeHomeStart(page, url));
      await page.close();
      const again = await context.newPage();
      second.push(await timeHomeStart(again, url));
    } finally {
      await context.close();
    }
  }
  const stats = (runs, key) => summarise(runs.map((r) => r[key]));
  return {
    note: 'fresh profile, web build from vite preview on localhost; first start writes the demo agency (first-start work) before the home page shows',
    firstStart: { visible: stats(first, 'visibleMs'), interactive: stats(first, 'interactiveMs'), runs: first },
    secondStart: { visible: stats(second, 'visibleMs'), interactive: stats(second, 'interactiveMs'), runs: second },
  };
}
