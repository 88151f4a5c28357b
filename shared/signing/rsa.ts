/**
 * RSASSA-PKCS1-v1_5 verification with BigInt (a public-key operation is cheap: e = 65537 is 17
 * multiplications), plus the digests verification may meet. Signing never happens here: the private
 * key operation is injected (native crypto), see sign-pdf.ts.
 */
import forge from 'node-forge';
import { bytesEqual, concatBytes, latin1Bytes, latin1Text, toHex } from './bytes';
import { TAG, child, content, nullValue, octets, oid, readDer, readOid, seq } from './der';
import { OID } from './certificate';
import { sha256 } from '../crypto/sha256';

const HASH_OF_SIGNATURE_OID: Record<string, string> = {
  '1.2.840.113549.1.1.5': '1.3.14.3.2.26',
  '1.2.840.113549.1.1.11': OID.sha256,
  '1.2.840.113549.1.1.12': '2.16.840.1.101.3.4.2.2',
  '1.2.840.113549.1.1.13': '2.16.840.1.101.3.4.2.3',
};

/** The digest an RSA signature algorithm implies; `fallback` for plain rsaEncryption. */
export function hashOfSignatureAlgorithm(sigOid: string, fallback: string): string | null {
  if (sigOid === OID.rsaEncryption) return fallback;
  return HASH_OF_SIGNATURE_OID[sigOid] ?? null;
}

/** Digest of the concatenated parts, or null for an algorithm we do not support. */
export function digest(hashOid: string, parts: Uint8Array[]): Uint8Array | null {
  if (hashOid === OID.sha256) return sha256(...parts);
  const factory = {
    '1.3.14.3.2.26': forge.md.sha1,
    '2.16.840.1.101.3.4.2.2': forge.md.sha384,
    '2.16.840.1.101.3.4.2.3': forge.md.sha512,
  }[hashOid];
  if (!factory) return null;
  const md = factory.create();
  for (const p of parts) md.update(latin1Text(p));
  return latin1Bytes(md.digest().getBytes());
}

const toBigInt = (b: Uint8Array): bigint => (b.length === 0 ? 0n : BigInt(`0x${toHex(b)}`));

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}

function toFixedBytes(value: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let v = value;
  for (let i = length - 1; i >= 0 && v > 0n; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Verifies an RSASSA-PKCS1-v1_5 signature over `hash` by building the expected encoding (RFC 8017 §8.2.2). */
export function verifyRsaPkcs1(spki: Uint8Array, hashOid: string, hash: Uint8Array, signature: Uint8Array): boolean {
  const info = readDer(spki);
  if (readOid(child(child(info, 0), 0)) !== OID.rsaEncryption) return false;
  const bits = content(child(info, 1, TAG.BIT_STRING)).subarray(1);
  const key = readDer(bits);
  const n = toBigInt(content(child(key, 0, TAG.INTEGER)));
  const e = toBigInt(content(child(key, 1, TAG.INTEGER)));
  const k = Math.ceil(n.toString(16).length / 2);
  const s = toBigInt(signature);
  if (signature.length !== k || s >= n) return false;
  const em = toFixedBytes(modPow(s, e, n), k);
  // Both encodings of the hash AlgorithmIdentifier occur (with and without NULL parameters).
  return [seq(oid(hashOid), nullValue()), seq(oid(hashOid))].some((alg) => {
    const t = seq(alg, octets(hash));
    if (t.length + 11 > k) return false;
    const expected = concatBytes([new Uint8Array([0, 1]), new Uint8Array(k - t.length - 3).fill(0xff), new Uint8Array([0]), t]);
    return bytesEqual(em, expected);
  });
}
