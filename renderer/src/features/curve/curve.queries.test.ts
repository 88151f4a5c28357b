import { describe, expect, it } from 'vitest';
import { generateDemoAgency } from '@shared/demo/generate';
import { demoCurveEvaluations } from '@shared/demo/curve-demo';
import { generatePeriods } from '@shared/domain/skp';
import { DEFAULT_SETTINGS } from '@shared/schemas/entities';
import type { Evaluation, OrgResult } from '@shared/schemas/evaluation';
import { curveRoundingOf, unitCurve, violationsOf, type CurveData } from './curve.queries';

const agency = generateDemoAgency();
const [q1, q2] = generatePeriods(2027, 'triwulan');
const at = '2027-04-01T08:00:00.000Z';
const evaluations = demoCurveEvaluations({ ...agency, periods: [q1!, q2!], at, allBaikUnitId: 'unit-bappeda' });
const bappedaPeople = agency.employees.filter((e) => e.unitId.startsWith('unit-bappeda') && e.status === 'aktif');
const baik = (unitId: string, periodId = q1!.id): OrgResult => ({ id: `${unitId}|${periodId}`, unitId, periodId, capaian: 'baik', recordedAt: at });
const data = (over: Partial<CurveData> = {}): CurveData => ({ ...agency, evaluations, orgResults: [], finalisations: [], ...over });
const bappeda = (d: CurveData, periodId = q1!.id) => unitCurve(periodId, d).find((c) => c.unit.id === 'unit-bappeda')!;

describe('unitCurve', () => {
  it('lists every perangkat daerah and kecamatan with its active members, by top unit', () => {
    const curves = unitCurve(q1!.id, data());
    expect(curves.map((c) => c.unit.name)).toContain('Kecamatan Serpong');
    expect(curves.map((c) => c.unit.id)).not.toContain('unit-pemkot');
    const bkpsdm = curves.find((c) => c.unit.id === 'unit-bkpsdm')!;
    // 26 people in BKPSDM and its bidang/seksi, one moved out (mutasi keluar) and not evaluated.
    expect(bkpsdm.members).toHaveLength(25);
    expect(bkpsdm.evaluated).toBe(25);
    expect(bkpsdm.states).toEqual({ belum: 0, draft: 0, final: 25 });
  });

  it('counts the predikat of the period and shows violations only once the organisation result is recorded', () => {
    expect(bappeda(data()).counts).toMatchObject({ baik: bappedaPeople.length, 'sangat-baik': 0 });
    expect(bappeda(data()).violations).toEqual([]);
    const withResult = bappeda(data({ orgResults: [baik('unit-bappeda'), baik('unit-bappeda', q2!.id)] }));
    expect(withResult.violations.map((v) => v.code)).toEqual(['curve/baik-max', 'curve/perbaikan-or-kurang-min-one']);
    expect(withResult.orgResult?.capaian).toBe('baik');
  });

  it('counts only the latest revision per employee', () => {
    const first = evaluations.find((e) => e.periodId === q1!.id && e.employeeId === bappedaPeople[0]!.id)!;
    const corrected: Evaluation = { ...first, id: `${first.id}-r2`, revision: 2, supersedesId: first.id, predikat: 'butuh-perbaikan', ratingHasilKerja: 'di-bawah', revisionReason: 'Keberatan diterima' };
    const curve = bappeda(data({ evaluations: [...evaluations, corrected], orgResults: [baik('unit-bappeda')] }));
    expect(curve.evaluated).toBe(bappedaPeople.length);
    expect(curve.counts).toMatchObject({ baik: bappedaPeople.length - 1, 'butuh-perbaikan': 1 });
    expect(curve.violations.map((v) => v.code)).toEqual(['curve/baik-max']);
    expect(curve.members.find((m) => m.employeeId === first.employeeId)?.evaluationId).toBe(corrected.id);
  });

  it('counts a draft with a proposed predikat, and a draft without one only as a draft', () => {
    const ofQ1 = evaluations.filter((e) => e.periodId === q1!.id);
    const drafts = ofQ1.map((e): Evaluation => {
      if (e.employeeId === bappedaPeople[0]!.id) return { ...e, status: 'draft', predikat: 'kurang', finalisedAt: undefined };
      if (e.employeeId === bappedaPeople[1]!.id) return { ...e, status: 'draft', predikat: null, step: 2, finalisedAt: undefined };
      return e;
    });
    const curve = bappeda(data({ evaluations: drafts, orgResults: [baik('unit-bappeda')] }));
    expect(curve.states).toEqual({ belum: 0, draft: 2, final: bappedaPeople.length - 2 });
    expect(curve.evaluated).toBe(bappedaPeople.length - 1);
    expect(curve.counts).toMatchObject({ kurang: 1, baik: bappedaPeople.length - 2 });
    expect(curve.violations.map((v) => v.code)).toEqual(['curve/baik-max']);
  });

  it('shows people without an evaluation as not started, and ignores other periods', () => {
    const curve = bappeda(data({ evaluations: evaluations.filter((e) => e.periodId === q2!.id) }));
    expect(curve.states).toEqual({ belum: bappedaPeople.length, draft: 0, final: 0 });
    expect(curve.evaluated).toBe(0);
  });

  it('still counts someone evaluated who has since left the unit', () => {
    const leaver = bappedaPeople[2]!;
    const employees = agency.employees.map((e) => (e.id === leaver.id ? { ...e, status: 'mutasi-keluar' as const } : e));
    expect(bappeda(data({ employees })).members.map((m) => m.employeeId)).toContain(leaver.id);
    expect(bappeda(data({ employees, evaluations: [] })).members.map((m) => m.employeeId)).not.toContain(leaver.id);
  });
});

describe('violationsOf and rounding', () => {
  it('checks a what-if list and honours the configured rounding', () => {
    expect(violationsOf({ capaian: 'istimewa' }, ['sangat-baik', null])).toHaveLength(1);
    expect(violationsOf({ capaian: 'istimewa' }, ['sangat-baik'], { atMost: 'ceil' })).toEqual([]);
    expect(violationsOf(null, ['sangat-baik'])).toEqual([]);
  });

  it('reads curve rounding from settings when present, else the default', () => {
    expect(curveRoundingOf(undefined)).toEqual({ atMost: 'floor', atLeast: 'ceil' });
    expect(curveRoundingOf({ ...DEFAULT_SETTINGS, curveRounding: { atMost: 'round', atLeast: 'floor' } } as typeof DEFAULT_SETTINGS)).toEqual({ atMost: 'round', atLeast: 'floor' });
    expect(curveRoundingOf({ ...DEFAULT_SETTINGS, curveRounding: { atMost: 'up' } } as unknown as typeof DEFAULT_SETTINGS)).toEqual({ atMost: 'floor', atLeast: 'ceil' });
  });
});
