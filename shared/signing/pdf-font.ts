/**
 * The PDF objects of an embedded TrueType subset (ISO 32000-1 §9.7, §9.9, §9.10.3): a Type0 font
 * with Identity-H encoding over a CIDFontType2 with CIDToGIDMap /Identity (so a 2-byte code is the
 * glyph id), its /W widths, a FontDescriptor with the subset program as FontFile2 under a
 * "ABCDEF+" subset name, and a ToUnicode CMap so text extracts (pdftotext) as it was written.
 */
import { zlibSync } from 'fflate';
import type { PDFRef } from 'pdf-lib';
import { latin1Text } from './bytes';
import type { TrueTypeFont } from './truetype';
import { subsetTrueType } from './truetype-subset';

export interface FontObject {
  ref: PDFRef;
  body: string;
}

const num = (n: number): string => (Math.round(n * 1000) / 1000).toString();
const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE code units as hex, for a ToUnicode destination string. */
function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/**
 * Six capital letters from a hash of the font name and the glyph set (§9.6.4): two updates that
 * embed different subsets of the same face get different names, so no reader mixes them up.
 */
export function subsetTag(font: TrueTypeFont, gids: Iterable<number>): string {
  let h = 0x811c9dc5;
  const mix = (n: number) => {
    h = Math.imul(h ^ n, 0x01000193) >>> 0;
  };
  for (const ch of font.postScriptName) mix(ch.charCodeAt(0));
  for (const g of [...gids].sort((a, b) => a - b)) mix(g);
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26);
  }
  return tag;
}

/** /W as runs of consecutive glyph ids: [first [w1 w2 …] …], in 1000-unit glyph space. */
function widthsArray(font: TrueTypeFont, gids: readonly number[]): string {
  const scale = 1000 / font.metrics.unitsPerEm;
  const parts: string[] = [];
  for (let i = 0; i < gids.length; ) {
    let j = i;
    while (j + 1 < gids.length && gids[j + 1] === gids[j]! + 1) j++;
    parts.push(`${gids[i]} [${gids.slice(i, j + 1).map((g) => num(font.advanceWidth(g) * scale)).join(' ')}]`);
    i = j + 1;
  }
  return `[${parts.join(' ')}]`;
}

/** A ToUnicode CMap (§9.10.3) mapping each used 2-byte code (glyph id) to its text. */
export function toUnicodeCMap(used: ReadonlyMap<number, string>): string {
  const entries = [...used].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100); // at most 100 entries per bfchar block
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([g, text]) => `<${hex4(g)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/**
 * The five objects of one embedded subset; `used` maps each glyph id drawn to the text it stands
 * for. Returns the Type0 font's reference (for the /Font resource) and the objects to write.
 */
export function embeddedFontObjects(font: TrueTypeFont, used: ReadonlyMap<number, string>, alloc: () => PDFRef): { ref: PDFRef; objects: FontObject[] } {
  const [type0, cidFont, descriptor, file, toUnicode] = [alloc(), alloc(), alloc(), alloc(), alloc()];
  const gids = [...used.keys()].sort((a, b) => a - b);
  const baseFont = `${subsetTag(font, gids)}+${font.postScriptName}`;
  const program = subsetTrueType(font, gids);
  const packed = zlibSync(program, { level: 6 });
  const cmap = toUnicodeCMap(used);
  const m = font.metrics;
  const scale = 1000 / m.unitsPerEm;
  // Flags: symbolic (bit 3), as for any CID-keyed font whose glyphs are not found by name;
  // fixed pitch (bit 1) when the font says so. StemV is not in a TrueType file: estimated from the weight.
  const flags = 4 | (m.fixedPitch ? 1 : 0);
  const stemV = Math.round(50 + (m.weightClass / 65) ** 2);
  return {
    ref: type0,
    objects: [
      { ref: type0, body: `<< /Type /Font /Subtype /Type0 /BaseFont /${baseFont} /Encoding /Identity-H /DescendantFonts [${cidFont.toString()}] /ToUnicode ${toUnicode.toString()} >>` },
      {
        ref: cidFont,
        body: `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseFont} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor.toString()} /CIDToGIDMap /Identity /DW ${num(font.advanceWidth(0) * scale)} /W ${widthsArray(font, gids)} >>`,
      },
      {
        ref: descriptor,
        body: `<< /Type /FontDescriptor /FontName /${baseFont} /Flags ${flags} /FontBBox [${m.bbox.map((v) => num(v * scale)).join(' ')}] /ItalicAngle ${num(m.italicAngle)} /Ascent ${num(m.ascent * scale)} /Descent ${num(m.descent * scale)} /CapHeight ${num(m.capHeight * scale)} /XHeight ${num(m.xHeight * scale)} /StemV ${stemV} /FontFile2 ${file.toString()} >>`,
      },
      // Deflated (FlateDecode, zlib): about a third of the size for well under a millisecond.
      { ref: file, body: `<< /Length ${packed.length} /Length1 ${program.length} /Filter /FlateDecode >>\nstream\n${latin1Text(packed)}\nendstream` },
      { ref: toUnicode, body: `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream` },
    ],
  };
}
