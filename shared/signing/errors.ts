/**
 * Expected signing failures as codes (architecture.md, pattern 7). Their words live in shared/i18n
 * as 'error.<code>' (e.g. 'error.signing/wrong-password'); the UI shows them through notifyFailure.
 */
export const SIGNING_ERROR_CODES = [
  'signing/wrong-password',
  'signing/invalid-certificate',
  'signing/certificate-expired',
  'signing/certificate-not-yet-valid',
  'signing/unsupported-key',
  'signing/key-mismatch',
  'signing/invalid-pdf',
  'signing/encrypted-pdf',
  'signing/page-not-found',
  'signing/signature-too-large',
] as const;
export type SigningErrorCode = (typeof SIGNING_ERROR_CODES)[number];

export class SigningError extends Error {
  override readonly name = 'SigningError';
  constructor(
    readonly code: SigningErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}

export function isSigningError(e: unknown): e is SigningError {
  return e instanceof SigningError;
}
