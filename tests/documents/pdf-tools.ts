import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes bytes to a temp file so the independent poppler/qpdf tools can judge them. */
export function toTempFile(bytes: Uint8Array, name = 'doc.pdf'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'peka-doc-')), name);
  writeFileSync(path, bytes);
  return path;
}

export function pdftotext(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

export function qpdfCheck(path: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync('qpdf', ['--check', path], { encoding: 'utf8' }) };
  } catch (err) {
    return { ok: false, output: String((err as { stdout?: string }).stdout ?? err) };
  }
}

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pdfFonts(path: string): string {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}

/** Words with their boxes (pdftotext -bbox), y measured from the top of the page as poppler does. */
export function wordBoxes(path: string): { page: number; word: string; xMin: number; yMin: number; xMax: number; yMax: number; pageHeight: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const out: ReturnType<typeof wordBoxes> = [];
  let page = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page++;
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (w) out.push({ page, word: w[5]!, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), pageHeight });
  }
  return out;
}

/** The images of a PDF as `pdfimages -list` reports them (an alpha channel is its own "smask" row). */
export function pdfImages(path: string): { page: number; type: string; width: number; height: number; color: string; enc: string; object: number }[] {
  const lines = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    const [page, , type, width, height, color, , , enc, , object] = line.trim().split(/\s+/);
    return { page: Number(page), type: type!, width: Number(width), height: Number(height), color: color!, enc: enc!, object: Number(object) };
  });
}

/** Page `page` rendered at 72 dpi (1 pixel = 1 point) as RGB rows, to measure where ink is. */
export function pageRaster(path: string, page = 1): { width: number; height: number; rgb: (x: number, y: number) => [number, number, number] } {
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', String(page), '-l', String(page), path], { maxBuffer: 64 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, rgb: (x, y) => [ppm[offset + (y * width + x) * 3]!, ppm[offset + (y * width + x) * 3 + 1]!, ppm[offset + (y * width + x) * 3 + 2]!] };
}

export interface PdfsigSignature {
  valid: boolean;
  digestMismatch: boolean;
  totalDocumentSigned: boolean;
  fieldName: string;
  commonName: string;
}

/** Parses `pdfsig` text: it exits 0 even on "Digest Mismatch" (stack.md), so only the lines count. */
export function pdfsig(file: string): { signatures: PdfsigSignature[]; none: boolean; text: string } {
  const run = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  const text = `${run.stdout}${run.stderr}`;
  const blocks = text.split(/^Signature #\d+:$/m).slice(1);
  return {
    text,
    none: /does not contain any signatures/.test(text),
    signatures: blocks.map((b) => ({
      valid: /Signature is Valid\./.test(b),
      digestMismatch: /Digest Mismatch/.test(b),
      totalDocumentSigned: /^\s*- Total document signed$/m.test(b),
      fieldName: /Signature Field Name: (.*)$/m.exec(b)?.[1] ?? '',
      commonName: /Signer Certificate Common Name: (.*)$/m.exec(b)?.[1] ?? '',
    })),
  };
}
