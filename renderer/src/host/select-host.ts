import { HOST_GLOBAL } from '@shared/host/channels';
import type { HostApi, HostBridge } from '@shared/host/host-api';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';

/** The one place that looks at `window` to learn which host the UI runs in. */
export function selectHost(win: Window): HostApi {
  const bridge = (win as unknown as Record<string, unknown>)[HOST_GLOBAL] as HostBridge | undefined;
  return bridge ? createElectronHost(bridge) : createBrowserHost();
}
