/** What is kept for every signature (domain.md §8): who, as what, when, with which certificate, over which bytes. */
import { z } from 'zod';
import type { CertificateInfo } from './certificate';
import type { SignaturePlacement } from './sign-pdf';

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const SignerRoleSchema = z.enum(['pegawai', 'penilai']);

export const SignatureRecordSchema = z.object({
  documentId: z.string().min(1).max(200),
  role: SignerRoleSchema,
  /** Name of the PDF signature field. */
  fieldName: z.string().min(1).max(200),
  signerName: z.string().min(1).max(200),
  /** Digits only, as stored everywhere (domain.md §9). */
  signerNip: z.string().min(1).max(30),
  /** ISO 8601 UTC; the same instant as the signature's /M. */
  signedAt: z.iso.datetime(),
  certificateSubject: z.string().max(2000),
  /** Upper-case hex, no leading zeros. */
  certificateSerial: z.string().regex(/^[0-9A-F]+$/),
  certificateSha256: Sha256HexSchema,
  /** Signed with the app's self-signed trial certificate: not a certified electronic signature. */
  trialCertificate: z.boolean(),
  /** SHA-256 of the file as handed to the signer. */
  documentSha256Before: Sha256HexSchema,
  /** SHA-256 of the file this signature produced, i.e. of the revision it signs. */
  documentSha256After: Sha256HexSchema,
});
export type SignatureRecord = z.infer<typeof SignatureRecordSchema>;

/** For the host contract: what the UI may see of a certificate (never the key). Mirrors CertificateInfo. */
export const CertificateInfoSchema = z.object({
  subject: z.string().max(2000),
  commonName: z.string().max(500),
  organization: z.string().max(500),
  nip: z.string().max(64),
  issuer: z.string().max(2000),
  serialNumber: z.string().regex(/^[0-9A-F]*$/),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  selfSigned: z.boolean(),
  trial: z.boolean(),
  sha256: Sha256HexSchema,
});

/** Mirrors SignaturePlacement (and shared/documents' SignatureBox): points, origin bottom-left. */
export const SignaturePlacementSchema = z.object({
  page: z.number().int().refine((p) => p !== 0, 'page is 1-based'),
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().positive().max(2000),
  height: z.number().positive().max(2000),
});

// Keeps the schema and the interface from drifting apart.
type _Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _certificateInfoMatches: _Same<z.infer<typeof CertificateInfoSchema>, CertificateInfo> = true;
const _placementMatches: _Same<z.infer<typeof SignaturePlacementSchema>, SignaturePlacement> = true;
void _certificateInfoMatches;
void _placementMatches;
