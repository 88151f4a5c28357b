import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, checkEvidenceLink, formatBytes, sniffEvidenceType } from './monitoring-evidence';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const PDF = bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const zip = (entry: string) => bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....', entry);

describe('sniffEvidenceType', () => {
  it('knows PDF, PNG and JPEG by their first bytes, whatever the name says', () => {
    expect(sniffEvidenceType('laporan.pdf', PDF)).toBe('pdf');
    expect(sniffEvidenceType('foto.jpg', PNG)).toBe('png');
    expect(sniffEvidenceType('scan', JPEG)).toBe('jpeg');
  });

  it('accepts a workbook or a document only when the ZIP holds its parts and the name agrees', () => {
    expect(sniffEvidenceType('rekap.xlsx', zip('xl/workbook.xml'))).toBe('xlsx');
    expect(sniffEvidenceType('nota.docx', zip('word/document.xml'))).toBe('docx');
    expect(sniffEvidenceType('rekap.xlsx', zip('word/document.xml'))).toBeNull();
    expect(sniffEvidenceType('arsip.zip', zip('xl/workbook.xml'))).toBeNull();
  });

  it('refuses a text file renamed to .pdf', () => {
    expect(sniffEvidenceType('palsu.pdf', bytes('Ini bukan PDF'))).toBeNull();
  });
});

describe('checkEvidenceFile', () => {
  it('refuses an empty file, one over the limit (with size and limit), and an unknown type', () => {
    expect(checkEvidenceFile('a.pdf', new Uint8Array(), 100)).toMatchObject({ ok: false, problem: { code: 'monitor/evidence-empty' } });
    const big = new Uint8Array(101);
    big.set(PDF);
    expect(checkEvidenceFile('besar.pdf', big, 100)).toEqual({ ok: false, problem: { code: 'monitor/evidence-too-large', params: { file: 'besar.pdf', size: 101, limit: 100 } } });
    expect(checkEvidenceFile('catatan.txt', bytes('halo'), 100)).toEqual({ ok: false, problem: { code: 'monitor/evidence-type', params: { file: 'catatan.txt' } } });
  });

  it('gives the MIME type of an accepted file', () => {
    expect(checkEvidenceFile('a.pdf', PDF, 100)).toEqual({ ok: true, type: 'pdf', mime: 'application/pdf' });
  });
});

describe('checkEvidenceLink', () => {
  it('accepts web addresses only', () => {
    expect(checkEvidenceLink(' https://drive.example.go.id/berkas?id=12 ')).toEqual({ ok: true, url: 'https://drive.example.go.id/berkas?id=12' });
    expect(checkEvidenceLink('http://10.0.0.5:8080/laporan').ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///C:/data.pdf', 'data:text/html,x', 'www.example.com', 'https://', 'https://exa mple.com']) {
      expect(checkEvidenceLink(bad).ok, bad).toBe(false);
    }
  });
});

describe('formatBytes', () => {
  it('reads like Indonesian sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(1536, '.')).toBe('1.5 KB');
  });
});
