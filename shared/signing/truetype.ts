/**
 * A small TrueType reader for the signature block's embedded fonts (Roboto Regular and Medium, the
 * faces pdfmake renders the documents with): the table directory, the metrics a PDF font descriptor
 * needs, the Unicode cmap (formats 4 and 12) and the horizontal advances. Parsing only reads headers
 * (tables are looked up lazily), so one parse per process is nearly free; appearance.ts caches it per font file.
 */

export interface TableEntry {
  offset: number;
  length: number;
}

/** Font units, as in the font; `pdf()` scales to the 1000-unit glyph space of PDF widths. */
export interface FontMetrics {
  unitsPerEm: number;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  fixedPitch: boolean;
  weightClass: number;
}

interface CmapLookup {
  (codePoint: number): number;
}

function fail(what: string): never {
  throw new Error(`not a usable TrueType font: ${what}`);
}

function tag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

/** cmap format 4 (BMP segments): binary search on endCode. */
function format4(view: DataView, at: number): CmapLookup {
  const segX2 = view.getUint16(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segX2 / 2 - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view.getUint16(ends + mid * 2) < cp) lo = mid + 1;
      else hi = mid;
    }
    const start = view.getUint16(starts + lo * 2);
    if (cp < start || cp > view.getUint16(ends + lo * 2)) return 0;
    const delta = view.getUint16(deltas + lo * 2);
    const rangeAt = ranges + lo * 2;
    const range = view.getUint16(rangeAt);
    if (range === 0) return (cp + delta) & 0xffff;
    const glyph = view.getUint16(rangeAt + range + (cp - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  };
}

/** cmap format 12 (segmented coverage, beyond the BMP). */
function format12(view: DataView, at: number): CmapLookup {
  const groups = view.getUint32(at + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = at + 16 + mid * 12;
      if (cp < view.getUint32(g)) hi = mid - 1;
      else if (cp > view.getUint32(g + 4)) lo = mid + 1;
      else return view.getUint32(g + 8) + cp - view.getUint32(g);
    }
    return 0;
  };
}

/** The best Unicode subtable: (3,10) or (0,4) full repertoire first, then (3,1) or (0,3) BMP. */
function unicodeCmap(view: DataView, table: TableEntry): CmapLookup {
  const count = view.getUint16(table.offset + 2);
  let best: { rank: number; at: number } | null = null;
  for (let i = 0; i < count; i++) {
    const rec = table.offset + 4 + i * 8;
    const key = `${view.getUint16(rec)}/${view.getUint16(rec + 2)}`;
    const at = table.offset + view.getUint32(rec + 4);
    const format = view.getUint16(at);
    const rank = format === 12 && (key === '3/10' || key === '0/4') ? 2 : format === 4 && (key === '3/1' || key === '0/3') ? 1 : 0;
    if (rank > (best?.rank ?? 0)) best = { rank, at };
  }
  if (!best) fail('no Unicode cmap (format 4 or 12)');
  return view.getUint16(best.at) === 12 ? format12(view, best.at) : format4(view, best.at);
}

/** nameID 6 (PostScript name), from the Windows (UTF-16BE) or Mac (Roman) record. */
function postScriptName(view: DataView, table: TableEntry | undefined): string {
  if (!table) return 'Font';
  const count = view.getUint16(table.offset + 2);
  const strings = table.offset + view.getUint16(table.offset + 4);
  for (let i = 0; i < count; i++) {
    const rec = table.offset + 6 + i * 12;
    if (view.getUint16(rec + 6) !== 6) continue;
    const platform = view.getUint16(rec);
    const [length, offset] = [view.getUint16(rec + 8), strings + view.getUint16(rec + 10)];
    let name = '';
    if (platform === 3 || platform === 0) for (let j = 0; j + 1 < length; j += 2) name += String.fromCharCode(view.getUint16(offset + j));
    else for (let j = 0; j < length; j++) name += String.fromCharCode(view.getUint8(offset + j));
    // A PDF name without delimiters or spaces (ISO 32000-1 §7.3.5); PostScript names are ASCII anyway.
    const clean = name.replace(/[^A-Za-z0-9._-]/g, '');
    if (clean) return clean;
  }
  return 'Font';
}

export class TrueTypeFont {
  readonly view: DataView;
  readonly tables = new Map<string, TableEntry>();
  readonly numGlyphs: number;
  readonly indexToLocFormat: number;
  readonly metrics: FontMetrics;
  readonly postScriptName: string;
  private readonly numberOfHMetrics: number;
  private readonly cmap: CmapLookup;
  private readonly glyphCache = new Map<number, number>();

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    if (bytes.length < 12 || (v.getUint32(0) !== 0x00010000 && tag(bytes, 0) !== 'true')) fail('not a TrueType (glyf) font file');
    const count = v.getUint16(4);
    for (let i = 0; i < count; i++) {
      const rec = 12 + i * 16;
      const entry = { offset: v.getUint32(rec + 8), length: v.getUint32(rec + 12) };
      if (entry.offset + entry.length > bytes.length) fail(`table ${tag(bytes, rec)} past the end`);
      this.tables.set(tag(bytes, rec), entry);
    }
    const head = this.table('head').offset;
    const hhea = this.table('hhea').offset;
    for (const t of ['maxp', 'hmtx', 'loca', 'glyf']) this.table(t);
    this.numGlyphs = v.getUint16(this.table('maxp').offset + 4);
    this.indexToLocFormat = v.getInt16(head + 50);
    this.numberOfHMetrics = v.getUint16(hhea + 34);
    const os2 = this.tables.get('OS/2');
    const post = this.tables.get('post');
    const ascent = v.getInt16(hhea + 4);
    this.metrics = {
      unitsPerEm: v.getUint16(head + 18),
      bbox: [v.getInt16(head + 36), v.getInt16(head + 38), v.getInt16(head + 40), v.getInt16(head + 42)],
      ascent,
      descent: v.getInt16(hhea + 6),
      // sCapHeight and sxHeight exist from OS/2 version 2 on.
      capHeight: os2 && v.getUint16(os2.offset) >= 2 ? v.getInt16(os2.offset + 88) : ascent,
      xHeight: os2 && v.getUint16(os2.offset) >= 2 ? v.getInt16(os2.offset + 86) : 0,
      italicAngle: post ? v.getInt32(post.offset + 4) / 65536 : 0,
      fixedPitch: post ? v.getUint32(post.offset + 12) !== 0 : false,
      weightClass: os2 ? v.getUint16(os2.offset + 4) : 400,
    };
    this.postScriptName = postScriptName(v, this.tables.get('name'));
    // A subset made for a PDF (truetype-subset.ts) has no cmap: its glyphs are found by id.
    const cmap = this.tables.get('cmap');
    this.cmap = cmap ? unicodeCmap(v, cmap) : () => 0;
  }

  table(name: string): TableEntry {
    return this.tables.get(name) ?? fail(`no ${name} table`);
  }

  /** The glyph for a Unicode code point; 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number {
    let gid = this.glyphCache.get(codePoint);
    if (gid === undefined) {
      gid = this.cmap(codePoint);
      if (gid >= this.numGlyphs) gid = 0;
      this.glyphCache.set(codePoint, gid);
    }
    return gid;
  }

  /** Advance width in font units (hmtx; glyphs past numberOfHMetrics share the last advance). */
  advanceWidth(gid: number): number {
    const i = Math.min(gid, this.numberOfHMetrics - 1);
    return this.view.getUint16(this.table('hmtx').offset + i * 4);
  }

  leftSideBearing(gid: number): number {
    const hmtx = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    return gid < n ? this.view.getInt16(hmtx + gid * 4 + 2) : this.view.getInt16(hmtx + n * 4 + (gid - n) * 2);
  }

  /** The glyph's outline bytes inside the file: [start, end), empty for a glyph without contours. */
  glyphRange(gid: number): [number, number] {
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf').offset;
    const at = (i: number) => (this.indexToLocFormat === 0 ? this.view.getUint16(loca + i * 2) * 2 : this.view.getUint32(loca + i * 4));
    return [glyf + at(gid), glyf + at(gid + 1)];
  }
}
