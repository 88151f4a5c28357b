import { describe, expect, it, vi } from 'vitest';
import { type AppLocation, isAppUrl, resolveAppLocation } from './app-url';
import {
  type HardenableContents,
  type HardenableSession,
  decideNavigation,
  decidePermission,
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  secureWebPreferences,
} from './security';
import { APP_CSP, DEV_CSP } from './csp';

const fileApp: AppLocation = resolveAppLocation(undefined, '/opt/Peka/resources/app.asar/out/renderer/index.html');
const devApp: AppLocation = resolveAppLocation('http://localhost:5173', '/ignored/index.html');
const APP_FILE_URL = 'file:///opt/Peka/resources/app.asar/out/renderer/index.html';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('app location', () => {
  it('trusts the built index.html with any hash or query, and nothing else on disk', () => {
    expect(fileApp.url).toBe(APP_FILE_URL);
    expect(isAppUrl(fileApp, `${APP_FILE_URL}#/pegawai`)).toBe(true);
    expect(isAppUrl(fileApp, `${APP_FILE_URL}?x=1`)).toBe(true);
    expect(isAppUrl(fileApp, 'file:///home/user/Downloads/index.html')).toBe(false);
    expect(isAppUrl(fileApp, 'https://example.com/')).toBe(false);
    expect(isAppUrl(fileApp, 'not a url')).toBe(false);
  });

  it('trusts the dev server origin only', () => {
    expect(devApp.kind).toBe('dev');
    expect(isAppUrl(devApp, 'http://localhost:5173/#/skp')).toBe(true);
    expect(isAppUrl(devApp, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(devApp, 'http://127.0.0.1:5173/')).toBe(false);
  });

  it('ignores a dev URL that is not http(s)', () => {
    expect(resolveAppLocation('javascript:alert(1)', '/a/index.html').kind).toBe('file');
  });
});

describe('external links', () => {
  it.each([
    ['https://peraturan.bpk.go.id/Details/208555', true],
    ['https://jdih.menpan.go.id/', true],
    ['https://www.bkn.go.id/', true],
    ['http://peraturan.bpk.go.id/', false],
    ['https://evilbkn.go.id/', false],
    ['https://bkn.go.id.evil.com/', false],
    ['https://user:pw@bkn.go.id/', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });

  it('never opens a window inside the app', () => {
    expect(decideWindowOpen('https://peraturan.bpk.go.id/')).toBe('open-external');
    expect(decideWindowOpen('https://example.com/')).toBe('deny');
    expect(decideWindowOpen(APP_FILE_URL)).toBe('deny');
  });

  it('allows navigation only to the app itself', () => {
    expect(decideNavigation(fileApp, `${APP_FILE_URL}#/`)).toBe('allow');
    expect(decideNavigation(fileApp, 'https://example.com/')).toBe('block');
    expect(decideNavigation(fileApp, 'https://menpan.go.id/')).toBe('open-external');
    expect(decideNavigation(fileApp, 'file:///tmp/x.html')).toBe('block');
  });
});

describe('permissions', () => {
  it('denies everything except clipboard writes from the app page', () => {
    expect(decidePermission(fileApp, 'clipboard-sanitized-write', APP_FILE_URL)).toBe(true);
    expect(decidePermission(fileApp, 'clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(decidePermission(fileApp, 'clipboard-sanitized-write', undefined)).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(decidePermission(fileApp, permission, APP_FILE_URL)).toBe(false);
    }
  });
});

type Listener = (...args: never[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableContents = {
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
    on: (event: string, listener: Listener) => listeners.set(event, listener),
  };
  const fire = (event: string, url?: string) => {
    const ev = { preventDefault: vi.fn() };
    (listeners.get(event) as (e: typeof ev, url?: string) => void)(ev, url);
    return ev.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('blocks foreign navigation, webviews and new windows', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, { location: fileApp, openExternal, log: () => undefined });
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', `${APP_FILE_URL}#/x`)).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(open('https://peraturan.bpk.go.id/Details/1')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://peraturan.bpk.go.id/Details/1');
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const hooks: {
      request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
      check?: Parameters<HardenableSession['setPermissionCheckHandler']>[0];
      headers?: Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0];
    } = {};
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => (hooks.request = h),
      setPermissionCheckHandler: (h) => (hooks.check = h),
      webRequest: { onHeadersReceived: (h) => (hooks.headers = h) },
    };
    return { session, hooks };
  }

  it('denies permission requests and checks from foreign pages', () => {
    const { session, hooks } = fakeSession();
    hardenSession(session, fileApp);
    const callback = vi.fn();
    hooks.request?.({ getURL: () => APP_FILE_URL }, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(hooks.check?.(null, 'clipboard-sanitized-write', 'https://example.com', { requestingUrl: 'https://example.com/' })).toBe(false);
  });

  it('adds the CSP header to app pages only', () => {
    const { session, hooks } = fakeSession();
    hardenSession(session, devApp);
    const callback = vi.fn();
    hooks.headers?.({ url: 'http://localhost:5173/', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenLastCalledWith({ responseHeaders: { 'Content-Security-Policy': [DEV_CSP] } });
    hooks.headers?.({ url: 'https://example.com/', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenLastCalledWith({});

    const built = fakeSession();
    hardenSession(built.session, fileApp);
    built.hooks.headers?.({ url: APP_FILE_URL }, callback);
    expect(callback).toHaveBeenLastCalledWith({ responseHeaders: { 'Content-Security-Policy': [APP_CSP] } });
  });
});
