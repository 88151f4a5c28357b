/**
 * The agency logo printed at the left of every document's header (domain.md §7, §13: "agency name
 * and logo"). Only PNG and JPEG are accepted, recognised by their first bytes rather than the file
 * name, because those are what pdfmake (pdfkit) embeds and every PDF reader shows. The pixel size
 * is read from the PNG IHDR chunk or the JPEG SOF segment without decoding the image, and the
 * file's structure is walked to its end so that a truncated file is refused before it is stored.
 */

export const LOGO_MIMES = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof LOGO_MIMES)[number];

/** 512 KB: a logo printed 1.8 cm high needs far less; the record travels in every backup. */
export const LOGO_MAX_BYTES = 512 * 1024;
/** Below this the printed logo (1.8 cm high) is visibly blurred: 64 px is about 90 dpi. */
export const LOGO_MIN_SIDE = 64;
/** Above this pdfkit decodes megabytes per document (a PNG with transparency) for no visible gain. */
export const LOGO_MAX_SIDE = 2000;
/** Width to height, either way: a wider or taller image leaves no room for the centred header text. */
export const LOGO_MAX_ASPECT = 3;

export type LogoInfo = { mime: LogoMime; width: number; height: number };

export type LogoProblem =
  | { code: 'empty' }
  | { code: 'not-image' }
  | { code: 'wrong-format'; format: string }
  | { code: 'too-large'; kb: number; maxKb: number }
  | { code: 'damaged'; format: 'PNG' | 'JPEG' }
  | { code: 'unsupported-jpeg' }
  | { code: 'too-small'; width: number; height: number; min: number }
  | { code: 'too-many-pixels'; width: number; height: number; max: number }
  | { code: 'aspect'; width: number; height: number; max: number };

export type LogoCheck = { ok: true; info: LogoInfo } | { ok: false; problem: LogoProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));
const u16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;

/** The name of a well-known image or document format that is not PNG/JPEG, for the message. */
function otherFormat(b: Uint8Array): string | null {
  const head = ascii(b, 0, 16);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'GIF';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'WebP';
  if (head.startsWith('BM')) return 'BMP';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'TIFF';
  if (head.startsWith('%PDF')) return 'PDF';
  if (startsWith(b, [0, 0, 1, 0])) return 'ICO';
  if (head.slice(4, 8) === 'ftyp') return /^(avif|avis)/.test(head.slice(8, 12)) ? 'AVIF' : /^(heic|heix|mif1|msf1)/.test(head.slice(8, 12)) ? 'HEIC' : null;
  if (/<svg[\s>]/i.test(ascii(b, 0, 1024).replace(/^\uFEFF/, ''))) return 'SVG';
  return null;
}

const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** Walks the PNG chunks from IHDR to IEND; null when the file is cut short or malformed. */
function readPng(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 8 + 25 || u32(b, 8) !== 13 || ascii(b, 12, 16) !== 'IHDR') return null;
  const width = u32(b, 16);
  const height = u32(b, 20);
  const depth = b[24]!;
  const colour = b[25]!;
  if (width === 0 || height === 0 || !PNG_DEPTHS[colour]?.includes(depth) || b[26] !== 0 || b[27] !== 0 || b[28]! > 1) return null;
  let pos = 8;
  let data = false;
  let palette = false;
  while (pos + 12 <= b.length) {
    const length = u32(b, pos);
    const type = ascii(b, pos + 4, pos + 8);
    const next = pos + 12 + length;
    if (next > b.length) return null;
    if (type === 'IDAT') data = true;
    if (type === 'PLTE') palette = true;
    if (type === 'IEND') return data && (colour !== 3 || palette) ? { width, height } : null;
    pos = next;
  }
  return null;
}

/** Baseline, extended and progressive DCT: what PDF readers decode. */
const JPEG_SUPPORTED_SOF = new Set([0xc0, 0xc1, 0xc2]);
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** Reads the JPEG segments up to the frame header, and checks the file still ends with EOI. */
function readJpeg(b: Uint8Array): { width: number; height: number } | 'unsupported' | null {
  let pos = 2;
  let frame: { width: number; height: number } | 'unsupported' | null = null;
  while (!frame) {
    while (b[pos] === 0xff && b[pos + 1] === 0xff) pos++;
    if (pos + 4 > b.length || b[pos] !== 0xff) return null;
    const marker = b[pos + 1]!;
    if (marker === 0xda || marker === 0xd9) return null; // image data before any frame header
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    const length = u16(b, pos + 2);
    if (length < 2 || pos + 2 + length > b.length) return null;
    if (isSof(marker)) {
      if (length < 8) return null;
      const height = u16(b, pos + 5);
      const width = u16(b, pos + 7);
      const components = b[pos + 9]!;
      if (width === 0 || height === 0 || ![1, 3, 4].includes(components)) return null;
      frame = JPEG_SUPPORTED_SOF.has(marker) && b[pos + 4] === 8 ? { width, height } : 'unsupported';
    }
    pos += 2 + length;
  }
  // A cut-off file loses its end-of-image marker; some writers pad a few bytes after it.
  for (let i = b.length - 2; i >= Math.max(pos, b.length - 64); i--) if (b[i] === 0xff && b[i + 1] === 0xd9) return frame;
  return null;
}

/** Everything wrong with a candidate logo file, in the order a user would fix it; or its format and size. */
export function inspectLogo(bytes: Uint8Array): LogoCheck {
  const fail = (problem: LogoProblem): LogoCheck => ({ ok: false, problem });
  if (bytes.length === 0) return fail({ code: 'empty' });
  const mime: LogoMime | null = startsWith(bytes, PNG_SIGNATURE) ? 'image/png' : startsWith(bytes, [0xff, 0xd8, 0xff]) ? 'image/jpeg' : null;
  if (!mime) {
    const format = otherFormat(bytes);
    return fail(format ? { code: 'wrong-format', format } : { code: 'not-image' });
  }
  if (bytes.length > LOGO_MAX_BYTES) return fail({ code: 'too-large', kb: Math.ceil(bytes.length / 1024), maxKb: LOGO_MAX_BYTES / 1024 });
  const size = mime === 'image/png' ? readPng(bytes) : readJpeg(bytes);
  if (size === 'unsupported') return fail({ code: 'unsupported-jpeg' });
  if (!size) return fail({ code: 'damaged', format: mime === 'image/png' ? 'PNG' : 'JPEG' });
  const { width, height } = size;
  if (Math.min(width, height) < LOGO_MIN_SIDE) return fail({ code: 'too-small', width, height, min: LOGO_MIN_SIDE });
  if (Math.max(width, height) > LOGO_MAX_SIDE) return fail({ code: 'too-many-pixels', width, height, max: LOGO_MAX_SIDE });
  if (Math.max(width / height, height / width) > LOGO_MAX_ASPECT) return fail({ code: 'aspect', width, height, max: LOGO_MAX_ASPECT });
  return { ok: true, info: { mime, width, height } };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (shared/ has neither btoa's binary strings nor Buffer). */
export function base64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 3 * 4096) {
    const end = Math.min(bytes.length, start + 3 * 4096);
    let out = '';
    for (let i = start; i < end; i += 3) {
      const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
      out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (i + 1 < end ? B64[(n >> 6) & 63]! : '=') + (i + 2 < end ? B64[n & 63]! : '=');
    }
    parts.push(out);
  }
  return parts.join('');
}

/** The image as pdfmake takes it: `image: 'data:image/png;base64,…'`. */
export function logoDataUrl(mime: LogoMime, bytes: Uint8Array): string {
  return `data:${mime};base64,${base64(bytes)}`;
}
