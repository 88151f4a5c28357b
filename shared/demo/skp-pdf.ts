/**
 * A minimal one-page PDF written by hand (header, catalog, pages, page, Helvetica, one content
 * stream, xref and trailer), for demo evidence files. Text is reduced to printable ASCII, the only
 * range the standard WinAnsi Helvetica needs no font embedding for.
 */

/** Printable ASCII only, with PDF string delimiters escaped. */
function pdfText(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  return ascii.replace(/[\\()]/g, (c) => `\\${c}`);
}

function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i) & 0x7f;
  return out;
}

/** An A4 page: a 14 pt title line, then one 11 pt line per entry of `lines`. */
export function minimalPdf(title: string, lines: readonly string[] = []): Uint8Array {
  const body = [`BT /F1 14 Tf 16 TL 56 780 Td (${pdfText(title)}) Tj`, '/F1 11 Tf 14 TL', ...lines.map((l) => `T* (${pdfText(l)}) Tj`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${body.length} >>\nstream\n${body}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((content, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${content}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return asciiBytes(out);
}
