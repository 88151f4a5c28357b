/**
 * Detached CMS SignedData (RFC 5652) for PDF signatures, PAdES baseline B-B profile
 * (ETSI EN 319 142-1): signed attributes contentType, messageDigest and ESS signing-certificate-v2;
 * the claimed signing time goes in the signature dictionary's /M (inside the signed byte range),
 * because B-B forbids the CMS signing-time attribute. Built and read with the DER helpers in der.ts.
 */
import { bytesEqual } from './bytes';
import { OID, parseCertificate, type ParsedCertificate } from './certificate';
import {
  TAG, child, children, content, ctx, encoded, nullValue, octets, oid, readDer, readOid, readTime, seq, setOf, time, tlv, uint,
} from './der';
import { sha256 } from '../crypto/sha256';

/**
 * The private-key operation, injected so it runs in native crypto (node:crypto in the main process,
 * WebCrypto in the browser): returns the RSASSA-PKCS1-v1_5 signature with SHA-256 of `data`
 * (the signer hashes `data` itself, as WebCrypto's sign does).
 */
export type SignData = (data: Uint8Array) => Promise<Uint8Array>;

const OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
} as const;

const attribute = (type: string, value: Uint8Array): Uint8Array => seq(oid(type), setOf(value));

export interface SignedDataInput {
  certificate: ParsedCertificate;
  /** Other certificates of the chain (DER), signer's issuer first. */
  chain: readonly Uint8Array[];
  /** SHA-256 of the signed byte ranges. */
  contentDigest: Uint8Array;
  signData: SignData;
  /** Only for non-PAdES use: adds the CMS signing-time attribute. */
  signingTime?: Date;
}

export function signedAttributes(input: Omit<SignedDataInput, 'signData' | 'chain'>): Uint8Array {
  const cert = input.certificate;
  const issuerSerial = seq(seq(ctx(4, cert.issuerDer)), tlv(TAG.INTEGER, cert.serial));
  const essCertIdV2 = seq(octets(sha256(cert.der)), issuerSerial); // hashAlgorithm: SHA-256 by default
  const attrs = [
    attribute(OIDS.contentType, oid(OIDS.data)),
    attribute(OIDS.messageDigest, octets(input.contentDigest)),
    attribute(OIDS.signingCertificateV2, seq(seq(essCertIdV2))),
  ];
  if (input.signingTime) attrs.push(attribute(OIDS.signingTime, time(input.signingTime)));
  return setOf(...attrs);
}

export interface BuiltSignedData {
  /** DER ContentInfo for /Contents. */
  cms: Uint8Array;
  /** The DER SET OF signed attributes, i.e. the bytes `signature` covers. */
  signedAttributes: Uint8Array;
  signature: Uint8Array;
}

export async function buildSignedData(input: SignedDataInput): Promise<BuiltSignedData> {
  const cert = input.certificate;
  const attrsSet = signedAttributes(input);
  const signature = await input.signData(attrsSet);
  const attrsImplicit = new Uint8Array(attrsSet);
  attrsImplicit[0] = 0xa0; // [0] IMPLICIT SET OF Attribute
  const sha256Alg = seq(oid(OID.sha256));
  const signerInfo = seq(
    uint(1),
    seq(cert.issuerDer, tlv(TAG.INTEGER, cert.serial)),
    sha256Alg,
    attrsImplicit,
    seq(oid(OID.rsaEncryption), nullValue()),
    octets(signature),
  );
  const signedData = seq(
    uint(1),
    setOf(sha256Alg),
    seq(oid(OIDS.data)),
    ctx(0, cert.der, ...input.chain),
    setOf(signerInfo),
  );
  return { cms: seq(oid(OIDS.signedData), ctx(0, signedData)), signedAttributes: attrsSet, signature };
}

export interface ParsedSignerInfo {
  certificate: ParsedCertificate | null;
  certificates: ParsedCertificate[];
  digestAlgorithm: string;
  signatureAlgorithm: string;
  /** Signed attributes re-tagged as SET OF, the bytes the signature covers; null when absent. */
  signedAttributes: Uint8Array | null;
  messageDigest: Uint8Array | null;
  contentTypeIsData: boolean;
  signingTime: Date | null;
  /** certHash of ESS signing-certificate(-v2), when present. */
  signingCertificateHash: Uint8Array | null;
  signature: Uint8Array;
}

/** Reads the first SignerInfo of a DER ContentInfo (trailing zero padding is ignored). */
export function parseSignedData(der: Uint8Array): ParsedSignerInfo {
  const info = readDer(der);
  if (readOid(child(info, 0, TAG.OID)) !== OIDS.signedData) throw new Error('CMS: not SignedData');
  const sd = children(child(child(info, 1, 0xa0), 0, TAG.SEQUENCE));
  const certsNode = sd.find((n) => n.tag === 0xa0);
  const certificates = certsNode ? children(certsNode).filter((n) => n.tag === TAG.SEQUENCE).map((n) => parseCertificate(encoded(n).slice())) : [];
  const signerInfos = sd[sd.length - 1];
  if (!signerInfos || signerInfos.tag !== TAG.SET) throw new Error('CMS: no signerInfos');
  const si = children(child(signerInfos, 0, TAG.SEQUENCE));
  const sid = si[1];
  let certificate: ParsedCertificate | null = null;
  if (sid?.tag === TAG.SEQUENCE) {
    const issuer = encoded(child(sid, 0));
    const serial = content(child(sid, 1, TAG.INTEGER));
    certificate = certificates.find((c) => bytesEqual(c.issuerDer, issuer) && bytesEqual(c.serial, serial)) ?? null;
  }
  const attrsNode = si[3]?.tag === 0xa0 ? si[3] : null;
  const rest = si.slice(attrsNode ? 4 : 3);
  const result: ParsedSignerInfo = {
    certificate,
    certificates,
    digestAlgorithm: readOid(child(si[2] ?? child(signerInfos, 0), 0)),
    signatureAlgorithm: readOid(child(rest[0] ?? child(signerInfos, 0), 0)),
    signedAttributes: null,
    messageDigest: null,
    contentTypeIsData: false,
    signingTime: null,
    signingCertificateHash: null,
    signature: content(rest[1] ?? child(signerInfos, 0)),
  };
  if (attrsNode) readAttributes(attrsNode, result);
  return result;
}

function readAttributes(node: ReturnType<typeof readDer>, into: ParsedSignerInfo): void {
  const set = encoded(node).slice();
  set[0] = TAG.SET;
  into.signedAttributes = set;
  for (const a of children(node)) {
    const type = readOid(child(a, 0, TAG.OID));
    const value = child(child(a, 1, TAG.SET), 0);
    if (type === OIDS.messageDigest) into.messageDigest = content(value);
    else if (type === OIDS.contentType) into.contentTypeIsData = readOid(value) === OIDS.data;
    else if (type === OIDS.signingTime) into.signingTime = readTime(value);
    else if (type === OIDS.signingCertificateV2) {
      const firstId = child(child(value, 0, TAG.SEQUENCE), 0, TAG.SEQUENCE);
      const hashNode = children(firstId).find((n) => n.tag === TAG.OCTET_STRING);
      into.signingCertificateHash = hashNode ? content(hashNode) : null;
    }
  }
}
