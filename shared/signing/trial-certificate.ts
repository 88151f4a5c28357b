/**
 * A self-signed certificate for trying the app (domain.md §8): RSA-2048, subject CN = the person's
 * name, O = agency, serialNumber = NIP, and OU = TRIAL_MARKER so every place that shows it (the
 * signature block, the verifier, the certificate list) can label it as not a certified signature.
 * Key generation and the certificate's own signature go through injected native crypto; node-forge
 * only wraps the result into a password-protected .p12 (PBES2 / AES-256, MAC SHA-1).
 */
import forge from 'node-forge';
import { latin1Bytes, latin1Text, utf8Bytes } from './bytes';
import { OID, TRIAL_MARKER, describeCertificate, parseCertificate, type CertificateInfo } from './certificate';
import type { SignData } from './cms';
import { bitString, bool, ctx, nullValue, octets, oid, printable, seq, setOf, time, uint, utf8 } from './der';
import { sha256 } from '../crypto/sha256';

/** Native key generation and signing, provided by the host (node:crypto or WebCrypto). */
export interface SigningCrypto {
  generateRsaKeyPair(): Promise<{ privateKeyPkcs8: Uint8Array; publicKeySpki: Uint8Array }>;
  signerFor(privateKeyPkcs8: Uint8Array): Promise<SignData>;
}

export interface TrialCertificateRequest {
  name: string;
  nip: string;
  agency: string;
  password: string;
  crypto: SigningCrypto;
  now?: Date;
  /** Default 365. */
  validDays?: number;
}

export interface TrialCertificate {
  p12: Uint8Array;
  certificate: Uint8Array;
  info: CertificateInfo;
}

const rdn = (type: string, value: Uint8Array): Uint8Array => setOf(seq(oid(type), value));

function subjectName(req: TrialCertificateRequest): Uint8Array {
  return seq(
    rdn('2.5.4.6', printable('ID')),
    rdn('2.5.4.10', utf8(req.agency.trim() || 'Instansi')),
    rdn('2.5.4.11', utf8(TRIAL_MARKER)),
    rdn('2.5.4.3', utf8(req.name.trim())),
    rdn('2.5.4.5', printable(req.nip.replace(/[^0-9A-Za-z]/g, ''))),
  );
}

const extension = (id: string, critical: boolean, value: Uint8Array): Uint8Array =>
  critical ? seq(oid(id), bool(true), octets(value)) : seq(oid(id), octets(value));

export async function createTrialCertificate(req: TrialCertificateRequest): Promise<TrialCertificate> {
  const now = req.now ?? new Date();
  const keys = await req.crypto.generateRsaKeyPair();
  const name = subjectName(req);
  // A positive 128-bit serial derived from the fresh key and the time: unique without a random source.
  const serial = sha256(keys.publicKeySpki, utf8Bytes(now.toISOString())).slice(0, 16);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  const sigAlg = seq(oid(OID.sha256WithRSA), nullValue());
  const notBefore = new Date(now.getTime() - 5 * 60_000);
  const notAfter = new Date(now.getTime() + (req.validDays ?? 365) * 86_400_000);
  const tbs = seq(
    ctx(0, uint(2)),
    uint(serial),
    sigAlg,
    name,
    seq(time(notBefore), time(notAfter)),
    name,
    keys.publicKeySpki,
    ctx(3, seq(
      extension('2.5.29.19', true, seq()),
      // digitalSignature + nonRepudiation (contentCommitment)
      extension('2.5.29.15', true, new Uint8Array([0x03, 0x02, 0x06, 0xc0])),
      extension('2.5.29.14', false, octets(sha256(keys.publicKeySpki).slice(0, 20))),
    )),
  );
  const sign = await req.crypto.signerFor(keys.privateKeyPkcs8);
  const certificate = seq(tbs, sigAlg, bitString(await sign(tbs)));
  const forgeKey = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(latin1Text(keys.privateKeyPkcs8)));
  const forgeCert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(latin1Text(certificate)));
  const pfx = forge.pkcs12.toPkcs12Asn1(forgeKey, forgeCert, req.password, {
    algorithm: 'aes256',
    friendlyName: `${req.name.trim()} (uji coba)`,
  });
  return {
    p12: latin1Bytes(forge.asn1.toDer(pfx).getBytes()),
    certificate,
    info: describeCertificate(parseCertificate(certificate)),
  };
}

