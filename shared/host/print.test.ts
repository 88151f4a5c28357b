import { describe, expect, it } from 'vitest';
import { createTranslator, isMessageKey } from '../i18n/translate';
import { HOST_ERROR_CODES } from './contract';
import { checkPrintablePdf, PRINT_HOST_ERROR_CODES, printTitle, startsWithPdfHeader } from './print';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('what may be printed', () => {
  it('a PDF is what starts with "%PDF-" and has more after it', () => {
    expect(startsWithPdfHeader(bytes('%PDF-1.7\n'))).toBe(true);
    for (const s of ['', '%PDF-', '%PDF1.7', ' %PDF-1.7', '%pdf-1.7', '<html>%PDF-1.7', 'PK\u0003\u0004']) expect(startsWithPdfHeader(bytes(s)), JSON.stringify(s)).toBe(false);
  });

  it('names the problem: not a PDF, or over the limit', () => {
    expect(checkPrintablePdf(bytes('%PDF-1.7\n'), 100)).toBeNull();
    expect(checkPrintablePdf(bytes('GIF89a'), 100)).toBe('print/not-pdf');
    expect(checkPrintablePdf(bytes('%PDF-1.7\n'), 4)).toBe('file/too-large');
  });

  it('the print window is titled "Cetak — <file>"', () => {
    expect(printTitle('skp.pdf')).toBe('Cetak — skp.pdf');
  });
});

describe('print failures', () => {
  it('are host error codes, worded in Indonesian and English', () => {
    for (const code of PRINT_HOST_ERROR_CODES) {
      expect(HOST_ERROR_CODES).toContain(code);
      expect(isMessageKey(`error.${code}`), code).toBe(true);
      for (const locale of ['id', 'en'] as const) expect(createTranslator(locale)(`error.${code}` as never)).not.toBe(`error.${code}`);
    }
    expect(createTranslator('id')('error.print/not-pdf')).toBe('Berkas ini bukan PDF sehingga tidak dapat dicetak. Buat ulang dokumennya, lalu coba lagi.');
  });
});
