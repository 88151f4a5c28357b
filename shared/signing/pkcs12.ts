/**
 * Opens a PKCS#12 (.p12/.pfx) file with node-forge (pure JS; parsing happens once per session, so
 * its speed does not matter). Returns the private key as PKCS#8 DER for a native signer, and the
 * certificates. The key never leaves the process that called this (the main process on desktop).
 */
import forge from 'node-forge';
import { latin1Bytes, latin1Text, toHex } from './bytes';
import { TAG, child, content, readDer } from './der';
import { describeCertificate, parseCertificate, type CertificateInfo, type ParsedCertificate } from './certificate';
import { SigningError } from './errors';

export interface SigningIdentity {
  /** PKCS#8 PrivateKeyInfo, DER: for node:crypto createPrivateKey or WebCrypto importKey('pkcs8'). */
  privateKeyPkcs8: Uint8Array;
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  /** The other certificates in the file (DER), e.g. the issuing CA. */
  chain: Uint8Array[];
  info: CertificateInfo;
}

/** Throws 'signing/certificate-expired' or 'signing/certificate-not-yet-valid' outside the validity period. */
export function assertCertificateValidAt(cert: ParsedCertificate, at: Date): void {
  if (at.getTime() > cert.notAfter.getTime()) throw new SigningError('signing/certificate-expired', cert.notAfter.toISOString());
  if (at.getTime() < cert.notBefore.getTime()) throw new SigningError('signing/certificate-not-yet-valid', cert.notBefore.toISOString());
}

/** Hex of an RSA SubjectPublicKeyInfo's modulus, without leading zeros. */
export function rsaModulusHex(spki: Uint8Array): string {
  const bits = content(child(readDer(spki), 1, TAG.BIT_STRING)).subarray(1);
  return toHex(content(child(readDer(bits), 0, TAG.INTEGER))).replace(/^0+/, '');
}

function decodePfx(p12: Uint8Array, password: string): forge.Pkcs12Pfx {
  let asn1: forge.Asn1;
  try {
    asn1 = forge.asn1.fromDer(latin1Text(p12), false);
  } catch (e) {
    throw new SigningError('signing/invalid-certificate', String(e));
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password/i.test(message)) throw new SigningError('signing/wrong-password');
    throw new SigningError('signing/invalid-certificate', message);
  }
}

export function openPkcs12(p12: Uint8Array, password: string, now: Date = new Date()): SigningIdentity {
  const pfx = decodePfx(p12, password);
  const oids = forge.pki.oids;
  const keyBags = [
    ...(pfx.getBags({ bagType: oids.pkcs8ShroudedKeyBag ?? '' })[oids.pkcs8ShroudedKeyBag ?? ''] ?? []),
    ...(pfx.getBags({ bagType: oids.keyBag ?? '' })[oids.keyBag ?? ''] ?? []),
  ];
  const certBags = pfx.getBags({ bagType: oids.certBag ?? '' })[oids.certBag ?? ''] ?? [];
  const keyBag = keyBags[0];
  if (!keyBag || certBags.length === 0) throw new SigningError('signing/invalid-certificate', 'no key or certificate');
  if (!keyBag.key) throw new SigningError('signing/unsupported-key');
  const privateKeyPkcs8 = latin1Bytes(forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key))).getBytes());

  const certs = certBags.map((bag) => {
    const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
    if (!asn1) throw new SigningError('signing/invalid-certificate', 'unreadable certificate');
    return parseCertificate(latin1Bytes(forge.asn1.toDer(asn1).getBytes()));
  });
  const modulus = (keyBag.key.n as { toString(radix: number): string }).toString(16).replace(/^0+/, '');
  const signer = certs.find((c) => c.keyAlgorithm === 'rsa' && rsaModulusHex(c.spki) === modulus);
  if (!signer) throw new SigningError('signing/key-mismatch');
  assertCertificateValidAt(signer, now);
  return {
    privateKeyPkcs8,
    certificate: signer.der,
    chain: certs.filter((c) => c !== signer).map((c) => c.der),
    info: describeCertificate(signer),
  };
}
