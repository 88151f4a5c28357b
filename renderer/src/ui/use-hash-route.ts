import { useCallback, useSyncExternalStore } from 'react';

export const ROUTES = ['beranda', 'pegawai', 'skp', 'evaluasi', 'dokumen', 'pelatihan', 'pengaturan'] as const;
export type Route = (typeof ROUTES)[number];
/** `#/skp/abc/def` → route 'skp', param 'abc', rest ['def']. */
export type Location = { route: Route; param: string | null; rest: string[] };

function read(): string {
  return window.location.hash;
}

export function parseHash(hash: string): Location {
  const [name = '', param, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'beranda';
  return { route, param: param ? decodeURIComponent(param) : null, rest: rest.filter(Boolean).map(decodeURIComponent) };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function hrefOf(route: Route, ...params: string[]): string {
  return [`#/${route}`, ...params.map(encodeURIComponent)].join('/');
}

/** The page lives in the URL hash, so a reload (or the back button) returns to the same place. */
export function useHashRoute(): [Location, (route: Route, ...params: string[]) => void] {
  const hash = useSyncExternalStore(subscribe, read);
  const navigate = useCallback((route: Route, ...params: string[]) => {
    window.location.hash = hrefOf(route, ...params).slice(1);
  }, []);
  return [parseHash(hash), navigate];
}
