/**
 * PDF signing and verification engine (domain.md §8). Pure TypeScript: binary data is Uint8Array and
 * the private-key operation is injected (`SignData`, `SigningCrypto`) so it runs in native crypto —
 * electron/main/signing/native-signer.ts on desktop, renderer/src/features/signing/webcrypto-signer.ts
 * on the web.
 */
export { TRIAL_MARKER, describeCertificate, parseCertificate, type CertificateInfo } from './certificate';
export type { AppearanceFontBytes } from './appearance';
export { dataUrlBytes } from './bytes';
export type { SignData } from './cms';
export { SIGNING_ERROR_CODES, SigningError, isSigningError, type SigningErrorCode } from './errors';
export { ROLE_LABEL, formatWaktuTandaTangan, qrPayload, type SignerRole, type ZonaWaktu } from './format';
export { openPkcs12, type SigningIdentity } from './pkcs12';
export { CertificateInfoSchema, SignaturePlacementSchema, SignatureRecordSchema, SignerRoleSchema, type SignatureRecord } from './record';
export { sha256 } from '../crypto/sha256';
export { signPdf, type SignPdfRequest, type SignPdfResult, type SignaturePlacement } from './sign-pdf';
export { createTrialCertificate, type SigningCrypto, type TrialCertificate, type TrialCertificateRequest } from './trial-certificate';
export { verifyPdfSignatures, type SignatureCheck, type SignatureStatus, type VerificationReport, type VerifyOptions } from './verify-pdf';
