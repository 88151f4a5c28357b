/**
 * The visible signature block: a form XObject content stream with a QR code drawn as vector
 * rectangles and the signer's role, name, NIP and time in Helvetica (standard 14, WinAnsi), shrunk
 * to fit the box. Pure text generation: pdf-update.ts wraps it into PDF objects.
 */
import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';
import { encode } from 'uqr';

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
}

type FontKey = 'F1' | 'F2';
// pdf-lib's StandardFonts and @pdf-lib/standard-fonts' FontNames are the same strings in two enums.
type FontName = Parameters<typeof StandardFontEmbedder.for>[0];
const fonts: Record<FontKey, StandardFontEmbedder> = {
  F1: StandardFontEmbedder.for(StandardFonts.Helvetica as string as FontName),
  F2: StandardFontEmbedder.for(StandardFonts.HelveticaBold as string as FontName),
};
export const APPEARANCE_FONTS: Record<FontKey, string> = { F1: 'Helvetica', F2: 'Helvetica-Bold' };

const QR_MASK = 0;
const num = (n: number): string => (Math.round(n * 1000) / 1000).toString();

/** Replaces characters that WinAnsi cannot show with '?', so a name never breaks signing. */
export function winAnsiSafe(text: string): string {
  const enc = fonts.F1.encoding;
  return Array.from(text.normalize('NFC'), (ch) => (enc.canEncodeUnicodeCodePoint(ch.codePointAt(0) ?? 63) ? ch : '?')).join('');
}

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

export function appearanceStream(input: AppearanceInput): string {
  const { width: w, height: h } = input;
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
    { text: winAnsiSafe(input.name), font: 'F2', size: 9.5, color: ink },
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
    const font = fonts[line.font];
    let size = line.size * scale;
    baseline -= size * lead;
    const width = font.widthOfTextAtSize(line.text, size);
    if (width > textW) size *= textW / width;
    ops.push(`BT ${line.color} /${line.font} ${num(size)} Tf 1 0 0 1 ${num(textX)} ${num(baseline + size * 0.22)} Tm ${font.encodeText(line.text).toString()} Tj ET`);
  }
  ops.push('Q');
  return ops.join('\n');
}
