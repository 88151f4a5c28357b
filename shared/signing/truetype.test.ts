import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appearanceFonts } from '../../electron/main/signing/appearance-fonts';
import { TrueTypeFont } from './truetype';
import { glyphClosure, subsetTrueType } from './truetype-subset';

const regular = new TrueTypeFont(appearanceFonts().regular);
const bold = new TrueTypeFont(appearanceFonts().bold);
const gid = (font: TrueTypeFont, ch: string) => font.glyphId(ch.codePointAt(0)!);
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at);

/** The table directory read straight from the bytes, independently of TrueTypeFont. */
function directory(b: Uint8Array): Map<string, { checksum: number; offset: number; length: number }> {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Map<string, { checksum: number; offset: number; length: number }>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const rec = 12 + i * 16;
    out.set(String.fromCharCode(...b.subarray(rec, rec + 4)), { checksum: view.getUint32(rec + 4), offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return out;
}

function sum32(b: Uint8Array): number {
  const padded = new Uint8Array((b.length + 3) & ~3);
  padded.set(b);
  let s = 0;
  for (let i = 0; i < padded.length; i += 4) s = (s + u32(padded, i)) >>> 0;
  return s;
}

describe('TrueTypeFont (Roboto as pdfmake ships it)', () => {
  it('is injected as the exact bytes of resources/fonts (inlined base64, decoded by dataUrlBytes)', () => {
    for (const [bytes, file] of [[appearanceFonts().regular, 'Roboto-Regular.ttf'], [appearanceFonts().bold, 'Roboto-Medium.ttf']] as const) {
      expect(bytes).toEqual(new Uint8Array(readFileSync(new URL(`../../resources/fonts/${file}`, import.meta.url))));
    }
  });

  it('reads the names, metrics and Unicode cmap', () => {
    expect([regular.postScriptName, bold.postScriptName]).toEqual(['Roboto-Regular', 'Roboto-Medium']);
    expect(regular.numGlyphs).toBe(1326);
    expect(regular.metrics).toMatchObject({ unitsPerEm: 2048, ascent: 1900, descent: -500, italicAngle: 0, fixedPitch: false, weightClass: 400 });
    expect(bold.metrics.weightClass).toBe(500);
    for (const ch of 'AaŞşŁÑé?') expect(gid(regular, ch), ch).toBeGreaterThan(0);
    expect(gid(regular, '李')).toBe(0);
    expect(gid(regular, '\u{1F600}')).toBe(0);
  });

  it('gives advance widths from hmtx', () => {
    const hmtx = regular.table('hmtx').offset;
    for (const ch of 'AiŞ ') {
      const g = gid(regular, ch);
      expect(regular.advanceWidth(g)).toBe(regular.view.getUint16(hmtx + g * 4));
    }
    expect(regular.advanceWidth(gid(regular, 'i'))).toBeLessThan(regular.advanceWidth(gid(regular, 'W')));
  });
});

describe('subsetTrueType (glyph ids kept)', () => {
  const used = [...'Siti Nurhalizah Ş'].map((ch) => gid(bold, ch));
  const subset = subsetTrueType(bold, used);
  const back = new TrueTypeFont(subset);

  it('keeps only the tables a PDF reader needs, with valid checksums', () => {
    const dir = directory(subset);
    expect([...dir.keys()]).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
    for (const [name, t] of dir) {
      const bytes = subset.slice(t.offset, t.offset + t.length);
      if (name === 'head') bytes.fill(0, 8, 12); // checkSumAdjustment is left out of its own table's sum
      expect(sum32(bytes), name).toBe(t.checksum);
    }
    expect(sum32(subset)).toBe(0xb1b0afba); // what head.checkSumAdjustment makes the whole file sum to
    expect(subset.length).toBeLessThan(bold.bytes.length / 10);
  });

  it('parses back: glyph count up to the highest id used, outlines kept for used glyphs only', () => {
    const max = Math.max(...used);
    expect(back.numGlyphs).toBe(max + 1);
    const [s0, e0] = back.glyphRange(0);
    expect(e0 - s0, '.notdef keeps its outline').toBeGreaterThan(0);
    const a = gid(bold, 'a');
    const [sa, ea] = back.glyphRange(a);
    const [oa] = bold.glyphRange(a);
    expect(ea - sa).toBeGreaterThan(10);
    // Same contours and bounding box as the original glyph; its hinting instructions are gone.
    const contours = back.view.getInt16(sa);
    expect(back.bytes.subarray(sa, sa + 10 + contours * 2)).toEqual(bold.bytes.subarray(oa, oa + 10 + contours * 2));
    expect(back.view.getUint16(sa + 10 + contours * 2)).toBe(0);
    const unused = gid(bold, 'b');
    expect(unused).toBeLessThan(max);
    expect(used).not.toContain(unused);
    const [sb, eb] = back.glyphRange(unused);
    expect(eb - sb, 'an unused glyph is emptied').toBe(0);
    for (const g of used) expect(back.advanceWidth(g)).toBe(bold.advanceWidth(g));
  });

  it('includes the components of a composite glyph (Ş = S + cedilla)', () => {
    const s = gid(bold, 'Ş');
    const [start] = bold.glyphRange(s);
    expect(bold.view.getInt16(start)).toBeLessThan(0);
    const closure = glyphClosure(bold, [s]);
    expect(closure.size).toBeGreaterThan(2); // .notdef, Ş and at least one component
    for (const g of closure) {
      const [gs, ge] = back.glyphRange(g);
      expect(ge - gs, `glyph ${g}`).toBeGreaterThan(0);
    }
  });

  it('keeping every glyph keeps every outline (the whole font minus hinting)', () => {
    const all = new TrueTypeFont(subsetTrueType(bold, Array.from({ length: bold.numGlyphs }, (_, i) => i)));
    expect(all.numGlyphs).toBe(bold.numGlyphs);
    for (let g = 0; g < bold.numGlyphs; g++) {
      const [s, e] = all.glyphRange(g);
      const [os, oe] = bold.glyphRange(g);
      expect(e > s, `glyph ${g}`).toBe(oe > os);
    }
  });
});
