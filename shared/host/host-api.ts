import type { HostChannel } from './channels';
import type { Envelope, HostInput, HostOutput } from './contract';

/**
 * What the UI may ask of its host. One implementation wraps the Electron preload bridge, one works
 * in a plain browser (downloads and file inputs). Features get it from React context only.
 */
export type HostApi = {
  readonly kind: 'electron' | 'browser';
  call<C extends HostChannel>(channel: C, input: HostInput<C>): Promise<Envelope<HostOutput<C>>>;
};

/** The shape the preload exposes on `window.host`: one function per channel, nothing else. */
export type HostBridge = {
  [C in HostChannel]: (input: HostInput<C>) => Promise<unknown>;
};
