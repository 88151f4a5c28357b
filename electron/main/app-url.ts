import { pathToFileURL } from 'node:url';

/**
 * Where the app's own page lives: the electron-vite dev server in development, otherwise the built
 * out/renderer/index.html. Every trust decision (IPC sender, navigation, CSP header) asks this.
 */
export type AppLocation = { readonly kind: 'dev'; readonly url: string } | { readonly kind: 'file'; readonly url: string };

export function resolveAppLocation(devServerUrl: string | undefined, rendererIndexPath: string): AppLocation {
  if (devServerUrl && /^https?:\/\//.test(devServerUrl)) return { kind: 'dev', url: devServerUrl };
  return { kind: 'file', url: pathToFileURL(rendererIndexPath).href };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for the app page itself. Hash and query are ignored (client-side routing may use them);
 * for file:// the exact index.html path must match, so another local file is never trusted.
 */
export function isAppUrl(location: AppLocation, url: string): boolean {
  const candidate = parse(url);
  const app = parse(location.url);
  if (!candidate || !app) return false;
  if (location.kind === 'file') {
    return candidate.protocol === 'file:' && candidate.host === app.host && candidate.pathname === app.pathname;
  }
  return candidate.origin === app.origin;
}
