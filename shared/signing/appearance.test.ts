import { describe, expect, it } from 'vitest';
import { appearanceFonts } from '../../electron/main/signing/appearance-fonts';
import { parsedFont, signatureAppearance, type AppearanceInput } from './appearance';

const fonts = appearanceFonts();
const BOX = { width: 220, height: 52 };
const input = (name: string, extra: Partial<AppearanceInput> = {}): AppearanceInput => ({
  ...BOX,
  roleLabel: 'Pegawai yang Dinilai',
  name,
  nip: '19951216 202506 2 001',
  time: '31 Desember 2026 10.15 WIB',
  qrPayload: 'peka:doc:evaluasi-2026:sha256:00',
  trial: false,
  fonts,
  ...extra,
});

interface Shown {
  font: 'F1' | 'F2';
  size: number;
  x: number;
  gids: number[];
}

/** The text-showing operations of the stream: `BT … /F2 12 Tf 1 0 0 1 x y Tm <…> Tj ET`. */
function shown(stream: string): Shown[] {
  return [...stream.matchAll(/\/(F[12]) ([\d.]+) Tf 1 0 0 1 ([\d.]+) [\d.]+ Tm <([0-9a-f]*)> Tj/g)].map((m) => ({
    font: m[1] as 'F1' | 'F2',
    size: Number(m[2]),
    x: Number(m[3]),
    gids: (m[4]!.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)),
  }));
}

/** Width in points from the font's own hmtx table (Roboto: one long metric per glyph). */
function hmtxWidth(bytes: Uint8Array, gids: number[], size: number): number {
  const font = parsedFont(bytes);
  const hmtx = font.table('hmtx').offset;
  return gids.reduce((s, g) => s + font.view.getUint16(hmtx + g * 4), 0) * (size / font.metrics.unitsPerEm);
}

const fontBytes = (key: 'F1' | 'F2') => (key === 'F1' ? fonts.regular : fonts.bold);

describe('signatureAppearance', () => {
  it('writes the name as Roboto Medium glyph ids and records each glyph with its text', () => {
    const a = signatureAppearance(input('Siti Nurhalizah Ş'));
    const name = shown(a.stream)[2]!;
    expect(name.font).toBe('F2');
    const bold = parsedFont(fonts.bold);
    expect(name.gids).toEqual([...'Siti Nurhalizah Ş'].map((ch) => bold.glyphId(ch.codePointAt(0)!)));
    expect(a.fonts.F2.font).toBe(bold);
    expect(a.fonts.F2.glyphs.get(bold.glyphId(0x15e))).toBe('Ş');
    expect([...a.fonts.F2.glyphs.values()]).not.toContain('?');
    expect(a.stream).not.toMatch(/\(|Helvetica/); // no literal (WinAnsi) strings any more
    // Parsed once per process: the next signature reuses the same font objects and byte arrays.
    expect(signatureAppearance(input('Budi')).fonts.F2.font).toBe(a.fonts.F2.font);
    expect(appearanceFonts()).toBe(fonts);
  });

  it('sizes every line by its hmtx widths so it fits the box, shrinking a long name', () => {
    const long = 'Prof. Dr. Ir. Raden Mas Bambang Soemantri Wiryoatmodjo Ş, S.H., M.Hum., M.Si.';
    for (const name of ['Siti', long]) {
      for (const line of shown(signatureAppearance(input(name)).stream)) {
        const right = line.x + hmtxWidth(fontBytes(line.font), line.gids, line.size);
        expect(right).toBeLessThanOrEqual(BOX.width - 1.5 + 0.01);
      }
    }
    const [short, shrunk] = [shown(signatureAppearance(input('Siti')).stream)[2]!, shown(signatureAppearance(input(long)).stream)[2]!];
    expect(shrunk.size).toBeLessThan(short.size * 0.8);
    // A shrunk line ends at the text area's right edge (the padding is 1.5 to 5 pt).
    expect(shrunk.x + hmtxWidth(fonts.bold, shrunk.gids, shrunk.size)).toBeGreaterThan(BOX.width - 5 - 0.01);
  });

  it('falls back for characters Roboto lacks: compatibility form, then base letters, then "?"', () => {
    const a = signatureAppearance(input('Ǆ李x\u0302'));
    const bold = parsedFont(fonts.bold);
    const g = (ch: string) => bold.glyphId(ch.codePointAt(0)!);
    expect(shown(a.stream)[2]!.gids.slice(0, 3)).toEqual([g('D'), g('Ž'), g('?')]);
    expect(a.fonts.F2.glyphs.get(g('?'))).toBe('?');
    expect(a.fonts.F2.glyphs.get(g('Ž'))).toBe('Ž');
  });

  it('says "UJI COBA" in bold for a trial certificate, "Ditandatangani secara elektronik" otherwise', () => {
    const regular = parsedFont(fonts.regular);
    const trial = signatureAppearance(input('Siti', { trial: true }));
    expect(shown(trial.stream)[0]!.font).toBe('F2');
    const real = signatureAppearance(input('Siti'));
    const first = shown(real.stream)[0]!;
    expect(first.font).toBe('F1');
    expect(first.gids.map((gid) => real.fonts.F1.glyphs.get(gid)).join('')).toBe('Ditandatangani secara elektronik');
    expect(first.gids[0]).toBe(regular.glyphId(0x44));
  });
});
