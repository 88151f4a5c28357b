import { describe, expect, it } from 'vitest';
import { generateDemoAgency } from './generate';
import { EvaluationSchema, OrgResultSchema } from '../schemas/evaluation';
import { compliantBaikSpread, demoCurveEvaluations, demoOrgResults } from './curve-demo';
import { curveUnitResolver, curveUnits, isCurveMember, latestRevisions } from '../domain/curve-units';
import { checkDistribution, countPredikat } from '../domain/distribution-curve';
import { predikatKinerja } from '../domain/predikat';
import { generatePeriods } from '../domain/skp';

const agency = generateDemoAgency();
const periods = generatePeriods(2027, 'triwulan').slice(0, 2);
const at = '2027-07-01T08:00:00.000Z';

describe('compliantBaikSpread', () => {
  it('meets the Baik pattern for every unit size up to 200', () => {
    for (let n = 1; n <= 200; n++) expect(checkDistribution('baik', countPredikat(compliantBaikSpread(n))), `n=${n}`).toEqual([]);
  });
});

describe('demoCurveEvaluations', () => {
  const evaluations = demoCurveEvaluations({ ...agency, periods, at, allBaikUnitId: 'unit-bappeda' });
  const resolve = curveUnitResolver(agency.units);
  const members = agency.employees.filter(isCurveMember);

  it('gives every curve member one valid, consistent evaluation per period', () => {
    expect(evaluations).toHaveLength(members.length * periods.length);
    for (const ev of evaluations) {
      expect(EvaluationSchema.safeParse(ev).success).toBe(true);
      expect(predikatKinerja(ev.ratingHasilKerja!, ev.ratingPerilaku!)).toBe(ev.predikat);
    }
    expect(latestRevisions(evaluations.filter((e) => e.periodId === periods[0]!.id)).size).toBe(members.length);
  });

  it('keeps every unit on the Baik pattern except the all-Baik one, which breaks two rules', () => {
    for (const unit of curveUnits(agency.units)) {
      const list = evaluations.filter((e) => e.periodId === periods[0]!.id && resolve(agency.employees.find((x) => x.id === e.employeeId)!.unitId) === unit);
      const codes = checkDistribution('baik', countPredikat(list.map((e) => e.predikat!))).map((v) => v.code);
      expect(codes, unit.name).toEqual(unit.id === 'unit-bappeda' ? ['curve/baik-max', 'curve/perbaikan-or-kurang-min-one'] : []);
    }
  });

  it('is deterministic and records a Baik organisation result per unit and period', () => {
    expect(demoCurveEvaluations({ ...agency, periods, at, allBaikUnitId: 'unit-bappeda' })).toEqual(evaluations);
    const results = demoOrgResults(evaluations, agency.employees, agency.units, at);
    expect(results).toHaveLength(curveUnits(agency.units).length * periods.length);
    for (const r of results) expect(OrgResultSchema.parse(r).id).toBe(`${r.unitId}|${r.periodId}`);
  });
});

describe('curve units', () => {
  it('are the children of the instansi; the Kepala Daerah counts nowhere', () => {
    const resolve = curveUnitResolver(agency.units);
    expect(curveUnits(agency.units).map((u) => u.id).sort()).toEqual(['unit-bappeda', 'unit-bkpsdm', 'unit-dindikbud', 'unit-dinkes', 'unit-dukcapil', 'unit-serpong', 'unit-setda']);
    expect(resolve('unit-pemkot')).toBeUndefined();
    const walikota = agency.employees.find((e) => e.kind === 'kepala-daerah')!;
    expect(isCurveMember(walikota)).toBe(false);
    const seksi = agency.units.find((u) => u.name === 'Seksi Data dan Informasi Kepegawaian')!;
    expect(resolve(seksi.id)?.id).toBe('unit-bkpsdm');
  });

  it('take the latest revision, never a superseded one', () => {
    const base = { employeeId: 'a', supersedesId: undefined };
    const latest = latestRevisions([
      { ...base, id: 'r1', revision: 1 },
      { ...base, id: 'r3', revision: 3, supersedesId: 'r2' },
      { ...base, id: 'r2', revision: 2, supersedesId: 'r1' },
      { id: 'b1', employeeId: 'b', revision: 1 },
    ]);
    expect(latest.get('a')?.id).toBe('r3');
    expect(latest.get('b')?.id).toBe('b1');
  });
});
