import { z } from 'zod';
import { CertificateInfoSchema, SignaturePlacementSchema, SignatureRecordSchema, SignerRoleSchema } from '../signing/record';
import { IdSchema, IsoDateTimeSchema } from './entities';

/**
 * What the database keeps about signatures (domain.md §8): one row per signature, the signed
 * document's latest bytes, and the certificates the agency trusts.
 */

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** One signature as the engine recorded it, plus which stored document holds it. */
export const SignatureRecordRowSchema = SignatureRecordSchema.extend({
  id: IdSchema,
  signedDocumentId: IdSchema,
});
export type SignatureRecordRow = z.infer<typeof SignatureRecordRowSchema>;

/** A box for each signer, as shared/documents' signatureBoxes gives them, so the next signer signs in place. */
export const SignatureBoxesSchema = z.partialRecord(SignerRoleSchema, SignaturePlacementSchema);
export type SignatureBoxes = z.infer<typeof SignatureBoxesSchema>;

/** Where a signed document came from: the Dokumen area (an appraisal form) or a PDF opened from disk. */
export const SignedDocumentMetaSchema = z.object({
  /** e.g. 'skp', 'evaluasi', 'dokumen-evaluasi'; 'berkas' for a PDF opened from disk. */
  kind: z.string().min(1).max(60),
  employeeId: IdSchema.optional(),
  periodId: IdSchema.optional(),
  fileName: z.string().min(1).max(255),
  boxes: SignatureBoxesSchema.optional(),
});
export type SignedDocumentMeta = z.infer<typeof SignedDocumentMetaSchema>;

/**
 * The latest signed bytes of a document. Each signature is an incremental update, so the newest
 * file contains every earlier revision: the row is replaced as signatures are added, not copied.
 * The bytes themselves (a Blob) are added by the renderer's table type: shared/ has no Blob.
 */
export const SignedDocumentSchema = SignedDocumentMetaSchema.extend({
  id: IdSchema,
  documentId: z.string().min(1).max(200),
  /** SHA-256 of `data`: how the next signer's file is recognised as this document. */
  sha256: Sha256HexSchema,
  size: z.number().int().nonnegative(),
  /** Roles that have signed, in order. */
  signedBy: z.array(SignerRoleSchema),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type SignedDocument = z.infer<typeof SignedDocumentSchema>;

/** A certificate the agency trusts (an agency or BSrE CA, or a signer's own): public part only. */
export const TrustedCertificateSchema = z.object({
  id: IdSchema,
  /** SHA-256 of the DER, hex: what verification compares. */
  fingerprint: Sha256HexSchema,
  der: z.instanceof(Uint8Array),
  info: CertificateInfoSchema,
  addedAt: IsoDateTimeSchema,
});
export type TrustedCertificate = z.infer<typeof TrustedCertificateSchema>;
