import { useCallback, useSyncExternalStore } from 'react';

export const ROUTES = ['beranda', 'pegawai', 'skp', 'evaluasi', 'dokumen', 'pelatihan', 'pengaturan'] as const;
export type Route = (typeof ROUTES)[number];
export type Location = { route: Route; param: string | null };

function read(): string {
  return window.location.hash;
}

export function parseHash(hash: string): Location {
  const [name = '', param] = hash.replace(/^#\/?/, '').split('/');
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'beranda';
  return { route, param: param ? decodeURIComponent(param) : null };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function hrefOf(route: Route, param?: string): string {
  return param ? `#/${route}/${encodeURIComponent(param)}` : `#/${route}`;
}

/** The page lives in the URL hash, so a reload (or the back button) returns to the same place. */
export function useHashRoute(): [Location, (route: Route, param?: string) => void] {
  const hash = useSyncExternalStore(subscribe, read);
  const navigate = useCallback((route: Route, param?: string) => {
    window.location.hash = hrefOf(route, param).slice(1);
  }, []);
  return [parseHash(hash), navigate];
}
