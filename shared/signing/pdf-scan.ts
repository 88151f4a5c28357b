/**
 * Finds signature dictionaries by scanning the bytes for /ByteRange, the way a signature is pinned to
 * file offsets anyway: independent of the rest of the PDF's structure, so a tampered or truncated
 * file still shows its signatures. A /ByteRange counts only when its gap is exactly a hex string
 * preceded by /Contents.
 */
import { fromHex, indexesOfAscii, lastIndexOfAscii, latin1Text } from './bytes';

export interface FoundSignature {
  byteRange: [number, number, number, number];
  contents: Uint8Array;
  subFilter: string;
  /** Raw /M value, e.g. "D:20251216140500+07'00'". */
  m: string | null;
  name: string | null;
  fieldName: string | null;
}

/** Decodes a PDF string token (literal or hex) as text: UTF-16BE with BOM, else PDFDocEncoding ≈ Latin-1. */
export function decodePdfString(token: string): string {
  let raw: string;
  if (token.startsWith('<')) {
    raw = latin1Text(fromHex(token.slice(1, -1).padEnd(token.length - 2 + ((token.length - 2) % 2), '0')));
  } else {
    const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    raw = token
      .slice(1, -1)
      .replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) => (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8) & 0xff) : e === '\n' ? '' : (esc[e] ?? e)));
  }
  if (raw.charCodeAt(0) === 0xfe && raw.charCodeAt(1) === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < raw.length; i += 2) s += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    return s;
  }
  return raw;
}

const STRING_TOKEN = String.raw`(<[0-9A-Fa-f\s]*>|\((?:\\[\s\S]|[^\\)])*\))`;

function stringEntry(dict: string, key: string): string | null {
  const m = new RegExp(String.raw`/${key}\s*${STRING_TOKEN}`).exec(dict);
  return m?.[1] ? decodePdfString(m[1]) : null;
}

function enclosingObject(bytes: Uint8Array, at: number, after: number): { text: string; header: RegExpExecArray | null } {
  const start = Math.max(0, lastIndexOfAscii(bytes, 'obj', at) - 24);
  const endAt = indexOfFrom(bytes, 'endobj', after);
  const text = latin1Text(bytes, start, endAt < 0 ? Math.min(bytes.length, after + 4096) : endAt);
  return { text, header: /(\d+)\s+(\d+)\s+obj\b/.exec(text) };
}

function indexOfFrom(bytes: Uint8Array, needle: string, from: number): number {
  const slice = bytes.subarray(from, Math.min(bytes.length, from + 65536));
  const i = indexesOfAscii(slice, needle)[0];
  return i === undefined ? -1 : from + i;
}

function fieldNameOf(text: string, num: string, gen: string): string | null {
  const re = new RegExp(String.raw`/V\s+${num}\s+${gen}\s+R\b`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = text.lastIndexOf(' obj', m.index);
    const end = text.indexOf('endobj', m.index);
    const name = stringEntry(text.slice(start < 0 ? 0 : start, end < 0 ? undefined : end), 'T');
    if (name !== null) return name;
  }
  return null;
}

export function findSignatures(bytes: Uint8Array): FoundSignature[] {
  const found: FoundSignature[] = [];
  let fileText: string | null = null;
  for (const at of indexesOfAscii(bytes, '/ByteRange')) {
    const head = latin1Text(bytes, at, Math.min(bytes.length, at + 120));
    const m = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(head);
    if (!m) continue;
    const br = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
    const [a, b, c, d] = br;
    const gap = a + b; // the excluded /Contents hex string runs from `gap` to `c`
    if (!(gap < c && c + d <= bytes.length && bytes[gap] === 0x3c && bytes[c - 1] === 0x3e)) continue;
    if (!/\/Contents\s*$/.test(latin1Text(bytes, Math.max(0, gap - 20), gap))) continue;
    const hex = latin1Text(bytes, gap + 1, c - 1);
    if (/[^0-9A-Fa-f\s]/.test(hex)) continue;
    const { text, header } = enclosingObject(bytes, Math.min(at, gap), c);
    const dict = text.replace(hex, '');
    const subFilter = /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dict)?.[1] ?? '';
    let fieldName: string | null = null;
    if (header?.[1] && header[2]) {
      fileText ??= latin1Text(bytes);
      fieldName = fieldNameOf(fileText, header[1], header[2]);
    }
    found.push({
      byteRange: br,
      contents: fromHex(hex.length % 2 ? `${hex}0` : hex),
      subFilter,
      m: stringEntry(dict, 'M'),
      name: stringEntry(dict, 'Name'),
      fieldName,
    });
  }
  return found;
}
