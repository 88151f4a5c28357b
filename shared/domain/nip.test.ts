import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkEmployeeNip, crossCheckNip, formatNip, nipKindOf, normalizeNipInput, parseNip } from './nip';
import type { NipParts } from './nip';

const codes = (text: string): string[] => {
  const r = parseNip(text);
  return r.ok ? [] : r.reasons.map((x) => x.code);
};
const messages = (text: string): string => {
  const r = parseNip(text);
  return r.ok ? '' : r.reasons.map((x) => x.message).join(' | ');
};
const parsed = (text: string): NipParts => {
  const r = parseNip(text);
  if (!r.ok) throw new Error(`expected ok: ${JSON.stringify(r.reasons)}`);
  return r.value;
};

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((a) => a.join(''));
const birthArb = fc
  .date({ min: new Date(Date.UTC(1940, 0, 1)), max: new Date(Date.UTC(2007, 11, 31)), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));

describe('parseNip: examples', () => {
  it('parses a PNS NIP typed with spaces', () => {
    expect(parsed('19951216 202506 1 001')).toEqual({
      kind: 'pns',
      digits: '199512162025061001',
      birthDate: '1995-12-16',
      sex: 'L',
      sequence: 1,
      tmtCpns: { year: 2025, month: 6 },
    });
  });

  it('accepts dotted input and stores digits only', () => {
    expect(parsed('19951216.202506.2.014')).toMatchObject({ digits: '199512162025062014', sex: 'P', sequence: 14 });
    expect(normalizeNipInput(' 19951216.202506 1.001 ')).toBe('199512162025061001');
  });

  it('parses an NI PPPK', () => {
    expect(parsed('19900101 202421 2 003')).toEqual({
      kind: 'pppk',
      digits: '199001012024212003',
      birthDate: '1990-01-01',
      sex: 'P',
      sequence: 3,
      appointmentYear: 2024,
      appointmentRound: 1,
    });
  });

  it('rejects 30 February and names the date', () => {
    expect(codes('19950230 202506 1 001')).toEqual(['nip/birth-date']);
    expect(messages('19950230 202506 1 001')).toContain('30 Februari 1995 tidak ada');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseNip('20000229 202506 1 001').ok).toBe(true);
    expect(codes('19990229 202506 1 001')).toEqual(['nip/birth-date']);
  });

  it('says a 17-digit number has 17 digits and needs 18', () => {
    expect(codes('19951216 202506 1 01')).toEqual(['nip/length']);
    expect(messages('19951216 202506 1 01')).toContain('17 digit, seharusnya 18 digit');
  });

  it('rejects other characters and names them', () => {
    expect(codes('19951216-202506-1-001')).toEqual(['nip/non-digit']);
    expect(messages('19951216-202506-1-001')).toContain('"-"');
    expect(codes('1995121620250610O1')).toEqual(['nip/non-digit', 'nip/length']);
  });

  it('rejects an empty value with a hint', () => {
    expect(codes('   ')).toEqual(['nip/length']);
    expect(messages('')).toContain('belum diisi');
  });

  it('returns every reason found, not only the first', () => {
    // 31 April, digits 13–14 "00", sex 3, sequence 000
    expect(codes('19950431 202500 3 000')).toEqual(['nip/birth-date', 'nip/kind', 'nip/sex', 'nip/sequence']);
  });

  it('requires TMT CPNS after birth', () => {
    expect(codes('19951216 199512 1 001')).toEqual(['nip/tmt']);
    expect(messages('19951216 199001 1 001')).toContain('Januari 1990');
    expect(parseNip('19951216 199601 1 001').ok).toBe(true);
  });

  it('requires a PPPK appointment year of 2019 or later', () => {
    expect(codes('19900101 201821 1 001')).toEqual(['nip/pppk-year']);
    expect(messages('19900101 201821 1 001')).toContain('2019');
    expect(parseNip('19900101 201929 1 999').ok).toBe(true);
  });

  it('rejects digits 13–14 that are neither a month nor 21–29', () => {
    for (const code of ['00', '13', '20', '30', '99']) {
      expect(codes(`19900101 2020${code} 1 001`)).toContain('nip/kind');
    }
  });
});

describe('parseNip: properties', () => {
  it('any valid PNS NIP parses to its parts, and formatNip round-trips', () => {
    const arb = fc.record({
      birth: birthArb,
      tmtOffset: fc.integer({ min: 18, max: 40 }),
      tmtMonth: fc.integer({ min: 1, max: 12 }),
      sex: fc.constantFrom('1', '2'),
      seq: fc.integer({ min: 1, max: 999 }),
    });
    fc.assert(
      fc.property(arb, ({ birth, tmtOffset, tmtMonth, sex, seq }) => {
        const tmtYear = birth.y + tmtOffset;
        const digits = `${birth.y}${pad(birth.m, 2)}${pad(birth.d, 2)}${tmtYear}${pad(tmtMonth, 2)}${sex}${pad(seq, 3)}`;
        const v = parsed(digits);
        expect(v).toEqual({
          kind: 'pns',
          digits,
          birthDate: `${birth.y}-${pad(birth.m, 2)}-${pad(birth.d, 2)}`,
          sex: sex === '1' ? 'L' : 'P',
          sequence: seq,
          tmtCpns: { year: tmtYear, month: tmtMonth },
        });
        const formatted = formatNip(digits);
        expect(formatted).toMatch(/^\d{8} \d{6} \d \d{3}$/);
        expect(parsed(formatted)).toEqual(v);
        expect(parsed(formatted.replace(/ /g, '.'))).toEqual(v);
      }),
    );
  });

  it('any valid NI PPPK parses as PPPK with year and round', () => {
    const arb = fc.record({
      birth: birthArb,
      year: fc.integer({ min: 2019, max: 2040 }),
      round: fc.integer({ min: 1, max: 9 }),
      sex: fc.constantFrom('1', '2'),
      seq: fc.integer({ min: 1, max: 999 }),
    });
    fc.assert(
      fc.property(arb, ({ birth, year, round, sex, seq }) => {
        const digits = `${birth.y}${pad(birth.m, 2)}${pad(birth.d, 2)}${year}2${round}${sex}${pad(seq, 3)}`;
        expect(parsed(formatNip(digits))).toMatchObject({ kind: 'pppk', digits, appointmentYear: year, appointmentRound: round });
      }),
    );
  });

  it('any 17- or 19-digit string is rejected with nip/length', () => {
    fc.assert(
      fc.property(fc.oneof(digitString(17), digitString(19)), (s) => {
        expect(codes(s)).toEqual(['nip/length']);
      }),
    );
  });

  it('digits 13–14 decide the kind: 01–12 PNS, 21–29 PPPK, else nip/kind', () => {
    fc.assert(
      fc.property(digitString(18), (s) => {
        const n = Number(s.slice(12, 14));
        const expected = n >= 1 && n <= 12 ? 'pns' : n >= 21 && n <= 29 ? 'pppk' : null;
        expect(nipKindOf(s)).toBe(expected);
        expect(codes(s).includes('nip/kind')).toBe(expected === null);
        const r = parseNip(s);
        if (r.ok) expect(r.value.kind).toBe(expected);
      }),
    );
  });
});

describe('formatNip', () => {
  it('groups 8-6-1-3 and leaves anything else as typed', () => {
    expect(formatNip('199512162025061001')).toBe('19951216 202506 1 001');
    expect(formatNip('199001012024212003')).toBe('19900101 202421 2 003');
    expect(formatNip('12345')).toBe('12345');
  });
});

describe('crossCheckNip', () => {
  const nip = parsed('19951216 202506 2 001');

  it('is silent when the NIP agrees with the record', () => {
    expect(crossCheckNip(nip, { birthDate: '1995-12-16', sex: 'P', kind: 'pns' })).toEqual([]);
  });

  it('reports each disagreement with both values', () => {
    const reasons = crossCheckNip(nip, { birthDate: '1995-12-17', sex: 'L', kind: 'pppk' });
    expect(reasons.map((r) => r.code)).toEqual(['nip/mismatch-kind', 'nip/mismatch-birth-date', 'nip/mismatch-sex']);
    expect(reasons[1]?.message).toContain('16 Desember 1995');
    expect(reasons[1]?.message).toContain('17 Desember 1995');
    expect(reasons[2]?.message).toContain('perempuan');
  });

  it('tells a Kepala Daerah to leave the NIP empty', () => {
    expect(crossCheckNip(nip, { kind: 'kepala-daerah' }).map((r) => r.code)).toEqual(['nip/kepala-daerah']);
    expect(checkEmployeeNip('', { kind: 'kepala-daerah' })).toEqual([]);
    expect(checkEmployeeNip('', { kind: 'pns' }).map((r) => r.code)).toEqual(['nip/length']);
  });
});
