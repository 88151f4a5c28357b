/**
 * Expected signing failures as codes (architecture.md, pattern 7). The Indonesian text belongs in
 * shared/i18n as 'error.<code>'; SIGNING_ERROR_MESSAGES holds it until the lead moves it there.
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

export const SIGNING_ERROR_MESSAGES: Record<SigningErrorCode, string> = {
  'signing/wrong-password': 'Kata sandi sertifikat salah. Periksa kembali kata sandi berkas .p12/.pfx Anda.',
  'signing/invalid-certificate': 'Berkas ini bukan sertifikat PKCS#12 (.p12/.pfx) yang sah, atau tidak berisi kunci privat dan sertifikat.',
  'signing/certificate-expired': 'Masa berlaku sertifikat sudah habis. Dokumen tidak dapat ditandatangani dengan sertifikat ini.',
  'signing/certificate-not-yet-valid': 'Sertifikat belum berlaku. Periksa tanggal dan jam komputer, atau gunakan sertifikat lain.',
  'signing/unsupported-key': 'Jenis kunci sertifikat ini belum didukung. Gunakan sertifikat dengan kunci RSA.',
  'signing/key-mismatch': 'Kunci privat tidak cocok dengan sertifikat di dalam berkas .p12/.pfx.',
  'signing/invalid-pdf': 'Berkas PDF tidak dapat dibaca untuk ditandatangani.',
  'signing/encrypted-pdf': 'PDF ini terenkripsi (dilindungi kata sandi) dan tidak dapat ditandatangani.',
  'signing/page-not-found': 'Halaman tempat tanda tangan tidak ada di dokumen ini.',
  'signing/signature-too-large': 'Tanda tangan tidak muat di ruang yang disediakan dalam PDF.',
};

export class SigningError extends Error {
  override readonly name = 'SigningError';
  constructor(
    readonly code: SigningErrorCode,
    readonly detail?: string,
  ) {
    super(SIGNING_ERROR_MESSAGES[code]);
  }
}

export function isSigningError(e: unknown): e is SigningError {
  return e instanceof SigningError;
}
