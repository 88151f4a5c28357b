/* global document, window, location, MutationObserver, requestAnimationFrame */
/**
 * In-page helpers for timing the app's own screens (serialised into the page: arguments and browser
 * globals only).
 */

/**
 * Init script: when the home heading ("Selamat datang di Peka") is first on screen, and every long
 * task (> 50 ms on the main thread) with its end, in ms since navigation start.
 */
export function homeProbe({ heading }) {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    window.__benchLongTasks = null;
  }
  const observer = new MutationObserver(() => {
    const h = [...document.querySelectorAll('h2')].find((el) => el.textContent.trim() === heading);
    if (h && h.getBoundingClientRect().height > 0) {
      window.__benchHomeVisible = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Sets location.hash and resolves when `selector` matches at least `minCount` elements (and, with
 * `text`, one of them contains it): `ms` to that DOM change, `frameMs` to the frame after it.
 */
export function hashProbe({ hash, selector, minCount = 1, text = null, timeoutMs = 30_000 }) {
  const ready = () => {
    const found = document.querySelectorAll(selector);
    if (found.length < minCount) return false;
    return text === null || [...found].some((el) => el.textContent.includes(text));
  };
  return new Promise((resolve) => {
    let done = false;
    const started = performance.now();
    const finish = (ok) => {
      if (done) return;
      done = true;
      const ms = performance.now() - started;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve({ ok, ms, frameMs: performance.now() - started, found: document.querySelectorAll(selector).length }), 0));
    };
    const observer = new MutationObserver(() => ready() && finish(true));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label'] });
    const timer = setTimeout(() => finish(false), timeoutMs);
    location.hash = hash;
  });
}

/** Clicks the element and resolves like hashProbe when `selector` shows up. */
export function clickProbe(element, { selector, timeoutMs = 30_000 }) {
  return new Promise((resolve) => {
    let done = false;
    const started = performance.now();
    const finish = (ok) => {
      if (done) return;
      done = true;
      const ms = performance.now() - started;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve({ ok, ms, frameMs: performance.now() - started }), 0));
    };
    const observer = new MutationObserver(() => document.querySelector(selector) && finish(true));
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => finish(false), timeoutMs);
    element.click();
  });
}
