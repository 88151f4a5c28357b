import { describe, expect, it } from 'vitest';
import { checkYearInput, defaultPeriod, defaultSkpDeadline, writeRefusal } from './monitoring-period';
import { generatePeriods } from './skp';

describe('checkYearInput', () => {
  it('accepts a year with its defaults', () => {
    expect(checkYearInput({ year: 2027, periodType: 'triwulan', skpDeadline: defaultSkpDeadline(2027) })).toEqual({
      ok: true,
      value: { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' },
    });
  });

  it('puts each problem at its field', () => {
    const r = checkYearInput({ year: '20x7', periodType: 'mingguan', skpDeadline: '2027-02-30' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['periodType', 'skpDeadline', 'year']);
    const other = checkYearInput({ year: 2027, periodType: 'semester', skpDeadline: '2026-12-31' });
    expect(!other.ok && other.errors.skpDeadline).toMatch(/tahun 2027/);
  });
});

describe('writeRefusal', () => {
  const [tw1] = generatePeriods(2027, 'triwulan');
  it('allows an approved SKP in an open period of its year', () => {
    expect(writeRefusal({ status: 'disetujui', year: 2027 }, tw1!)).toBeNull();
  });
  it('refuses a closed period, another year, and an SKP not approved', () => {
    expect(writeRefusal({ status: 'disetujui', year: 2027 }, { ...tw1!, status: 'closed' })?.code).toBe('monitor/period-closed');
    expect(writeRefusal({ status: 'disetujui', year: 2026 }, tw1!)?.code).toBe('monitor/period-other-year');
    expect(writeRefusal({ status: 'draft', year: 2027 }, tw1!)?.code).toBe('monitor/skp-not-approved');
  });
});

describe('defaultPeriod', () => {
  const periods = generatePeriods(2027, 'triwulan');
  it('is the period containing today', () => {
    expect(defaultPeriod(periods, '2027-05-15')?.label).toBe('TRIWULAN II');
    expect(defaultPeriod(periods, '2027-12-31')?.label).toBe('TRIWULAN IV-AKHIR');
  });
  it('else the last open one, else the last one', () => {
    const closedLast = periods.map((p) => (p.index >= 3 ? { ...p, status: 'closed' as const } : p));
    expect(defaultPeriod(closedLast, '2026-11-28')?.label).toBe('TRIWULAN II');
    expect(defaultPeriod(periods.map((p) => ({ ...p, status: 'closed' as const })), '2028-02-01')?.label).toBe('TRIWULAN IV-AKHIR');
    expect(defaultPeriod([], '2027-01-01')).toBeNull();
  });
});
