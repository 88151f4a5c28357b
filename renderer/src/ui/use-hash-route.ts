import { useCallback, useSyncExternalStore } from 'react';

export const ROUTES = ['beranda', 'pegawai', 'skp', 'evaluasi', 'dokumen', 'pelatihan', 'pengaturan'] as const;
export type Route = (typeof ROUTES)[number];

function current(): Route {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'beranda';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page lives in the URL hash, so a reload (or the back button) returns to the same place. */
export function useHashRoute(): [Route, (r: Route) => void] {
  const route = useSyncExternalStore(subscribe, current);
  const navigate = useCallback((r: Route) => {
    window.location.hash = `/${r}`;
  }, []);
  return [route, navigate];
}
