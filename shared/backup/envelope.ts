import { z } from 'zod';
import { sha256, toHex } from '../crypto/sha256';
import { fail } from './problems';

/**
 * Password sealing of a whole backup file: AES-256-GCM (authenticated) under a key from
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP 2023 for PBKDF2-SHA256) and a random salt.
 *   "PEKA-ENC" | uint32 header length | header JSON | ciphertext with its 16-byte tag
 * The header (KDF parameters, IV, length) is authenticated as additional data. It also carries a
 * password check (SHA-256 of a value derived with the key), so a wrong password is told apart from
 * a damaged file; it lets an attacker test a password no faster than decrypting would.
 * The primitives are injected: WebCrypto in the renderer (webcrypto-cipher.ts), node:crypto in tests.
 */
export type EnvelopeCrypto = {
  randomBytes(length: number): Uint8Array;
  pbkdf2Sha256(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array>;
  aesGcmEncrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, plain: Uint8Array): Promise<Uint8Array>;
  /** Rejects when the authentication tag does not verify. */
  aesGcmDecrypt(key: Uint8Array, iv: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Promise<Uint8Array>;
};

export const ENVELOPE_MAGIC = 'PEKA-ENC';
export const KDF_ITERATIONS = 600_000;
/** A header asking for more would make opening the file a denial of service. */
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSWORD_LENGTH = 8;
const TAG_BYTES = 16;

const HeaderSchema = z.object({
  v: z.literal(1),
  kdf: z.object({ name: z.literal('PBKDF2-SHA256'), iterations: z.number().int().min(KDF_ITERATIONS).max(MAX_ITERATIONS), salt: z.string().regex(/^[0-9a-f]{32,128}$/) }),
  cipher: z.object({ name: z.literal('AES-256-GCM'), iv: z.string().regex(/^[0-9a-f]{24}$/) }),
  check: z.string().regex(/^[0-9a-f]{64}$/),
  length: z.number().int().min(TAG_BYTES),
});
type Header = z.infer<typeof HeaderSchema>;

const encoder = new TextEncoder();
const magicBytes = encoder.encode(ENVELOPE_MAGIC);

export function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= magicBytes.length && magicBytes.every((b, i) => bytes[i] === b);
}

const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));

/** Key and password check, both from the one slow derivation (domain-separated by a label). */
async function deriveSecrets(crypto: EnvelopeCrypto, password: string, salt: Uint8Array, iterations: number) {
  const master = await crypto.pbkdf2Sha256(password, salt, iterations);
  return { key: sha256(master, encoder.encode('peka-backup-key')), check: toHex(sha256(master, encoder.encode('peka-backup-check'))) };
}

function frame(headerBytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(magicBytes.length + 4 + headerBytes.length);
  out.set(magicBytes, 0);
  new DataView(out.buffer).setUint32(magicBytes.length, headerBytes.length);
  out.set(headerBytes, magicBytes.length + 4);
  return out;
}

export async function seal(crypto: EnvelopeCrypto, password: string, plain: Uint8Array): Promise<Uint8Array> {
  const iterations = KDF_ITERATIONS;
  if (password.length < MIN_PASSWORD_LENGTH) fail('backup/weak-password', { min: MIN_PASSWORD_LENGTH });
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const { key, check } = await deriveSecrets(crypto, password, salt, iterations);
  const header: Header = {
    v: 1,
    kdf: { name: 'PBKDF2-SHA256', iterations, salt: toHex(salt) },
    cipher: { name: 'AES-256-GCM', iv: toHex(iv) },
    check,
    length: plain.length + TAG_BYTES,
  };
  const prefix = frame(encoder.encode(JSON.stringify(header)));
  const sealed = await crypto.aesGcmEncrypt(key, iv, prefix, plain);
  const out = new Uint8Array(prefix.length + sealed.length);
  out.set(prefix, 0);
  out.set(sealed, prefix.length);
  return out;
}

function readHeader(bytes: Uint8Array): { header: Header; prefix: Uint8Array; body: Uint8Array } {
  const at = magicBytes.length;
  if (bytes.length < at + 4) fail('backup/truncated');
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at);
  if (size > 4096) fail('backup/corrupted', { entry: 'header' });
  if (bytes.length < at + 4 + size) fail('backup/truncated');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at + 4, at + 4 + size)));
  } catch {
    return fail('backup/corrupted', { entry: 'header' });
  }
  if (typeof raw === 'object' && raw !== null && typeof (raw as { v?: unknown }).v === 'number' && (raw as { v: number }).v > 1) {
    fail('backup/newer-format', { found: (raw as { v: number }).v, supported: 1 });
  }
  const header = HeaderSchema.safeParse(raw);
  if (!header.success) return fail('backup/corrupted', { entry: 'header' });
  const body = bytes.subarray(at + 4 + size);
  if (body.length < header.data.length) fail('backup/truncated');
  if (body.length > header.data.length) fail('backup/corrupted', { entry: 'ciphertext' });
  return { header: header.data, prefix: bytes.subarray(0, at + 4 + size), body };
}

/** Opens a sealed file: truncated, damaged and wrong password are three different answers. */
export async function unseal(crypto: EnvelopeCrypto, password: string, bytes: Uint8Array): Promise<Uint8Array> {
  const { header, prefix, body } = readHeader(bytes);
  const { key, check } = await deriveSecrets(crypto, password, fromHex(header.kdf.salt), header.kdf.iterations);
  if (check !== header.check) fail('backup/wrong-password');
  try {
    return await crypto.aesGcmDecrypt(key, fromHex(header.cipher.iv), prefix, body);
  } catch {
    return fail('backup/corrupted', { entry: 'ciphertext' });
  }
}
