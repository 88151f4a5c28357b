import { describe, expect, it } from 'vitest';
import { curveLimits, curveSatisfiable, minimumRequired } from './curve-feasibility';
import { CAPAIAN_ORDER, checkDistribution, type CurveOptions, type PredikatCounts, type Rounding } from './distribution-curve';
import { PREDIKAT_ORDER } from './predikat';

/** Every way to spread n people over the five predikat (1,820 spreads for n = 12). */
function* spreads(n: number, slots: number = PREDIKAT_ORDER.length): Generator<number[]> {
  if (slots === 1) {
    yield [n];
    return;
  }
  for (let first = 0; first <= n; first++) for (const rest of spreads(n - first, slots - 1)) yield [first, ...rest];
}

const asCounts = (spread: number[]): PredikatCounts => Object.fromEntries(PREDIKAT_ORDER.map((p, i) => [p, spread[i] ?? 0]));

const ROUNDINGS: Rounding[] = ['floor', 'ceil', 'round'];
const OPTIONS: CurveOptions[] = ROUNDINGS.flatMap((atMost) => ROUNDINGS.map((atLeast) => ({ atMost, atLeast })));

describe('curveSatisfiable agrees with an exhaustive search, units of 1 to 12, every rounding', () => {
  it.each(OPTIONS)('atMost $atMost, atLeast $atLeast', (options) => {
    for (const capaian of CAPAIAN_ORDER) {
      for (let n = 1; n <= 12; n++) {
        let found = false;
        for (const spread of spreads(n)) {
          if (checkDistribution(capaian, asCounts(spread), options).length === 0) {
            found = true;
            break;
          }
        }
        expect(curveSatisfiable(capaian, n, options), `${capaian} n=${n}`).toBe(found);
      }
    }
  });
});

describe('small units under the default rounding', () => {
  it('cannot meet the Kurang or Sangat Kurang pattern with one or two people, and can with three', () => {
    for (const capaian of ['kurang', 'sangat-kurang'] as const) {
      expect(minimumRequired(capaian, 1)).toBe(2); // ceil(0.6) + ceil(0.1)
      expect(minimumRequired(capaian, 2)).toBe(3); // ceil(1.2) + ceil(0.2)
      expect(curveSatisfiable(capaian, 1)).toBe(false);
      expect(curveSatisfiable(capaian, 2)).toBe(false);
      expect(curveSatisfiable(capaian, 3)).toBe(true);
    }
  });

  it('can always meet Istimewa, Baik and Butuh Perbaikan', () => {
    for (const capaian of ['istimewa', 'baik', 'butuh-perbaikan'] as const) {
      for (let n = 1; n <= 12; n++) expect(curveSatisfiable(capaian, n), `${capaian} n=${n}`).toBe(true);
    }
  });

  it('needs one Butuh Perbaikan or Kurang/Misconduct under Baik even for a unit of one', () => {
    expect(checkDistribution('baik', { baik: 1 }).map((v) => v.code)).toEqual(['curve/baik-max', 'curve/perbaikan-or-kurang-min-one']);
    expect(checkDistribution('baik', { kurang: 1 })).toEqual([]);
    expect(checkDistribution('baik', { 'butuh-perbaikan': 1 })).toEqual([]);
  });

  it('trivially accepts an empty unit', () => {
    for (const capaian of CAPAIAN_ORDER) expect(curveSatisfiable(capaian, 0)).toBe(true);
  });
});

describe('curveLimits', () => {
  it('agrees with the allowed numbers checkDistribution reports', () => {
    for (const options of OPTIONS) {
      for (const capaian of CAPAIAN_ORDER) {
        for (let n = 1; n <= 12; n++) {
          // Everyone Sangat Baik: every at-least rule fires, and so does each at-most rule on Sangat Baik.
          const limits = curveLimits(capaian, n, options);
          for (const v of checkDistribution(capaian, { 'sangat-baik': n }, options)) {
            expect(limits.find((l) => l.rule.code === v.code)?.allowed, `${capaian} ${v.code} n=${n}`).toBe(v.rule.allowed);
          }
        }
      }
    }
  });
});
