import { describe, expect, it } from 'vitest';
import { formatWaktuTandaTangan, parsePdfDate, pdfDate, qrPayload } from './format';

const t = new Date(Date.UTC(2025, 11, 16, 7, 5, 9));

describe('signature block text', () => {
  it('prints the time in Indonesian in the signer zone', () => {
    expect(formatWaktuTandaTangan(t)).toBe('16 Desember 2025 14.05 WIB');
    expect(formatWaktuTandaTangan(t, 'WITA')).toBe('16 Desember 2025 15.05 WITA');
    expect(formatWaktuTandaTangan(new Date(Date.UTC(2025, 11, 31, 20, 0)), 'WIT')).toBe('1 Januari 2026 05.00 WIT');
  });

  it('writes PDF dates with the zone offset and reads them back', () => {
    expect(pdfDate(t)).toBe("D:20251216140509+07'00'");
    expect(parsePdfDate(pdfDate(t, 'WIT'))?.getTime()).toBe(t.getTime());
    expect(parsePdfDate('D:20251216070509Z')?.getTime()).toBe(t.getTime());
    expect(parsePdfDate("D:20251216000509-07'00'")?.getTime()).toBe(t.getTime());
    expect(parsePdfDate('16/12/2025')).toBeNull();
  });

  it('puts the document id and hash in the QR payload', () => {
    expect(qrPayload({ documentId: 'doc-1', sha256: 'ab'.repeat(32) })).toBe(`PEKA:doc-1:${'ab'.repeat(32)}`);
  });
});
