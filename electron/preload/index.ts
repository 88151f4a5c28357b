import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CHANNELS, HOST_GLOBAL } from '@shared/host/channels';
import type { HostBridge } from '@shared/host/host-api';

/**
 * Sandboxed preload (CommonJS, bundled): exposes one function per host channel and nothing else,
 * never ipcRenderer or process (architecture.md, pattern 3). Only channels.ts is imported, so
 * zod stays out of the preload; main validates every input.
 */
const bridge = Object.freeze(
  Object.fromEntries(HOST_CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
) as HostBridge;

contextBridge.exposeInMainWorld(HOST_GLOBAL, bridge);
