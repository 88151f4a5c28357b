import { z } from 'zod';
import { SIGNING_ERROR_CODES } from '../signing/errors';
import { CertificateInfoSchema, SignaturePlacementSchema, SignatureRecordSchema, SignerRoleSchema } from '../signing/record';
import type { AppearanceFontBytes } from '../signing/appearance';
import type { SignPdfRequest } from '../signing/sign-pdf';

/**
 * The signing channels of the host contract (domain.md §8). The private key and its password go
 * in (a password) but never come out: every output below carries public certificate data only.
 */

/** Any Uint8Array (a Node Buffer too): z.instanceof would narrow the type to ArrayBuffer-backed views. */
const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Harus berupa Uint8Array');

/** Largest PDF the signer accepts in one message (32 MiB; appraisal documents are ~200 KB). */
export const MAX_SIGN_PDF_BYTES = 32 * 1024 * 1024;
/** Largest .p12/.pfx the host reads (real ones are a few KB). */
export const MAX_CERTIFICATE_FILE_BYTES = 1024 * 1024;

const PasswordSchema = z.string().max(1024);

/** What the UI may see of the loaded certificate: its info and its public DER (for the trust list). */
const LoadedCertificateSchema = z.object({
  certificate: CertificateInfoSchema,
  certificateDer: BytesSchema,
  /** Kept encrypted with the OS key store and loaded again at the next start. */
  remembered: z.boolean(),
});

export const SignerSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** 18 digits as typed (spaces and dots allowed), or "-" for a Kepala Daerah (domain.md §7). */
  nip: z.string().trim().regex(/^[0-9 .-]{1,40}$/),
});

export const signingContract = {
  'signing:open-certificate': {
    input: z.object({ password: PasswordSchema, remember: z.boolean() }),
    output: z.discriminatedUnion('opened', [
      LoadedCertificateSchema.extend({ opened: z.literal(true) }),
      z.object({ opened: z.literal(false) }),
    ]),
  },
  'signing:create-trial-certificate': {
    input: z.object({
      name: z.string().trim().min(1).max(200),
      nip: z.string().trim().regex(/^[0-9 .]{1,40}$/),
      agency: z.string().trim().min(1).max(300),
      password: z.string().min(6).max(1024),
      remember: z.boolean().optional(),
    }),
    /** The .p12 is offered to the user through a save dialog; a cancelled dialog still loads it. */
    output: LoadedCertificateSchema.extend({ saved: z.boolean(), fileName: z.string().max(300).optional() }),
  },
  'signing:status': {
    input: z.undefined(),
    output: z.discriminatedUnion('loaded', [
      LoadedCertificateSchema.extend({ loaded: z.literal(true), canRemember: z.boolean() }),
      z.object({
        loaded: z.literal(false),
        canRemember: z.boolean(),
        /** Why a remembered certificate could not be loaded (e.g. it expired). */
        problem: z.enum([...SIGNING_ERROR_CODES, 'signing/keystore-unavailable']).optional(),
      }),
    ]),
  },
  'signing:sign': {
    input: z.object({
      pdf: BytesSchema.refine((d) => d.byteLength > 0 && d.byteLength <= MAX_SIGN_PDF_BYTES, 'PDF kosong atau terlalu besar'),
      documentId: z.string().trim().min(1).max(200),
      role: SignerRoleSchema,
      signer: SignerSchema,
      placement: SignaturePlacementSchema,
      zona: z.enum(['WIB', 'WITA', 'WIT']).optional(),
    }),
    output: z.object({ pdf: BytesSchema, record: SignatureRecordSchema }),
  },
  'signing:forget': {
    input: z.undefined(),
    output: z.object({ forgotten: z.literal(true) }),
  },
};

/** Failures of the signing channels beyond the engine's own codes. */
export const SIGNING_HOST_ERROR_CODES = [
  ...SIGNING_ERROR_CODES,
  /** 'signing:sign' with no certificate loaded. */
  'signing/no-certificate',
  /** "Remember" asked where the OS key store cannot protect it (or in the browser). */
  'signing/keystore-unavailable',
] as const;

/** The name offered when saving a trial certificate: "Sertifikat uji coba - Siti Rahmawati.p12". */
export function trialCertificateFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `Sertifikat uji coba - ${clean || 'pengguna'}.p12`;
}

/**
 * The engine's request for a 'signing:sign' call: the document and signer from the UI, the key and
 * certificate from the host's loaded identity (never from the UI). Both hosts build it here.
 */
export function signRequestFor(
  input: z.output<(typeof signingContract)['signing:sign']['input']>,
  identity: Pick<SignPdfRequest, 'signData' | 'chain'> & { certificateDer: Uint8Array },
  time: Date,
  fonts: AppearanceFontBytes,
): SignPdfRequest {
  return {
    documentId: input.documentId,
    role: input.role,
    signer: input.signer,
    placement: input.placement,
    certificate: identity.certificateDer,
    ...(identity.chain ? { chain: identity.chain } : {}),
    signData: identity.signData,
    time,
    ...(input.zona ? { zona: input.zona } : {}),
    fonts,
  };
}
