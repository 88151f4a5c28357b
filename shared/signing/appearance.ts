/**
 * The visible signature block: a form XObject content stream with a QR code drawn as vector
 * rectangles and the signer's role, name, NIP and time in Roboto (the face of the documents
 * themselves), shrunk to fit the box. The fonts are TrueType bytes the host injects (shared/ reads no
 * files); the text is written as glyph ids, and the glyphs drawn are returned so pdf-update.ts can
 * embed just those (pdf-font.ts): the official documents need their fonts embedded.
 */
import { encode } from 'uqr';
import { TrueTypeFont } from './truetype';

/** Roboto Regular and Roboto Medium as .ttf bytes (the same faces pdfmake uses for the documents). */
export interface AppearanceFontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface AppearanceInput {
  width: number;
  height: number;
  roleLabel: string;
  name: string;
  /** Already grouped, e.g. "19951216 202506 1 001". */
  nip: string;
  time: string;
  qrPayload: string;
  trial: boolean;
  fonts: AppearanceFontBytes;
}

export type FontKey = 'F1' | 'F2';

/** One font of the block and the glyphs drawn with it: glyph id to the text it stands for. */
export interface UsedFont {
  font: TrueTypeFont;
  glyphs: Map<number, string>;
}

export interface Appearance {
  stream: string;
  fonts: Record<FontKey, UsedFont>;
}

// Parsed once per process and per font file: the hosts pass the same bytes on every signature.
const parsed = new WeakMap<Uint8Array, TrueTypeFont>();

export function parsedFont(bytes: Uint8Array): TrueTypeFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = new TrueTypeFont(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

const MARK = /\p{M}/u;

/**
 * Glyphs for one character. A character the font lacks falls back to its compatibility form
 * (NFKC, e.g. "ǅ" to "Dž"), then to its base letters without the marks the font lacks, then to
 * '?', so a name never breaks signing.
 */
function glyphsOf(font: TrueTypeFont, ch: string): [number, string][] {
  const direct = font.glyphId(ch.codePointAt(0)!);
  if (direct) return [[direct, ch]];
  const all = (text: string) => Array.from(text, (c) => [font.glyphId(c.codePointAt(0)!), c] as [number, string]);
  const compat = all(ch.normalize('NFKC'));
  if (compat.every(([g]) => g)) return compat;
  const bases = all(ch.normalize('NFKD')).filter(([g, c]) => g || !MARK.test(c));
  if (bases.length && bases.every(([g]) => g)) return bases;
  return [[font.glyphId(63), '?']];
}

/** The text as 2-byte glyph ids (Identity-H), its width in font units, and the glyphs noted as used. */
function encodeText(used: UsedFont, text: string): { hex: string; units: number } {
  let hex = '';
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    for (const [gid, unicode] of glyphsOf(used.font, ch)) {
      hex += gid.toString(16).padStart(4, '0');
      units += used.font.advanceWidth(gid);
      if (!used.glyphs.has(gid)) used.glyphs.set(gid, unicode);
    }
  }
  return { hex, units };
}

const QR_MASK = 0;
const num = (n: number): string => (Math.round(n * 1000) / 1000).toString();

interface Line {
  text: string;
  font: FontKey;
  size: number;
  color: string;
}

/**
 * QR modules as filled rectangles in module units (one `cm` scales them), merging horizontal runs.
 * The mask is fixed: uqr's automatic choice tries all eight at ~1.2 ms each (10 ms, the whole signing
 * budget), and any mask decodes; the tests decode the rendered code with jsQR.
 */
function qrOps(payload: string, x: number, y: number, size: number): string {
  const { data } = encode(payload, { ecc: 'L', border: 2, maskPattern: QR_MASK });
  const n = data.length;
  const ops: string[] = ['1 g', `${num(x)} ${num(y)} ${num(size)} ${num(size)} re f`, 'q', `${num(size / n)} 0 0 ${num(size / n)} ${num(x)} ${num(y)} cm`, '0 g'];
  data.forEach((row, r) => {
    for (let c = 0; c < n; ) {
      if (!row[c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && row[c]) c++;
      ops.push(`${start} ${n - r - 1} ${c - start} 1 re`);
    }
  });
  ops.push('f', 'Q');
  return ops.join('\n');
}

export function signatureAppearance(input: AppearanceInput): Appearance {
  const { width: w, height: h } = input;
  const fonts: Record<FontKey, UsedFont> = {
    F1: { font: parsedFont(input.fonts.regular), glyphs: new Map() },
    F2: { font: parsedFont(input.fonts.bold), glyphs: new Map() },
  };
  const pad = Math.max(1.5, Math.min(5, h * 0.04));
  const qrSize = Math.min(h - 2 * pad, w * 0.4);
  const textX = pad + qrSize + pad * 1.5;
  const textW = w - textX - pad;
  const ink = '0 0 0 rg';
  const muted = '0.3 0.3 0.3 rg';
  // A trial certificate is never a certified electronic signature (domain.md §8): say so first, in red.
  const lines: Line[] = [
    input.trial
      ? { text: 'UJI COBA - bukan TTE tersertifikasi', font: 'F2', size: 6.5, color: '0.75 0 0 rg' }
      : { text: 'Ditandatangani secara elektronik', font: 'F1', size: 6.5, color: muted },
    { text: input.roleLabel, font: 'F1', size: 7.5, color: muted },
    { text: input.name, font: 'F2', size: 9.5, color: ink },
    { text: `NIP ${input.nip}`, font: 'F1', size: 8, color: ink },
    { text: input.time, font: 'F1', size: 7.5, color: ink },
  ];
  const lead = 1.2;
  const total = lines.reduce((s, l) => s + l.size * lead, 0);
  const scale = Math.min(1.4, (h - 2 * pad) / total);
  const ops: string[] = ['q', '0.55 G 0.5 w', `0.25 0.25 ${num(w - 0.5)} ${num(h - 0.5)} re S`];
  if (qrSize > 8) ops.push(qrOps(input.qrPayload, pad, (h - qrSize) / 2, qrSize));
  let baseline = h - pad - (h - 2 * pad - total * scale) / 2;
  for (const line of lines) {
    const used = fonts[line.font];
    let size = line.size * scale;
    baseline -= size * lead;
    const { hex, units } = encodeText(used, line.text);
    const width = (units * size) / used.font.metrics.unitsPerEm;
    if (width > textW) size *= textW / width;
    ops.push(`BT ${line.color} /${line.font} ${num(size)} Tf 1 0 0 1 ${num(textX)} ${num(baseline + size * 0.22)} Tm <${hex}> Tj ET`);
  }
  ops.push('Q');
  return { stream: ops.join('\n'), fonts };
}
