import { describe, expect, it } from 'vitest';
import { emblemJpeg, emblemPng, GIF_1X1, makePng, noisyPng } from '../../tests/fixtures/logo-images';
import { createTranslator } from '../i18n/translate';
import { AgencyLogoFileSchema, AgencyLogoSchema, logoProblemOf, logoProblemText } from '../schemas/agency-logo';
import { base64, inspectLogo, LOGO_MAX_BYTES, logoDataUrl } from './agency-logo';

const plain = (w: number, h: number) => makePng(w, h, () => [20, 90, 60, 255]);
const problem = (bytes: Uint8Array) => {
  const check = inspectLogo(bytes);
  return check.ok ? null : check.problem;
};

describe('inspectLogo: PNG and JPEG by their bytes (domain.md §13)', () => {
  it('accepts a PNG and reads its pixel size from IHDR', () => {
    expect(inspectLogo(emblemPng())).toEqual({ ok: true, info: { mime: 'image/png', width: 240, height: 288 } });
  });

  it('accepts a JPEG and reads its pixel size from the SOF segment', () => {
    expect(inspectLogo(emblemJpeg())).toEqual({ ok: true, info: { mime: 'image/jpeg', width: 120, height: 144 } });
  });

  it('refuses a GIF, naming its format, whatever the file is called', () => {
    expect(problem(GIF_1X1)).toEqual({ code: 'wrong-format', format: 'GIF' });
    expect(problem(new TextEncoder().encode('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ code: 'wrong-format', format: 'SVG' });
    expect(problem(new TextEncoder().encode('%PDF-1.7 ...'))).toEqual({ code: 'wrong-format', format: 'PDF' });
    expect(problem(new TextEncoder().encode('just some text'))).toEqual({ code: 'not-image' });
    expect(problem(new Uint8Array())).toEqual({ code: 'empty' });
  });

  it('refuses a file over 512 KB, with its size', () => {
    const big = noisyPng();
    expect(big.length).toBeGreaterThan(LOGO_MAX_BYTES);
    expect(problem(big)).toEqual({ code: 'too-large', kb: Math.ceil(big.length / 1024), maxKb: 512 });
  });

  it('refuses a truncated PNG or JPEG (cut anywhere: header, data or end marker)', () => {
    const png = emblemPng();
    const jpeg = emblemJpeg();
    for (const cut of [20, 40, Math.floor(png.length / 2), png.length - 1]) expect(problem(png.subarray(0, cut)), `PNG cut at ${cut}`).toEqual({ code: 'damaged', format: 'PNG' });
    for (const cut of [3, 12, 200, Math.floor(jpeg.length / 2), jpeg.length - 1]) expect(problem(jpeg.subarray(0, cut)), `JPEG cut at ${cut}`).toEqual({ code: 'damaged', format: 'JPEG' });
  });

  it('refuses an odd JPEG kind and pixel sizes that would print badly', () => {
    const lossless = emblemJpeg().slice();
    const sof = lossless.findIndex((b, i) => b === 0xff && lossless[i + 1] === 0xc0);
    lossless[sof + 1] = 0xc3;
    expect(problem(lossless)).toEqual({ code: 'unsupported-jpeg' });
    expect(problem(plain(40, 80))).toEqual({ code: 'too-small', width: 40, height: 80, min: 64 });
    expect(problem(plain(2400, 1200))).toEqual({ code: 'too-many-pixels', width: 2400, height: 1200, max: 2000 });
    expect(problem(plain(800, 200))).toEqual({ code: 'aspect', width: 800, height: 200, max: 3 });
    expect(problem(plain(600, 200))).toBeNull();
  });
});

describe('the logo schemas (the boundary and the stored record)', () => {
  const id = createTranslator('id');
  const en = createTranslator('en');

  it('turns a chosen file into the stored logo, with a base name and the facts read from the bytes', () => {
    const data = emblemPng();
    expect(AgencyLogoFileSchema.parse({ fileName: 'C:\\Logo\\lambang kota.png', data })).toEqual({ fileName: 'lambang kota.png', mime: 'image/png', width: 240, height: 288, data });
  });

  it('fails with the problem and a message that names it and the fix, in both languages', () => {
    const parsed = AgencyLogoFileSchema.safeParse({ fileName: 'logo.png', data: GIF_1X1 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const p = logoProblemOf(parsed.error)!;
    expect(p).toEqual({ code: 'wrong-format', format: 'GIF' });
    expect(parsed.error.issues[0]?.message).toBe('Berkas logo harus PNG atau JPEG (berkas ini GIF). Simpan ulang gambarnya sebagai PNG atau JPEG, atau pilih berkas lain.');
    expect(logoProblemText(en, p)).toBe('The logo must be a PNG or JPEG file (this file is GIF). Save the image again as PNG or JPEG, or choose another file.');
    expect(logoProblemText(id, { code: 'too-large', kb: 700, maxKb: 512 })).toMatch(/^Berkas logo terlalu besar \(700 KB\); paling besar 512 KB\. Perkecil/);
  });

  it('a stored logo whose description does not match its bytes is refused (a hand-edited backup)', () => {
    const data = emblemPng();
    expect(AgencyLogoSchema.safeParse({ fileName: 'logo.png', mime: 'image/png', width: 240, height: 288, data }).success).toBe(true);
    expect(AgencyLogoSchema.safeParse({ fileName: 'logo.png', mime: 'image/jpeg', width: 240, height: 288, data }).success).toBe(false);
    expect(AgencyLogoSchema.safeParse({ fileName: 'logo.png', mime: 'image/png', width: 240, height: 288, data: data.subarray(0, 100) }).success).toBe(false);
  });
});

describe('base64 and data URLs for pdfmake', () => {
  it('agrees with Node for every length remainder', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 12_287, 12_288, 12_289, 40_000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
      expect(base64(bytes), `length ${n}`).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(logoDataUrl('image/png', new Uint8Array([1, 2, 3]))).toBe('data:image/png;base64,AQID');
  });
});
