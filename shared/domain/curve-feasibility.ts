/**
 * Whether a unit of a given size can meet the §6 pattern at all (SE MenPANRB 3/2023). With the
 * default rounding a unit of one or two people can never meet the Kurang or Sangat Kurang pattern:
 * it needs at least ceil(60% × n) people in one predikat plus at least one more in another.
 * HR must then finalise with a written reason; the UI says so instead of leaving them to guess.
 */
import { CURVE_RULES, DEFAULT_CURVE_ROUNDING, type CapaianOrganisasi, type CurveOptions, type CurveRuleDef, type Rounding } from './distribution-curve';

function rounded(percent: number, headcount: number, rounding: Rounding): number {
  const exact = (percent * headcount) / 100;
  return rounding === 'floor' ? Math.floor(exact) : rounding === 'ceil' ? Math.ceil(exact) : Math.round(exact);
}

export interface CurveLimit {
  rule: CurveRuleDef;
  /** Most allowed (at-most) or fewest required (at-least), in employees, for this headcount. */
  allowed: number;
}

/** Every limit of a pattern for a unit of `headcount`, with the same rounding checkDistribution uses (for the chart's markers). */
export function curveLimits(capaian: CapaianOrganisasi, headcount: number, options: CurveOptions = {}): CurveLimit[] {
  const atMost = options.atMost ?? DEFAULT_CURVE_ROUNDING.atMost;
  const atLeast = options.atLeast ?? DEFAULT_CURVE_ROUNDING.atLeast;
  return CURVE_RULES[capaian].map((rule) => ({
    rule,
    allowed: rule.percent === null ? 1 : rounded(rule.percent, headcount, rule.bound === 'at-most' ? atMost : atLeast),
  }));
}

/**
 * The fewest employees the "at least" rules of a pattern require together. The predikat sets of the
 * at-least rules never overlap and no at-most rule limits them, so the pattern can be met exactly
 * when this number is at most the headcount.
 */
export function minimumRequired(capaian: CapaianOrganisasi, headcount: number, options: CurveOptions = {}): number {
  return curveLimits(capaian, headcount, options)
    .filter((limit) => limit.rule.bound === 'at-least')
    .reduce((sum, limit) => sum + limit.allowed, 0);
}

/** True when some spread of predikat over `headcount` people meets the pattern (0 people: trivially). */
export function curveSatisfiable(capaian: CapaianOrganisasi, headcount: number, options: CurveOptions = {}): boolean {
  return headcount === 0 || minimumRequired(capaian, headcount, options) <= headcount;
}
