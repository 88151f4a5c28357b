/**
 * The one Content-Security-Policy of the app. renderer/index.html carries the same string in its
 * meta tag (the file:// build has no response headers); electron/main/csp.test.ts fails when the
 * two drift. Pure data, so the Electron main process and both Vite configs share it.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  // Printing in the web version: the page's own PDF (a blob: URL) in a hidden frame (issue #6).
  "frame-src blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Only for `electron-vite dev`: @vitejs/plugin-react injects an inline React Refresh preamble and
 * Vite's client talks to the dev server over a websocket. Never used for a built app.
 */
export const DEV_CSP = APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
  "connect-src 'self'",
  "connect-src 'self' ws:",
);

/** Collapses whitespace so a reformatted meta tag still compares equal. */
export function normalizeCsp(csp: string): string {
  return csp
    .split(';')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part.length > 0)
    .join('; ');
}

/** Swaps the strict meta CSP for DEV_CSP in dev-server HTML; any other policy is left untouched. */
export function relaxMetaCspForDev(html: string): string {
  return html.replace(/(http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/, (match, start: string, csp: string, end: string) =>
    normalizeCsp(csp) === APP_CSP ? `${start}${DEV_CSP}${end}` : match,
  );
}
