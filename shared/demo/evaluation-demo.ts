/**
 * Demo evaluations of the 2026 year: Q1 and Q2 final with organisation results, Q3 proposed (draft
 * with a predikat), so the curve, the HR overview and the documents have real content. Every unit
 * meets the Baik pattern except Bappeda, where everyone is Baik: the demo's curve violation.
 */
import type { Evaluation, OrgResult } from '../schemas/evaluation';
import type { DemoAgency } from './generate';
import { demoCurveEvaluations, demoOrgResults } from './curve-demo';
import type { DemoSkpYear } from './skp-demo';

export const DEMO_CURVE_VIOLATION_UNIT_ID = 'unit-bappeda';

export function generateDemoEvaluations(agency: DemoAgency, year: DemoSkpYear, at: string): { evaluations: Evaluation[]; orgResults: OrgResult[] } {
  const approved = new Map(year.skps.filter((s) => s.status === 'disetujui').map((s) => [s.employeeId, s]));
  const periods = [...year.periods].sort((a, b) => a.index - b.index);
  const base = { ...agency, at, allBaikUnitId: DEMO_CURVE_VIOLATION_UNIT_ID, isEvaluated: (e: { id: string }) => approved.has(e.id), skpIdOf: (e: { id: string }) => approved.get(e.id)?.id ?? '' };
  const final = demoCurveEvaluations({ ...base, periods: periods.slice(0, 2), status: 'final' });
  const proposed = demoCurveEvaluations({ ...base, periods: periods.slice(2, 3), status: 'draft' });
  const evaluations = [...final, ...proposed].map((ev) => {
    const skp = approved.get(ev.employeeId);
    // Each RHK judged like the overall rating, so the Utama rule (§4) holds.
    return skp ? { ...ev, rhk: skp.rhk.map((r) => ({ rhkId: r.id, judgement: ev.ratingHasilKerja, feedback: '' })) } : ev;
  });
  return { evaluations, orgResults: demoOrgResults(final, agency.employees, agency.units, at) };
}
