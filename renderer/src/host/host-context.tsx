import { createContext, type ReactNode, useContext } from 'react';
import type { HostApi } from '@shared/host/host-api';

const HostContext = createContext<HostApi | null>(null);

export function HostProvider({ host, children }: { host: HostApi; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** Features reach the host only through this hook, never through `window` (architecture.md, pattern 1). */
export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost outside HostProvider');
  return host;
}
