import type { HostErrorCode } from '@shared/host/contract';

/**
 * An expected failure with a code the UI knows how to word (architecture.md, pattern 7).
 * Handlers throw it; registerHostHandlers turns it into `{ ok: false, error }`.
 */
export class HostFailure extends Error {
  readonly code: HostErrorCode;
  readonly detail: string | undefined;

  constructor(code: HostErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'HostFailure';
    this.code = code;
    this.detail = detail;
  }
}
