import { sha256Hex } from '../crypto/sha256';
import { StoredBlob } from './binary';

/**
 * The extra check of a signed document read from an exchange package (registry `verify`): the
 * bytes must match the SHA-256 the record states, and every PDF signature in them must be intact
 * (shared/signing verifyPdfSignatures). Returns what is wrong, in Indonesian, or null. The engine
 * (node-forge) is large, so it is loaded only when a package holds a signed document.
 */
export async function verifySignedDocument(record: unknown): Promise<string | null> {
  const r = record as { data?: unknown; sha256?: unknown; signedBy?: unknown };
  if (!(r.data instanceof StoredBlob)) return 'berkas dokumen tidak ada';
  if (sha256Hex(r.data.bytes) !== r.sha256) return 'sidik SHA-256 berkas tidak cocok dengan catatannya';
  const { verifyPdfSignatures } = await import('../signing/verify-pdf');
  let report;
  try {
    report = verifyPdfSignatures(r.data.bytes);
  } catch {
    return 'berkas PDF tidak dapat dibaca';
  }
  const expected = Array.isArray(r.signedBy) ? r.signedBy.length : 0;
  if (report.signatures.length < expected) return `tanda tangan yang tercatat ${expected}, yang ada di berkas ${report.signatures.length}`;
  const broken = report.signatures.find((s) => !s.intact);
  if (broken) return `tanda tangan #${broken.index} (${broken.signerName || 'tanpa nama'}) tidak utuh: ${broken.status}`;
  return null;
}
