import { describe, it, expect } from 'vitest';
import { checkGolongan, formatGolonganPegawai, formatPangkatGolongan, pangkatName, parseGolonganPppk, parseGolonganRuang } from './pangkat';
import { GOLONGAN_RUANG } from './reference';

const codes = (input: Parameters<typeof checkGolongan>[0]): string[] => checkGolongan(input).map((r) => r.code);

describe('parseGolonganRuang', () => {
  it('accepts the usual ways of typing III/a', () => {
    for (const text of ['III/a', 'iii/a', 'III a', 'III-a', 'IIIa', '3a', '3/a', ' III / a ']) {
      expect(parseGolonganRuang(text), text).toBe('III/a');
    }
    expect(parseGolonganRuang('4e')).toBe('IV/e');
    expect(parseGolonganRuang('i/b')).toBe('I/b');
  });

  it('rejects what does not exist', () => {
    for (const text of ['III/e', 'II/e', 'V/a', '5a', 'III', 'IV', '', 'abc']) {
      expect(parseGolonganRuang(text), text).toBeNull();
    }
  });

  it('round-trips all 17 golongan ruang', () => {
    expect(GOLONGAN_RUANG).toHaveLength(17);
    for (const g of GOLONGAN_RUANG) expect(parseGolonganRuang(g)).toBe(g);
  });
});

describe('pangkat names', () => {
  it('names and prints a pangkat as in the PANGKAT/GOL RUANG row', () => {
    expect(pangkatName('III/a')).toBe('Penata Muda');
    expect(pangkatName('IV/e')).toBe('Pembina Utama');
    expect(pangkatName('III/e')).toBeUndefined();
    expect(formatPangkatGolongan('III/a')).toBe('Penata Muda, III/a');
    expect(formatPangkatGolongan('ii/d')).toBe('Pengatur Tingkat I, II/d');
  });

  it('prints PNS, PPPK and Kepala Daerah rows', () => {
    expect(formatGolonganPegawai({ kind: 'pns', golonganRuang: 'IV/a' })).toBe('Pembina, IV/a');
    expect(formatGolonganPegawai({ kind: 'pppk', golonganPppk: 'IX' })).toBe('Golongan IX');
    expect(formatGolonganPegawai({ kind: 'kepala-daerah' })).toBe('-');
  });
});

describe('parseGolonganPppk', () => {
  it('accepts roman or arabic I–XVII only', () => {
    expect(parseGolonganPppk('ix')).toBe('IX');
    expect(parseGolonganPppk('17')).toBe('XVII');
    expect(parseGolonganPppk('XVIII')).toBeNull();
    expect(parseGolonganPppk('0')).toBeNull();
    expect(parseGolonganPppk('18')).toBeNull();
  });
});

describe('checkGolongan', () => {
  it('accepts a PNS with a pangkat and a PPPK with a golongan', () => {
    expect(checkGolongan({ kind: 'pns', golonganRuang: 'III/a' })).toEqual([]);
    expect(checkGolongan({ kind: 'pppk', golonganPppk: 'IX' })).toEqual([]);
    expect(checkGolongan({ kind: 'kepala-daerah' })).toEqual([]);
  });

  it('says III/e does not exist and gives the valid range', () => {
    const [reason] = checkGolongan({ kind: 'pns', golonganRuang: 'III/e' });
    expect(reason?.code).toBe('pangkat/out-of-range');
    expect(reason?.message).toContain('III/e tidak ada');
    expect(reason?.message).toContain('III/a sampai III/d');
  });

  it('requires a pangkat for a PNS', () => {
    expect(codes({ kind: 'pns' })).toEqual(['pangkat/required']);
    expect(codes({ kind: 'pns', golonganRuang: '  ' })).toEqual(['pangkat/required']);
    expect(codes({ kind: 'pns', golonganRuang: 'Penata' })).toEqual(['pangkat/unknown']);
  });

  it('gives a PPPK with a pangkat its own message', () => {
    const reasons = checkGolongan({ kind: 'pppk', golonganRuang: 'III/a', golonganPppk: 'IX' });
    expect(reasons.map((r) => r.code)).toEqual(['pangkat/pppk-has-pangkat']);
    expect(reasons[0]?.message).toContain('PPPK tidak memiliki pangkat');
  });

  it('rejects a PPPK golongan outside I–XVII or missing', () => {
    expect(codes({ kind: 'pppk', golonganPppk: 'XVIII' })).toEqual(['pangkat/pppk-golongan']);
    expect(codes({ kind: 'pppk' })).toEqual(['pangkat/pppk-golongan-required']);
  });

  it('rejects a PPPK golongan on a PNS and any golongan on a Kepala Daerah', () => {
    expect(codes({ kind: 'pns', golonganRuang: 'III/a', golonganPppk: 'IX' })).toEqual(['pangkat/pns-with-pppk-golongan']);
    expect(codes({ kind: 'kepala-daerah', golonganRuang: 'IV/e' })).toEqual(['pangkat/kepala-daerah']);
  });
});
