import type { SignatureCheck, VerificationReport } from '@shared/signing';
import type { AppDb } from '../../db/db';

/** How a signature reads to the user, in the order the panel shows the checks. */
export type Verdict = 'intact' | 'changed' | 'invalid' | 'unreadable';

export function verdictOf(check: SignatureCheck): Verdict {
  switch (check.status) {
    case 'valid':
      return 'intact';
    case 'digest-mismatch':
      return 'changed';
    case 'invalid-signature':
      return 'invalid';
    case 'malformed':
    case 'unsupported':
      return 'unreadable';
  }
}

/**
 * Verifies every signature in a PDF against the agency's trust list and matches each one with a
 * signature record in this database (same revision hash and certificate serial).
 */
export async function verifyDocument(db: AppDb, bytes: Uint8Array): Promise<VerificationReport> {
  const { verifyPdfSignatures } = await import('@shared/signing');
  const trusted = (await db.trustedCertificates.toArray()).map((c) => c.der);
  const report = verifyPdfSignatures(bytes, { trusted });
  const hashes = [...new Set(report.signatures.map((s) => s.revisionSha256))];
  const records = hashes.length > 0 ? await db.signatureRecords.where('documentSha256After').anyOf(hashes).toArray() : [];
  return {
    ...report,
    signatures: report.signatures.map((s) => {
      const match = records.find((r) => r.documentSha256After === s.revisionSha256 && r.certificateSerial === s.certificate?.serialNumber);
      if (!match) return s;
      const { id: _id, signedDocumentId: _doc, ...record } = match;
      return { ...s, record };
    }),
  };
}
