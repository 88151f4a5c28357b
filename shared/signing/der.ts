/**
 * A small DER reader and writer: enough ASN.1 for X.509 certificates and CMS SignedData.
 * Low tag numbers (< 31) only. The reader also takes BER's indefinite lengths, which NSS (and so
 * poppler's own signing, Firefox-based tools) writes in CMS; the writer emits DER.
 */
import { concatBytes, latin1Bytes, latin1Text, utf8Bytes, utf8Text } from './bytes';

export interface DerNode {
  /** The identifier octet, e.g. 0x30 SEQUENCE, 0xa0 [0] constructed. */
  tag: number;
  /** Offset of the identifier octet in `source`. */
  start: number;
  /** Offset of the first content octet. */
  contentStart: number;
  /** Offset just past the last content octet. */
  contentEnd: number;
  /** Offset just past the element (after the end-of-contents octets of an indefinite length). */
  end: number;
  source: Uint8Array;
}

export const TAG = {
  BOOLEAN: 0x01, INTEGER: 0x02, BIT_STRING: 0x03, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06,
  UTF8: 0x0c, PRINTABLE: 0x13, T61: 0x14, IA5: 0x16, UTC_TIME: 0x17, GENERALIZED_TIME: 0x18,
  BMP: 0x1e, SEQUENCE: 0x30, SET: 0x31,
} as const;

export function readDer(source: Uint8Array, at = 0, limit = source.length): DerNode {
  if (at + 2 > limit) throw new Error('DER: truncated');
  const tag = source[at]!;
  if ((tag & 0x1f) === 0x1f) throw new Error('DER: high tag numbers are not supported');
  let length = source[at + 1]!;
  let contentStart = at + 2;
  if (length === 0x80) {
    if (!(tag & 0x20)) throw new Error('DER: indefinite length on a primitive');
    let next = contentStart;
    while (!(source[next] === 0 && source[next + 1] === 0)) {
      if (next + 2 > limit) throw new Error('DER: missing end-of-contents');
      next = readDer(source, next, limit).end;
    }
    return { tag, start: at, contentStart, contentEnd: next, end: next + 2, source };
  }
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count > 4) throw new Error('DER: unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + source[contentStart + i]!;
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) throw new Error('DER: length beyond end');
  return { tag, start: at, contentStart, contentEnd: end, end, source };
}

export function children(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  for (let at = node.contentStart; at < node.contentEnd; ) {
    const child = readDer(node.source, at, node.contentEnd);
    out.push(child);
    at = child.end;
  }
  return out;
}

export function child(node: DerNode, index: number, tag?: number): DerNode {
  const found = children(node)[index];
  if (!found || (tag !== undefined && found.tag !== tag)) throw new Error(`DER: element ${index} missing`);
  return found;
}

export const content = (n: DerNode): Uint8Array => n.source.subarray(n.contentStart, n.contentEnd);
export const encoded = (n: DerNode): Uint8Array => n.source.subarray(n.start, n.end);

export function readOid(n: DerNode): string {
  const b = content(n);
  const parts: number[] = [];
  let value = 0;
  for (const byte of b) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0) parts.push(Math.min(2, Math.floor(value / 40)), value - 40 * Math.min(2, Math.floor(value / 40)));
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

export function readString(n: DerNode): string {
  const b = content(n);
  switch (n.tag) {
    case TAG.UTF8:
      return utf8Text(b);
    case TAG.BMP: {
      let s = '';
      for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
      return s;
    }
    default:
      return latin1Text(b);
  }
}

export function readTime(n: DerNode): Date {
  const s = latin1Text(content(n));
  const m = n.tag === TAG.UTC_TIME
    ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s)
    : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(s);
  if (!m) throw new Error(`DER: unsupported time ${s}`);
  let year = Number(m[1]);
  if (n.tag === TAG.UTC_TIME) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)));
}

// ---- writer ----

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let l = length; l > 0; l = Math.floor(l / 256)) out.unshift(l & 0xff);
  return [0x80 | out.length, ...out];
}

export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const body = concatBytes(parts);
  return concatBytes([new Uint8Array([tag, ...lengthBytes(body.length)]), body]);
}

export const seq = (...parts: Uint8Array[]): Uint8Array => tlv(TAG.SEQUENCE, ...parts);

/** SET OF in DER order (elements sorted by their encodings, X.690 §11.6). */
export function setOf(...parts: Uint8Array[]): Uint8Array {
  const sorted = [...parts].sort(compareBytes);
  return tlv(TAG.SET, ...sorted);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function oid(dotted: string): Uint8Array {
  const nums = dotted.split('.').map(Number);
  const out: number[] = [];
  const push = (v: number): void => {
    const stack = [v & 0x7f];
    for (let x = Math.floor(v / 128); x > 0; x = Math.floor(x / 128)) stack.unshift(0x80 | (x & 0x7f));
    out.push(...stack);
  };
  push(nums[0]! * 40 + nums[1]!);
  for (const n of nums.slice(2)) push(n);
  return tlv(TAG.OID, new Uint8Array(out));
}

/** INTEGER from unsigned big-endian bytes (adds a leading zero when the top bit is set). */
export function uint(bytes: Uint8Array | number): Uint8Array {
  let b = typeof bytes === 'number' ? new Uint8Array([bytes]) : bytes;
  let i = 0;
  while (i < b.length - 1 && b[i] === 0 && !(b[i + 1]! & 0x80)) i++;
  b = b.subarray(i);
  return tlv(TAG.INTEGER, b[0]! & 0x80 ? concatBytes([new Uint8Array([0]), b]) : b);
}

export const octets = (b: Uint8Array): Uint8Array => tlv(TAG.OCTET_STRING, b);
export const nullValue = (): Uint8Array => new Uint8Array([TAG.NULL, 0]);
export const bool = (v: boolean): Uint8Array => new Uint8Array([TAG.BOOLEAN, 1, v ? 0xff : 0]);
export const bitString = (b: Uint8Array): Uint8Array => tlv(TAG.BIT_STRING, new Uint8Array([0]), b);
export const utf8 = (s: string): Uint8Array => tlv(TAG.UTF8, utf8Bytes(s));
export const printable = (s: string): Uint8Array => tlv(TAG.PRINTABLE, latin1Bytes(s));
/** Context-specific tag [n], constructed (EXPLICIT, or IMPLICIT over a constructed type). */
export const ctx = (n: number, ...parts: Uint8Array[]): Uint8Array => tlv(0xa0 | n, ...parts);

/** UTCTime until 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). */
export function time(date: Date): Uint8Array {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  return date.getUTCFullYear() < 2050 ? tlv(TAG.UTC_TIME, latin1Bytes(iso.slice(2))) : tlv(TAG.GENERALIZED_TIME, latin1Bytes(iso));
}
