/**
 * The names of every host channel. Kept apart from the schemas so the sandboxed preload can be
 * generated from them without bundling zod. `contract.ts` checks that both lists agree.
 */
export const HOST_CHANNELS = [
  'app:info',
  'file:save',
  'file:open',
  'pdf:print',
  'folder:begin',
  'folder:write',
  'folder:finish',
  'signing:open-certificate',
  'signing:create-trial-certificate',
  'signing:status',
  'signing:sign',
  'signing:forget',
  'backup:rolling-status',
  'backup:rolling-configure',
  'backup:rolling-write',
] as const;
export type HostChannel = (typeof HOST_CHANNELS)[number];

/** Name under which the preload exposes the bridge on `window`. */
export const HOST_GLOBAL = 'host';
