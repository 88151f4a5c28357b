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
    // apply over the typed array: ~7x faster than spreading it (a font program is ~10 KB).
    out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(to, i + 0x8000)) as unknown as number[]);
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/**
 * The bytes of a base64 `data:` URL (or of plain base64), e.g. a font a bundler inlined with
 * `?inline`: the same in Node, Electron and the browser, where atob and Buffer differ.
 */
export function dataUrlBytes(url: string): Uint8Array {
  const text = url.slice(url.indexOf(',') + 1).replace(/[=\s]+$/, '');
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const v = BASE64_VALUE[text.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`not base64 at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}
