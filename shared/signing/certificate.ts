/** X.509 certificates read with the DER reader: just what signing, display and trust need. */
import { bytesEqual, toHex } from './bytes';
import { TAG, child, children, content, encoded, readDer, readOid, readString, readTime, type DerNode } from './der';
import { sha256 } from '../crypto/sha256';

/** Put in the OU of every certificate the app makes for trying it out (domain.md §8). */
export const TRIAL_MARKER = 'SERTIFIKAT UJI COBA - BUKAN TTE TERSERTIFIKASI';

const NAME_OIDS: Record<string, string> = {
  '2.5.4.3': 'CN', '2.5.4.5': 'serialNumber', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST',
  '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.12': 'title', '2.5.4.4': 'SN', '2.5.4.42': 'GN',
  '1.2.840.113549.1.9.1': 'E',
};

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

export interface NameAttribute {
  type: string;
  value: string;
}

export interface ParsedCertificate {
  der: Uint8Array;
  tbs: Uint8Array;
  /** Content octets of the serial INTEGER (as encoded, may start with 00). */
  serial: Uint8Array;
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  issuer: NameAttribute[];
  subject: NameAttribute[];
  notBefore: Date;
  notAfter: Date;
  /** Encoded SubjectPublicKeyInfo. */
  spki: Uint8Array;
  keyAlgorithm: 'rsa' | 'ec' | 'other';
  signatureAlgorithm: string;
  signature: Uint8Array;
}

/** What the UI shows about a certificate; also stored with each signature record. */
export interface CertificateInfo {
  subject: string;
  commonName: string;
  organization: string;
  /** The subject serialNumber attribute; the app puts the NIP there. */
  nip: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  selfSigned: boolean;
  /** The certificate carries the app's trial marker: never a certified electronic signature. */
  trial: boolean;
  sha256: string;
}

function readName(node: DerNode): NameAttribute[] {
  const out: NameAttribute[] = [];
  for (const rdn of children(node)) {
    for (const atv of children(rdn)) {
      const [type, value] = children(atv);
      if (!type || !value) continue;
      const o = readOid(type);
      out.push({ type: NAME_OIDS[o] ?? o, value: readString(value) });
    }
  }
  return out;
}

export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const cert = readDer(der);
  if (cert.tag !== TAG.SEQUENCE || cert.end !== der.length) throw new Error('not a DER certificate');
  const tbs = child(cert, 0, TAG.SEQUENCE);
  const fields = children(tbs);
  const shift = fields[0]?.tag === 0xa0 ? 1 : 0;
  const field = (i: number): DerNode => {
    const f = fields[i + shift];
    if (!f) throw new Error('certificate field missing');
    return f;
  };
  const validity = children(field(3));
  const spki = field(5);
  const keyOid = readOid(child(child(spki, 0), 0));
  const sigValue = content(child(cert, 2, TAG.BIT_STRING));
  return {
    der,
    tbs: encoded(tbs),
    serial: content(field(0)),
    issuerDer: encoded(field(2)),
    subjectDer: encoded(field(4)),
    issuer: readName(field(2)),
    subject: readName(field(4)),
    notBefore: readTime(validity[0] ?? field(3)),
    notAfter: readTime(validity[1] ?? field(3)),
    spki: encoded(spki),
    keyAlgorithm: keyOid === OID.rsaEncryption ? 'rsa' : keyOid === OID.ecPublicKey ? 'ec' : 'other',
    signatureAlgorithm: readOid(child(child(cert, 1), 0)),
    signature: sigValue.subarray(1),
  };
}

export function nameToString(name: NameAttribute[]): string {
  return [...name].reverse().map((a) => `${a.type}=${a.value.replace(/([,+"\\<>;])/g, '\\$1')}`).join(', ');
}

const attr = (name: NameAttribute[], type: string): string => name.find((a) => a.type === type)?.value ?? '';

export function isTrialCertificate(cert: ParsedCertificate): boolean {
  return cert.subject.some((a) => a.type === 'OU' && a.value.toUpperCase().includes('SERTIFIKAT UJI COBA'));
}

export function serialHex(cert: ParsedCertificate): string {
  const hex = toHex(cert.serial).replace(/^(00)+(?=.)/, '');
  return hex.toUpperCase();
}

export function describeCertificate(cert: ParsedCertificate): CertificateInfo {
  return {
    subject: nameToString(cert.subject),
    commonName: attr(cert.subject, 'CN'),
    organization: attr(cert.subject, 'O'),
    nip: attr(cert.subject, 'serialNumber'),
    issuer: nameToString(cert.issuer),
    serialNumber: serialHex(cert),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    selfSigned: bytesEqual(cert.subjectDer, cert.issuerDer),
    trial: isTrialCertificate(cert),
    sha256: toHex(sha256(cert.der)),
  };
}
