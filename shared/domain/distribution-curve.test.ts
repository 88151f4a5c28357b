import { describe, it, expect } from 'vitest';
import {
  CAPAIAN_LABEL,
  CAPAIAN_ORDER,
  checkDistribution,
  countPredikat,
  curveChartTitle,
  curveSummary,
  formatPercent,
} from './distribution-curve';
import type { CapaianOrganisasi, PredikatCounts } from './distribution-curve';
import { PREDIKAT_ORDER } from './predikat';
import type { Predikat } from './predikat';

// Expected limits for units of 1..12 people (index n - 1), worked out by hand from §6:
// "at most" = floor(percent × n), "at least" = ceil(percent × n).
const FLOOR_70 = [0, 1, 2, 2, 3, 4, 4, 5, 6, 7, 7, 8];
const CEIL_60 = [1, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7, 8];
const FLOOR_10 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1];
const CEIL_10 = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2];
const ONE = Array<number>(12).fill(1);
const ZERO = Array<number>(12).fill(0);

interface ExpectedRule {
  code: string;
  bound: 'at-most' | 'at-least';
  predikat: Predikat[];
  percent: number | null;
  limits: number[];
}

const EXPECTED: Record<CapaianOrganisasi, ExpectedRule[]> = {
  istimewa: [{ code: 'curve/sangat-baik-max', bound: 'at-most', predikat: ['sangat-baik'], percent: 70, limits: FLOOR_70 }],
  baik: [
    { code: 'curve/baik-max', bound: 'at-most', predikat: ['baik'], percent: 70, limits: FLOOR_70 },
    { code: 'curve/perbaikan-or-kurang-min-one', bound: 'at-least', predikat: ['butuh-perbaikan', 'kurang'], percent: null, limits: ONE },
  ],
  'butuh-perbaikan': [
    { code: 'curve/butuh-perbaikan-min', bound: 'at-least', predikat: ['butuh-perbaikan'], percent: 60, limits: CEIL_60 },
    { code: 'curve/sangat-baik-max', bound: 'at-most', predikat: ['sangat-baik'], percent: 10, limits: FLOOR_10 },
  ],
  kurang: [
    { code: 'curve/kurang-min', bound: 'at-least', predikat: ['kurang'], percent: 60, limits: CEIL_60 },
    { code: 'curve/butuh-perbaikan-min', bound: 'at-least', predikat: ['butuh-perbaikan'], percent: 10, limits: CEIL_10 },
    { code: 'curve/sangat-baik-max', bound: 'at-most', predikat: ['sangat-baik'], percent: 10, limits: FLOOR_10 },
  ],
  'sangat-kurang': [
    { code: 'curve/sangat-kurang-min', bound: 'at-least', predikat: ['sangat-kurang'], percent: 60, limits: CEIL_60 },
    { code: 'curve/kurang-or-perbaikan-min', bound: 'at-least', predikat: ['kurang', 'butuh-perbaikan'], percent: 10, limits: CEIL_10 },
    { code: 'curve/sangat-baik-none', bound: 'at-most', predikat: ['sangat-baik'], percent: 0, limits: ZERO },
  ],
};

/** A unit of n people with `actual` spread over the rule's predikat and the rest on another predikat. */
function unitWith(rule: ExpectedRule, actual: number, n: number, spread: 'first' | 'split'): PredikatCounts {
  const filler = PREDIKAT_ORDER.find((p) => !rule.predikat.includes(p)) as Predikat;
  const [a, b] = rule.predikat as [Predikat, Predikat | undefined];
  const counts: PredikatCounts = { [filler]: n - actual };
  if (b !== undefined && spread === 'split') {
    counts[a] = Math.ceil(actual / 2);
    counts[b] = Math.floor(actual / 2);
  } else counts[a] = actual;
  return counts;
}

const withCode = (capaian: CapaianOrganisasi, counts: PredikatCounts, code: string) =>
  checkDistribution(capaian, counts).filter((v) => v.code === code);

const cases = CAPAIAN_ORDER.flatMap((capaian) =>
  EXPECTED[capaian].flatMap((rule) => Array.from({ length: 12 }, (_, i) => ({ capaian, rule, n: i + 1 }))),
);

describe('checkDistribution: every §6 rule for units of 1 to 12 people', () => {
  it.each(cases)('$capaian $rule.code n=$n', ({ capaian, rule, n }) => {
    const limit = rule.limits[n - 1] as number;
    for (const spread of ['first', 'split'] as const) {
      expect(withCode(capaian, unitWith(rule, limit, n, spread), rule.code)).toEqual([]);
      const bad = rule.bound === 'at-most' ? limit + 1 : limit - 1;
      if (bad < 0 || bad > n) continue;
      const found = withCode(capaian, unitWith(rule, bad, n, spread), rule.code);
      expect(found).toHaveLength(1);
      expect(found[0]?.rule).toMatchObject({
        capaian,
        bound: rule.bound,
        predikat: rule.predikat,
        percent: rule.percent,
        allowed: limit,
        actual: bad,
        headcount: n,
      });
      expect(found[0]?.message).toContain(CAPAIAN_LABEL[capaian]);
      expect(found[0]?.message).toContain(`${bad} dari ${n} pegawai`);
    }
  });

  it('covers every rule of the table exactly', () => {
    for (const capaian of CAPAIAN_ORDER) {
      const all: PredikatCounts = { 'sangat-baik': 5 };
      const got = checkDistribution(capaian, all).map((v) => v.code).sort();
      const expected = EXPECTED[capaian]
        .filter((r) => r.bound === 'at-least' || r.predikat.includes('sangat-baik'))
        .map((r) => r.code)
        .sort();
      expect(got, capaian).toEqual(expected);
    }
  });
});

describe('checkDistribution: examples', () => {
  it('words the Istimewa example as specified', () => {
    const [v] = checkDistribution('istimewa', { 'sangat-baik': 8, baik: 2 });
    expect(v?.message).toMatch(
      /^Predikat Sangat Baik 8 dari 10 pegawai \(80%\), melebihi batas 70% \(paling banyak 7 pegawai\) untuk Capaian Kinerja Organisasi Istimewa\. /,
    );
  });

  it('accepts compliant units of 10', () => {
    expect(checkDistribution('istimewa', { 'sangat-baik': 7, baik: 3 })).toEqual([]);
    expect(checkDistribution('baik', { baik: 7, 'butuh-perbaikan': 1, 'sangat-baik': 2 })).toEqual([]);
    expect(checkDistribution('butuh-perbaikan', { 'butuh-perbaikan': 6, 'sangat-baik': 1, baik: 3 })).toEqual([]);
    expect(checkDistribution('kurang', { kurang: 6, 'butuh-perbaikan': 1, 'sangat-baik': 1, baik: 2 })).toEqual([]);
    expect(checkDistribution('sangat-kurang', { 'sangat-kurang': 6, kurang: 1, baik: 3 })).toEqual([]);
  });

  it('reports nothing for a unit nobody was evaluated in', () => {
    for (const capaian of CAPAIAN_ORDER) expect(checkDistribution(capaian, {})).toEqual([]);
  });

  it('explains the rounding when it decides the limit', () => {
    const [v] = checkDistribution('istimewa', { 'sangat-baik': 1 });
    expect(v?.rule.allowed).toBe(0);
    expect(v?.message).toContain('70% × 1 = 0,7, dibulatkan ke bawah');
  });

  it('honours configured rounding', () => {
    expect(checkDistribution('istimewa', { 'sangat-baik': 1 }, { atMost: 'ceil' })).toEqual([]);
    expect(checkDistribution('istimewa', { 'sangat-baik': 4, baik: 1 }, { atMost: 'round' })).toEqual([]); // 3.5 → 4
    expect(checkDistribution('butuh-perbaikan', { baik: 1 }, { atLeast: 'floor' })).toEqual([]); // 0.6 → 0
    expect(checkDistribution('butuh-perbaikan', { baik: 1 }).map((v) => v.code)).toEqual(['curve/butuh-perbaikan-min']);
  });

  it('names both predikat of an "and/or" rule and forbids Sangat Baik under Sangat Kurang', () => {
    const codes = checkDistribution('sangat-kurang', { 'sangat-kurang': 9, 'sangat-baik': 1 });
    expect(codes.map((v) => v.code)).toEqual(['curve/kurang-or-perbaikan-min', 'curve/sangat-baik-none']);
    expect(codes[0]?.message).toContain('Kurang/Misconduct dan/atau Butuh Perbaikan');
    expect(codes[1]?.message).toContain('tidak membolehkan predikat Sangat Baik');
  });

  it('rejects counts that are not whole non-negative numbers', () => {
    expect(() => checkDistribution('baik', { baik: -1 })).toThrow(RangeError);
    expect(() => checkDistribution('baik', { baik: 1.5 })).toThrow(RangeError);
  });
});

describe('curve summary', () => {
  it('lists Sangat Kurang → Sangat Baik with counts and percentages', () => {
    const bars = curveSummary(countPredikat(['baik', 'baik', 'sangat-baik', 'kurang']));
    expect(bars.map((b) => b.predikat)).toEqual(['sangat-kurang', 'kurang', 'butuh-perbaikan', 'baik', 'sangat-baik']);
    expect(bars.map((b) => b.count)).toEqual([0, 1, 0, 2, 1]);
    expect(bars.map((b) => b.percent)).toEqual([0, 25, 0, 50, 25]);
    expect(bars[1]?.print).toBe('KURANG/MISCONDUCT');
    expect(curveSummary({}).every((b) => b.percent === 0)).toBe(true);
  });

  it('titles the chart and formats percentages the Indonesian way', () => {
    expect(curveChartTitle('butuh-perbaikan')).toBe(
      'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BUTUH PERBAIKAN',
    );
    expect(formatPercent(100 / 3)).toBe('33,3%');
    expect(formatPercent(80)).toBe('80%');
  });
});
