import { describe, expect, it } from 'vitest';
import { checkDistribution, countPredikat } from '../domain/distribution-curve';
import { curveUnitResolver } from '../domain/curve-units';
import { checkEvaluationForFinalise } from '../domain/evaluation';
import { EvaluationSchema } from '../schemas/evaluation';
import { DEMO_CURVE_VIOLATION_UNIT_ID, generateDemoEvaluations } from './evaluation-demo';
import { generateDemoAgency } from './generate';
import { generateDemoSkpYear } from './skp-demo';

const agency = generateDemoAgency();
const year = generateDemoSkpYear(agency);
const { evaluations, orgResults } = generateDemoEvaluations(agency, year, '2026-11-28T08:00:00.000Z');

describe('demo evaluations', () => {
  it('evaluates only people with an approved SKP: Q1, Q2 final and Q3 proposed', () => {
    const approved = new Set(year.skps.filter((s) => s.status === 'disetujui').map((s) => s.employeeId));
    expect(evaluations.every((e) => approved.has(e.employeeId))).toBe(true);
    const byPeriod = (i: number) => evaluations.filter((e) => e.periodId === year.periods[i]!.id);
    expect(byPeriod(0).every((e) => e.status === 'final')).toBe(true);
    expect(byPeriod(2).every((e) => e.status === 'draft' && e.predikat)).toBe(true);
    expect(byPeriod(3)).toHaveLength(0);
    for (const e of evaluations) EvaluationSchema.parse(e);
  });

  it('final evaluations pass the finalise checks against their SKP', () => {
    const skps = new Map(year.skps.map((s) => [s.id, s]));
    for (const e of evaluations.filter((x) => x.status === 'final')) {
      const asDraft = { ...e, status: 'draft' as const };
      expect(checkEvaluationForFinalise(asDraft, skps.get(e.skpId)!, { capaianOrganisasi: 'baik' }), e.id).toEqual([]);
    }
  });

  it('every unit meets the Baik pattern except the one demo violation', () => {
    const unitOf = curveUnitResolver(agency.units);
    const q1 = year.periods[0]!.id;
    const byUnit = new Map<string, typeof evaluations>();
    for (const e of evaluations.filter((x) => x.periodId === q1)) {
      const u = unitOf(agency.employees.find((p) => p.id === e.employeeId)!.unitId)!.id;
      byUnit.set(u, [...(byUnit.get(u) ?? []), e]);
    }
    for (const [unitId, list] of byUnit) {
      const violations = checkDistribution('baik', countPredikat(list.map((e) => e.predikat!)));
      if (unitId === DEMO_CURVE_VIOLATION_UNIT_ID) expect(violations.length).toBeGreaterThan(0);
      else expect(violations, unitId).toEqual([]);
    }
    expect(orgResults.filter((o) => o.periodId === q1).length).toBe(byUnit.size);
  });
});
