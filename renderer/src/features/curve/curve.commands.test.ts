import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCurveEvaluations } from '@shared/demo/curve-demo';
import { curveUnitResolver } from '@shared/domain/curve-units';
import { generatePeriods } from '@shared/domain/skp';
import { createTranslator } from '@shared/i18n/translate';
import { EvaluationSchema } from '@shared/schemas/evaluation';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { finaliseUnit, recordOrgResult, reopenUnit, type CurveResult } from './curve.commands';
import { curveErrorText } from './curve-text';
import { periodsWithEvaluations } from './curve.queries';

let db: AppDb;
const periods = generatePeriods(2027, 'triwulan');
const q1 = periods[0]!;
const BAPPEDA = 'unit-bappeda';
const DUKCAPIL = 'unit-dukcapil';

beforeEach(async () => {
  db = new AppDb(`peka-curve-${Math.random()}`);
  await ensureInitialised(db);
  const [units, positions, employees] = await Promise.all([db.units.toArray(), db.positions.toArray(), db.employees.toArray()]);
  const evaluations = demoCurveEvaluations({ units, positions, employees, periods: [q1], at: '2027-04-02T08:00:00.000Z', allBaikUnitId: BAPPEDA });
  for (const ev of evaluations) EvaluationSchema.parse(ev);
  await db.appraisalYears.put({ id: 'year-2027', year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31', createdAt: '2027-01-02T08:00:00.000Z' });
  await db.periods.bulkPut(periods);
  await db.evaluations.bulkPut(evaluations);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const t = createTranslator('id');
const text = (r: CurveResult) => (r.ok ? '' : curveErrorText(t, r.code, r.params));
const auditOf = (entityId: string) => db.audit.where('entityId').equals(entityId).toArray();

/** The period's evaluations of the people counted in a curve unit. */
async function evaluationsOf(unitId: string) {
  const resolve = curveUnitResolver(await db.units.toArray());
  const inUnit = new Set((await db.employees.toArray()).filter((e) => resolve(e.unitId)?.id === unitId).map((e) => e.id));
  return db.evaluations.where('periodId').equals(q1.id).filter((e) => inUnit.has(e.employeeId)).toArray();
}

describe('recordOrgResult', () => {
  it('records and changes the result, auditing from → to, and does nothing when unchanged', async () => {
    expect(await recordOrgResult(db, BAPPEDA, q1.id, 'baik')).toEqual({ ok: true });
    expect(await recordOrgResult(db, BAPPEDA, q1.id, 'istimewa', 'LKjIP 2027')).toEqual({ ok: true });
    expect(await recordOrgResult(db, BAPPEDA, q1.id, 'istimewa')).toEqual({ ok: true });
    expect(await db.orgResults.get(`${BAPPEDA}|${q1.id}`)).toMatchObject({ capaian: 'istimewa', note: 'LKjIP 2027' });
    const log = await auditOf(`${BAPPEDA}|${q1.id}`);
    expect(log.map((e) => e.summary)).toEqual([
      'Capaian Kinerja Organisasi Badan Perencanaan Pembangunan Daerah, TRIWULAN I 2027: (belum ada) → Baik',
      'Capaian Kinerja Organisasi Badan Perencanaan Pembangunan Daerah, TRIWULAN I 2027: Baik → Istimewa',
    ]);
    expect(log[1]?.changes).toEqual({ capaian: { from: 'baik', to: 'istimewa' }, note: { from: null, to: 'LKjIP 2027' } });
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('refuses a unit that is not a perangkat daerah or kecamatan, and an unknown period', async () => {
    const seksi = (await db.units.toArray()).find((u) => u.parentId && u.parentId !== 'unit-pemkot')!;
    expect(await recordOrgResult(db, seksi.id, q1.id, 'baik')).toMatchObject({ ok: false, code: 'unknown-unit' });
    expect(await recordOrgResult(db, BAPPEDA, 'period-x', 'baik')).toMatchObject({ ok: false, code: 'unknown-period' });
    expect(await db.orgResults.filter((o) => !o.periodId.startsWith('period-2026')).count()).toBe(0);
  });

  it('refuses a change once the unit is finalised, naming how to reopen', async () => {
    await recordOrgResult(db, DUKCAPIL, q1.id, 'baik');
    expect(await finaliseUnit(db, DUKCAPIL, q1.id)).toEqual({ ok: true });
    const refused = await recordOrgResult(db, DUKCAPIL, q1.id, 'istimewa');
    expect(refused).toMatchObject({ ok: false, code: 'unit-finalised' });
    expect(text(refused)).toMatch(/sudah difinalisasi.*Buka kembali/);
    expect((await db.orgResults.get(`${DUKCAPIL}|${q1.id}`))?.capaian).toBe('baik');
  });
});

describe('finaliseUnit', () => {
  it('finalises a compliant unit without a reason', async () => {
    await recordOrgResult(db, DUKCAPIL, q1.id, 'baik');
    expect(await finaliseUnit(db, DUKCAPIL, q1.id)).toEqual({ ok: true });
    expect(await db.unitFinalisations.get(`${DUKCAPIL}|${q1.id}`)).toMatchObject({ violations: [] });
    expect((await auditOf(`${DUKCAPIL}|${q1.id}`)).at(-1)?.summary).toMatch(/difinalisasi untuk TRIWULAN I 2027 .* sesuai pola kurva/);
  });

  it('refuses without an organisation result', async () => {
    const r = await finaliseUnit(db, DUKCAPIL, q1.id);
    expect(r).toMatchObject({ ok: false, code: 'no-org-result' });
    expect(text(r)).toContain('Capaian Kinerja Organisasi');
  });

  it('refuses while some members have no final evaluation, with the count', async () => {
    await recordOrgResult(db, DUKCAPIL, q1.id, 'baik');
    const [a, b] = await evaluationsOf(DUKCAPIL);
    await db.evaluations.update(a!.id, { status: 'draft' });
    await db.evaluations.delete(b!.id);
    const r = await finaliseUnit(db, DUKCAPIL, q1.id);
    expect(r).toMatchObject({ ok: false, code: 'not-all-final', params: { count: 2, total: 27 } });
    expect(text(r)).toBe('2 dari 27 pegawai belum memiliki evaluasi final untuk TRIWULAN I 2027. Minta Pejabat Penilai Kinerja menyelesaikan dan memfinalkan evaluasinya, lalu finalisasi lagi.');
    expect(await db.unitFinalisations.count()).toBe(0);
  });

  it('with violations demands a reason naming them, then keeps the reason in the record and the audit', async () => {
    await recordOrgResult(db, BAPPEDA, q1.id, 'baik');
    const refused = await finaliseUnit(db, BAPPEDA, q1.id, '  singkat ');
    expect(refused).toMatchObject({ ok: false, code: 'reason-required', params: { count: 2 } });
    expect(text(refused)).toContain('paling sedikit 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct');
    expect(text(refused)).toContain('melebihi batas 70%');
    const reason = 'Seluruh pegawai Bappeda menyelesaikan RPJMD tepat waktu; pola kurva tidak diterapkan atas persetujuan Sekda.';
    expect(await finaliseUnit(db, BAPPEDA, q1.id, reason)).toEqual({ ok: true });
    const record = await db.unitFinalisations.get(`${BAPPEDA}|${q1.id}`);
    expect(record?.reason).toBe(reason);
    expect(record?.violations.map((v) => v.code)).toEqual(['curve/baik-max', 'curve/perbaikan-or-kurang-min-one']);
    const entry = (await auditOf(`${BAPPEDA}|${q1.id}`)).at(-1)!;
    expect(entry.summary).toContain(`Alasan: ${reason}`);
    expect(entry.changes?.['reason']).toEqual({ from: null, to: reason });
    expect(await finaliseUnit(db, BAPPEDA, q1.id, reason)).toMatchObject({ ok: false, code: 'already-finalised' });
  });

  it('checks the latest revision only', async () => {
    await recordOrgResult(db, BAPPEDA, q1.id, 'baik');
    const [first] = await evaluationsOf(BAPPEDA);
    if (!first) throw new Error('no Bappeda evaluation');
    await db.evaluations.add({ ...first, id: `${first.id}-r2`, revision: 2, supersedesId: first.id, predikat: 'butuh-perbaikan', ratingHasilKerja: 'di-bawah' });
    const r = await finaliseUnit(db, BAPPEDA, q1.id);
    expect(r).toMatchObject({ ok: false, code: 'reason-required', params: { count: 1 } });
  });
});

describe('reopenUnit', () => {
  it('needs a reason, reopens, audits, and lets HR change the result again', async () => {
    await recordOrgResult(db, DUKCAPIL, q1.id, 'baik');
    expect(await reopenUnit(db, DUKCAPIL, q1.id, 'Salah unit')).toMatchObject({ ok: false, code: 'not-finalised' });
    await finaliseUnit(db, DUKCAPIL, q1.id);
    expect(await reopenUnit(db, DUKCAPIL, q1.id, 'ok')).toMatchObject({ ok: false, code: 'reopen-reason-required' });
    expect(await reopenUnit(db, DUKCAPIL, q1.id, 'Capaian organisasi direvisi setelah evaluasi LKjIP')).toEqual({ ok: true });
    expect(await db.unitFinalisations.count()).toBe(0);
    expect((await auditOf(`${DUKCAPIL}|${q1.id}`)).at(-1)).toMatchObject({ action: 'delete', summary: expect.stringContaining('dibuka kembali. Alasan: Capaian organisasi direvisi') as unknown });
    expect(await recordOrgResult(db, DUKCAPIL, q1.id, 'istimewa')).toEqual({ ok: true });
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });
});

describe('periodsWithEvaluations', () => {
  it('names the demo periods that have evaluations, and those with final ones', async () => {
    const ids = (n: number[]) => new Set(n.map((i) => `period-2026-triwulan-${i}`));
    const all = await periodsWithEvaluations(db);
    const final = await periodsWithEvaluations(db, true);
    // The demo has Q1 and Q2 final, Q3 proposed as drafts, Q4 not evaluated (plus this file's own seeds).
    for (const id of ids([1, 2, 3])) expect(all.has(id)).toBe(true);
    for (const id of ids([1, 2])) expect(final.has(id)).toBe(true);
    expect(final.has('period-2026-triwulan-3')).toBe(false);
    expect(all.has('period-2026-triwulan-4')).toBe(false);
  });
});
