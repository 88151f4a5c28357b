/**
 * Verifies every signature in a PDF: the byte range, the digest, the RSA signature over the signed
 * attributes (BigInt, no private key involved), the signer's certificate against the agency's trust
 * list, and the matching SignatureRecord. Verdicts are meant to agree with poppler's pdfsig:
 * "Signature is Valid." ⇔ status 'valid'; "Digest Mismatch." ⇔ 'digest-mismatch';
 * "Total document signed" ⇔ coversWholeDocument.
 */
import { bytesEqual, toHex } from './bytes';
import { describeCertificate, isTrialCertificate, parseCertificate, type CertificateInfo, type ParsedCertificate } from './certificate';
import { parseSignedData, type ParsedSignerInfo } from './cms';
import { parsePdfDate } from './format';
import { findSignatures, type FoundSignature } from './pdf-scan';
import type { SignatureRecord } from './record';
import { digest, hashOfSignatureAlgorithm, verifyRsaPkcs1 } from './rsa';
import { sha256 } from '../crypto/sha256';

export type SignatureStatus = 'valid' | 'digest-mismatch' | 'invalid-signature' | 'malformed' | 'unsupported';

export interface SignatureCheck {
  /** 1-based, in file order (= signing order for incremental updates), like pdfsig's "Signature #n". */
  index: number;
  fieldName: string | null;
  signerName: string;
  /** The certificate's serialNumber attribute (the NIP in certificates the app makes). */
  signerNip: string;
  certificate: CertificateInfo | null;
  /** ISO time: the CMS signing-time attribute when present, else the dictionary's /M. */
  signingTime: string | null;
  subFilter: string;
  status: SignatureStatus;
  /** status === 'valid': the signed bytes are unchanged and the signature is the certificate's. */
  intact: boolean;
  /** The byte range reaches the end of the file: nothing was added after this signature. */
  coversWholeDocument: boolean;
  byteRange: [number, number, number, number];
  /** SHA-256 of the revision this signature signs (file start to the end of its byte range). */
  revisionSha256: string;
  /** The certificate is in the trust list or chains to one in it. */
  trusted: boolean;
  trialCertificate: boolean;
  certificateValidAtSigning: boolean | null;
  record: SignatureRecord | null;
}

export interface VerificationReport {
  signatures: SignatureCheck[];
  signed: boolean;
  allIntact: boolean;
  /** The last signature is intact and covers the whole file. */
  wholeDocumentSigned: boolean;
}

export interface VerifyOptions {
  /** DER certificates the agency trusts (signers or their CAs). */
  trusted?: readonly Uint8Array[];
  records?: readonly SignatureRecord[];
}

function tryParseSignedData(der: Uint8Array): ParsedSignerInfo | null {
  try {
    return parseSignedData(der);
  } catch {
    return null;
  }
}

function safeParse(der: Uint8Array): ParsedCertificate | null {
  try {
    return parseCertificate(der);
  } catch {
    return null;
  }
}

function signedBy(child: ParsedCertificate, issuer: ParsedCertificate): boolean {
  if (!bytesEqual(child.issuerDer, issuer.subjectDer) || issuer.keyAlgorithm !== 'rsa') return false;
  const hashOid = hashOfSignatureAlgorithm(child.signatureAlgorithm, '');
  const hash = hashOid ? digest(hashOid, [child.tbs]) : null;
  return !!hash && !!hashOid && verifyRsaPkcs1(issuer.spki, hashOid, hash, child.signature);
}

/** Walks up from the signer through certificates in the CMS and the trust list until a trusted one. */
function chainsToTrusted(cert: ParsedCertificate, pool: ParsedCertificate[], trusted: Set<string>): boolean {
  let current = cert;
  for (let depth = 0; depth < 8; depth++) {
    if (trusted.has(toHex(sha256(current.der)))) return true;
    const issuer = pool.find((c) => c !== current && signedBy(current, c));
    if (!issuer) return false;
    current = issuer;
  }
  return false;
}

function checkCryptography(bytes: Uint8Array, found: FoundSignature, si: ParsedSignerInfo): SignatureStatus {
  const cert = si.certificate;
  if (!cert) return 'malformed';
  const [a, b, c, d] = found.byteRange;
  const contentDigest = digest(si.digestAlgorithm, [bytes.subarray(a, a + b), bytes.subarray(c, c + d)]);
  const sigHash = hashOfSignatureAlgorithm(si.signatureAlgorithm, si.digestAlgorithm);
  if (!contentDigest || !sigHash || cert.keyAlgorithm !== 'rsa') return 'unsupported';
  if (si.signedAttributes) {
    if (!si.messageDigest || !si.contentTypeIsData) return 'malformed';
    const attrsHash = digest(sigHash, [si.signedAttributes]);
    if (!attrsHash || !verifyRsaPkcs1(cert.spki, sigHash, attrsHash, si.signature)) return 'invalid-signature';
    if (si.signingCertificateHash && !bytesEqual(si.signingCertificateHash, sha256(cert.der))) return 'invalid-signature';
    return bytesEqual(si.messageDigest, contentDigest) ? 'valid' : 'digest-mismatch';
  }
  // No signed attributes: the signature is directly over the content digest.
  return verifyRsaPkcs1(cert.spki, sigHash, contentDigest, si.signature) ? 'valid' : 'digest-mismatch';
}

export function verifyPdfSignatures(bytes: Uint8Array, options: VerifyOptions = {}): VerificationReport {
  const trustedCerts = (options.trusted ?? []).map(safeParse).filter((c): c is ParsedCertificate => c !== null);
  const trusted = new Set(trustedCerts.map((c) => toHex(sha256(c.der))));
  const signatures = findSignatures(bytes).map((found, i): SignatureCheck => {
    const [a, , c, d] = found.byteRange;
    const end = c + d;
    const si = tryParseSignedData(found.contents);
    const cert = si?.certificate ?? null;
    const time = si?.signingTime ?? (found.m ? parsePdfDate(found.m) : null);
    const status = si ? checkCryptography(bytes, found, si) : 'malformed';
    const revisionSha256 = toHex(sha256(bytes.subarray(0, end)));
    const info = cert ? describeCertificate(cert) : null;
    return {
      index: i + 1,
      fieldName: found.fieldName,
      signerName: info?.commonName || found.name || '',
      signerNip: info?.nip ?? '',
      certificate: info,
      signingTime: time ? time.toISOString() : null,
      subFilter: found.subFilter,
      status,
      intact: status === 'valid',
      coversWholeDocument: a === 0 && end === bytes.length,
      byteRange: found.byteRange,
      revisionSha256,
      trusted: !!cert && chainsToTrusted(cert, [...(si?.certificates ?? []), ...trustedCerts], trusted),
      trialCertificate: !!cert && isTrialCertificate(cert),
      certificateValidAtSigning: cert && time ? time >= cert.notBefore && time <= cert.notAfter : null,
      record: (info && options.records?.find((r) => r.documentSha256After === revisionSha256 && r.certificateSerial === info.serialNumber)) ?? null,
    };
  });
  const last = signatures[signatures.length - 1];
  return {
    signatures,
    signed: signatures.length > 0,
    allIntact: signatures.length > 0 && signatures.every((s) => s.intact),
    wholeDocumentSigned: !!last && last.intact && last.coversWholeDocument,
  };
}
