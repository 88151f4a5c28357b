import type { HostErrorCode } from '@shared/host/contract';

/** An expected failure inside the browser host, returned to the caller as `{ ok: false, error }`. */
export class BrowserHostFailure extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly detail?: string,
  ) {
    super(code);
    this.name = 'BrowserHostFailure';
  }
}
