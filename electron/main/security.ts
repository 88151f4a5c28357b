import type { WebPreferences } from 'electron';
import { type AppLocation, isAppUrl } from './app-url';
import { APP_CSP, DEV_CSP, withCspHeader } from './csp';

/**
 * Electron's security checklist (architecture.md, pattern 10). Only types come from 'electron':
 * the pieces are passed in so every decision here runs in plain Node tests.
 */

/** Sites the UI may open in the user's browser: legal sources for SKP rules and BKN/KemenPANRB. */
export const EXTERNAL_HOST_ALLOW_LIST: readonly string[] = [
  'peraturan.bpk.go.id',
  'jdih.menpan.go.id',
  'menpan.go.id',
  'bkn.go.id',
  'jdih.bkn.go.id',
];

/**
 * The copy-details button (pattern 7) uses navigator.clipboard.writeText, which Chromium gates
 * behind this permission; every other permission (camera, geolocation, notifications …) is denied.
 */
export const APP_PAGE_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

/** The isolation every window of the app gets, whatever it shows (the print window too). */
export function isolatedWebPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const satisfies WebPreferences;
}

export function secureWebPreferences(preloadPath: string) {
  return { preload: preloadPath, ...isolatedWebPreferences() } as const satisfies WebPreferences;
}

/** https only, no credentials in the URL, host on the allow-list (or a subdomain of one). */
export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_HOST_ALLOW_LIST): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase();
  return allowList.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export type NavigationDecision = 'allow' | 'open-external' | 'block';

/** The app is a single page: only reloading itself is a navigation; allowed links leave the app. */
export function decideNavigation(location: AppLocation, url: string): NavigationDecision {
  if (isAppUrl(location, url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-external' : 'block';
}

/** No second window ever opens inside the app; allow-listed links go to the user's browser. */
export function decideWindowOpen(url: string): 'open-external' | 'deny' {
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

export function decidePermission(location: AppLocation, permission: string, requestingUrl: string | undefined): boolean {
  if (!requestingUrl || !isAppUrl(location, requestingUrl)) return false;
  return APP_PAGE_PERMISSIONS.includes(permission);
}

/** The slice of WebContents that hardening needs; a real WebContents satisfies it. */
export type HardenableContents = {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
};

export type HardenDeps = {
  location: AppLocation;
  openExternal: (url: string) => Promise<void>;
  log?: (message: string) => void;
};

export function hardenWebContents(contents: HardenableContents, deps: HardenDeps): void {
  const log = deps.log ?? (() => undefined);
  const openOutside = (url: string) => {
    deps.openExternal(url).catch((error: unknown) => log(`openExternal gagal untuk ${url}: ${String(error)}`));
  };
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-external') openOutside(url);
    else log(`window.open diblokir: ${url}`);
    return { action: 'deny' };
  });
  const guardNavigation = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(deps.location, url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openOutside(url);
    else log(`navigasi diblokir: ${url}`);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The slice of Session that hardening needs. */
export type HardenableSession = {
  setPermissionRequestHandler(
    handler: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: { getURL(): string } | null, permission: string, requestingOrigin: string, details: { requestingUrl?: string }) => boolean,
  ): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
};

export function hardenSession(session: HardenableSession, location: AppLocation): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(decidePermission(location, permission, details.requestingUrl ?? contents.getURL()));
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    decidePermission(location, permission, details.requestingUrl ?? contents?.getURL()),
  );
  // The built app loads from file:// (meta tag only); the header covers the dev server's pages.
  const csp = location.kind === 'dev' ? DEV_CSP : APP_CSP;
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(location, details.url)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}
