/** Small helpers for binary data as Uint8Array (shared/ has no Buffer). */


export { toHex } from '../crypto/sha256';

export function fromHex(hex: string): Uint8Array {
  const clean = hex.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || /[^0-9a-f]/i.test(clean)) throw new Error('not a hex string');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Bytes of a string whose characters are all below U+0100 (PDF syntax, ASN.1 string types). */
export function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function latin1Text(bytes: Uint8Array, from = 0, to = bytes.length): string {
  let out = '';
  for (let i = from; i < to; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 0x8000)));
  }
  return out;
}

// Made once: constructing a TextDecoder costs more than decoding a certificate's names.
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Index of `needle` (ASCII) in `hay` searching backwards from `before` (exclusive); -1 if absent. */
export function lastIndexOfAscii(hay: Uint8Array, needle: string, before = hay.length): number {
  const n = latin1Bytes(needle);
  outer: for (let i = Math.min(before, hay.length) - n.length; i >= 0; i--) {
    for (let j = 0; j < n.length; j++) if (hay[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

/** Every index of `needle` (ASCII) in `hay`, in order. */
export function indexesOfAscii(hay: Uint8Array, needle: string): number[] {
  const n = latin1Bytes(needle);
  const first = n[0];
  const found: number[] = [];
  outer: for (let i = hay.indexOf(first ?? 0); i >= 0 && i <= hay.length - n.length; i = hay.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < n.length; j++) if (hay[i + j] !== n[j]) continue outer;
    found.push(i);
  }
  return found;
}
