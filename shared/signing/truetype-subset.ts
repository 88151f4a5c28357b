/**
 * A "retain glyph ids" TrueType subsetter for fonts embedded as CIDFontType2 with CIDToGIDMap
 * /Identity (ISO 32000-1 §9.7.4): the text's codes are the original glyph ids, so the subset keeps
 * every id up to the highest one used and empties the outlines of the glyphs not used.
 *
 * Kept: head, hhea, maxp, hmtx, loca, glyf (the tables §9.9 asks of an embedded TrueType program,
 * apart from the hinting ones). Hinting (cvt, fpgm, prep and each glyph's instructions) is dropped:
 * instructions without their fpgm functions would fail in a hinting rasteriser. Glyph ids are kept,
 * so 'cmap', 'name', 'post', 'OS/2' and the layout tables are not needed by a PDF reader.
 */
import type { TrueTypeFont } from './truetype';

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

interface Component {
  /** Offset of the component's flags, from the glyph's start. */
  at: number;
  flags: number;
  glyph: number;
}

/** The components of a composite glyph (numberOfContours < 0) and where its records end. */
function components(view: DataView, start: number): { list: Component[]; end: number } {
  const list: Component[] = [];
  let at = 10;
  for (let more = true; more; ) {
    const flags = view.getUint16(start + at);
    list.push({ at, flags, glyph: view.getUint16(start + at + 2) });
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    at += flags & WE_HAVE_A_SCALE ? 2 : flags & WE_HAVE_AN_X_AND_Y_SCALE ? 4 : flags & WE_HAVE_A_TWO_BY_TWO ? 8 : 0;
    more = (flags & MORE_COMPONENTS) !== 0;
  }
  return { list, end: at };
}

/** The glyphs to keep: .notdef, the ones asked for, and every component of a composite, recursively. */
export function glyphClosure(font: TrueTypeFont, glyphs: Iterable<number>): Set<number> {
  const keep = new Set<number>();
  const todo = [0, ...[...glyphs].filter((g) => Number.isInteger(g) && g >= 0 && g < font.numGlyphs)];
  while (todo.length) {
    const gid = todo.pop()!;
    if (keep.has(gid)) continue;
    keep.add(gid);
    const [start, end] = font.glyphRange(gid);
    if (end - start < 10 || font.view.getInt16(start) >= 0) continue;
    for (const c of components(font.view, start).list) if (!keep.has(c.glyph)) todo.push(c.glyph);
  }
  return keep;
}

/** The outline without its hinting instructions (see the module comment). */
function unhinted(font: TrueTypeFont, gid: number): Uint8Array {
  const [start, end] = font.glyphRange(gid);
  if (end - start < 10) return new Uint8Array(0);
  const v = font.view;
  const src = font.bytes;
  const contours = v.getInt16(start);
  if (contours >= 0) {
    const lenAt = 10 + contours * 2;
    const instructions = v.getUint16(start + lenAt);
    const out = new Uint8Array(end - start - instructions);
    out.set(src.subarray(start, start + lenAt + 2));
    out[lenAt] = 0;
    out[lenAt + 1] = 0;
    out.set(src.subarray(start + lenAt + 2 + instructions, end), lenAt + 2);
    return out;
  }
  const { list, end: recordsEnd } = components(v, start);
  const out = src.slice(start, start + recordsEnd);
  const view = new DataView(out.buffer);
  for (const c of list) view.setUint16(c.at, c.flags & ~WE_HAVE_INSTRUCTIONS);
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = bytes.length % 4 ? new Uint8Array(bytes.length + 4 - (bytes.length % 4)) : bytes;
  if (padded !== bytes) padded.set(bytes);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** An sfnt file from its tables: directory sorted by tag, tables 4-byte aligned, checksums set. */
function writeSfnt(tables: Record<string, Uint8Array>): Uint8Array {
  const tags = Object.keys(tables).sort();
  const entrySelector = Math.floor(Math.log2(tags.length));
  let size = 12 + tags.length * 16;
  const offsets = tags.map((t) => {
    const at = size;
    size += (tables[t]!.length + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, 16 << entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, tags.length * 16 - (16 << entrySelector));
  tags.forEach((t, i) => {
    const table = tables[t]!;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = t.charCodeAt(k);
    view.setUint32(rec + 4, checksum(table));
    view.setUint32(rec + 8, offsets[i]!);
    view.setUint32(rec + 12, table.length);
    out.set(table, offsets[i]!);
  });
  // head.checkSumAdjustment: the whole file must sum to 0xB1B0AFBA (it was zero while summing).
  const head = offsets[tags.indexOf('head')]!;
  view.setUint32(head + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/**
 * A subset font program keeping glyph ids: glyphs 0..max(used) exist, the used ones (with their
 * composite components and .notdef) keep their outlines, every other one is empty.
 */
export function subsetTrueType(font: TrueTypeFont, glyphs: Iterable<number>): Uint8Array {
  const keep = glyphClosure(font, glyphs);
  const count = Math.max(...keep) + 1;
  const outlines: (Uint8Array | null)[] = [];
  let glyfSize = 0;
  for (let gid = 0; gid < count; gid++) {
    const outline = keep.has(gid) ? unhinted(font, gid) : null;
    outlines.push(outline);
    glyfSize += outline ? (outline.length + 3) & ~3 : 0;
  }
  const shortLoca = glyfSize / 2 <= 0xffff;
  const glyf = new Uint8Array(glyfSize);
  const loca = new Uint8Array((count + 1) * (shortLoca ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  const hmtx = new Uint8Array(count * 4);
  const hmtxView = new DataView(hmtx.buffer);
  let at = 0;
  for (let gid = 0; gid <= count; gid++) {
    if (shortLoca) locaView.setUint16(gid * 2, at / 2);
    else locaView.setUint32(gid * 4, at);
    if (gid === count) break;
    const outline = outlines[gid];
    if (outline) {
      glyf.set(outline, at);
      at += (outline.length + 3) & ~3;
    }
    hmtxView.setUint16(gid * 4, font.advanceWidth(gid));
    hmtxView.setInt16(gid * 4 + 2, font.leftSideBearing(gid));
  }
  const copy = (name: string): Uint8Array => {
    const t = font.table(name);
    return font.bytes.slice(t.offset, t.offset + t.length);
  };
  const head = copy('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0);
  headView.setInt16(50, shortLoca ? 0 : 1);
  const hhea = copy('hhea');
  new DataView(hhea.buffer).setUint16(34, count);
  const maxp = copy('maxp');
  const maxpView = new DataView(maxp.buffer);
  maxpView.setUint16(4, count);
  // maxp 1.0: no instructions remain, so the hinting limits (twilight points to instruction size) are 0.
  if (maxp.length >= 32) for (const field of [16, 18, 20, 22, 24, 26]) maxpView.setUint16(field, 0);
  return writeSfnt({ glyf, head, hhea, hmtx, loca, maxp });
}
