import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { DEMO_SKP_YEAR } from '@shared/demo/skp-demo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { createRevision, finaliseEvaluation, saveEvaluationDraft, startEvaluation } from './evaluation.commands';
import { approvedSkp, team, unitHead, yearRecords } from './evaluation.fixtures.test-helper';

let db: AppDb;
const { appraisalYear, periods } = yearRecords();
const q1 = periods[0]!;
const { members, penilai } = team();
const skp = approvedSkp(members[0]!);

beforeEach(async () => {
  db = new AppDb(`peka-eval-${Math.random()}`);
  await ensureInitialised(db);
  await db.appraisalYears.put(appraisalYear);
  await db.periods.bulkPut(periods);
  await db.skps.put(skp);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function started(skpId = skp.id, periodId = q1.id): Promise<string> {
  const r = await startEvaluation(db, skpId, periodId);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.id;
}

/** Judges every RHK and value and sets both ratings: a complete draft. */
async function completed(id: string): Promise<void> {
  const save = async (patch: Parameters<typeof saveEvaluationDraft>[2]) => expect((await saveEvaluationDraft(db, id, patch)).ok).toBe(true);
  await save({ rhk: skp.rhk.map((r) => ({ rhkId: r.id, judgement: 'sesuai', feedback: 'Sesuai target' })) });
  await save({ ratingHasilKerja: 'sesuai' });
  await save({ ratingPerilaku: 'di-atas', catatan: 'Pertahankan' });
}

const auditOf = (id: string) => db.audit.where('entityId').equals(id).toArray();

describe('startEvaluation', () => {
  it('starts a draft from an approved SKP with snapshots, empty judgements and an audit entry', async () => {
    const id = await started();
    const e = (await db.evaluations.get(id))!;
    expect(e).toMatchObject({ status: 'draft', revision: 1, step: 0, employeeId: skp.employeeId, periodId: q1.id, year: 2027, predikat: null, pimpinanUnit: false });
    expect(e.pegawai.nip).toBe(members[0]!.nip);
    expect(e.penilai?.employeeId).toBe(penilai.id);
    expect(e.rhk.map((r) => r.rhkId)).toEqual(['rhk-1', 'rhk-2', 'rhk-3']);
    expect(e.perilaku).toHaveLength(7);
    expect(await auditOf(id)).toHaveLength(1);
  });

  it('refuses a second evaluation for the same employee and period', async () => {
    await started();
    const again = await startEvaluation(db, skp.id, q1.id);
    expect(!again.ok && again.issues[0]!.code).toBe('evaluation/duplicate');
    expect(await db.evaluations.filter((e) => e.year !== DEMO_SKP_YEAR).count()).toBe(1);
  });

  it('refuses an SKP that is not approved, a missing SKP, and a period of another year', async () => {
    await db.skps.put({ ...approvedSkp(members[1]!), status: 'diajukan' });
    const notApproved = await startEvaluation(db, approvedSkp(members[1]!).id, q1.id);
    expect(!notApproved.ok && notApproved.issues[0]!.code).toBe('evaluation/skp-not-approved');
    const missing = await startEvaluation(db, 'nope', q1.id);
    expect(!missing.ok && missing.issues[0]!.code).toBe('evaluation/no-skp');
    await db.periods.bulkPut(yearRecords(2028).periods);
    const wrongYear = await startEvaluation(db, skp.id, 'period-2028-triwulan-1');
    expect(!wrongYear.ok && wrongYear.issues[0]!.code).toBe('evaluation/bad-period');
    expect(await db.evaluations.filter((e) => e.year !== DEMO_SKP_YEAR).count()).toBe(0);
  });
});

describe('saveEvaluationDraft', () => {
  it('saves one field without touching the others, and keeps the step for resuming', async () => {
    const id = await started();
    await saveEvaluationDraft(db, id, { rhk: [{ rhkId: 'rhk-2', feedback: 'Laporan rapi' }], step: 2 });
    await saveEvaluationDraft(db, id, { rhk: [{ rhkId: 'rhk-2', judgement: 'di-atas' }] });
    const e = (await db.evaluations.get(id))!;
    expect(e.rhk[1]).toEqual({ rhkId: 'rhk-2', judgement: 'di-atas', feedback: 'Laporan rapi' });
    expect(e.rhk[0]).toEqual({ rhkId: 'rhk-1', judgement: null, feedback: '' });
    expect(e.step).toBe(2);
  });

  it('audits each judgement, rating and predikat change from → to, but not typed feedback', async () => {
    const id = await started();
    await saveEvaluationDraft(db, id, { rhk: [{ rhkId: 'rhk-1', feedback: 'Teks' }] });
    expect(await auditOf(id)).toHaveLength(1);
    await completed(id);
    await saveEvaluationDraft(db, id, { ratingPerilaku: 'di-bawah' });
    const last = (await auditOf(id)).at(-1)!;
    expect(last.changes).toEqual({ ratingPerilaku: { from: 'di-atas', to: 'di-bawah' }, predikat: { from: 'baik', to: 'kurang' } });
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('refuses Di Atas while an Utama RHK is below expectation', async () => {
    const id = await started();
    await saveEvaluationDraft(db, id, { rhk: [{ rhkId: 'rhk-1', judgement: 'di-bawah' }] });
    const r = await saveEvaluationDraft(db, id, { ratingHasilKerja: 'di-atas' });
    expect(!r.ok && r.issues[0]).toMatchObject({ path: 'ratingHasilKerja', code: 'rating/utama-below' });
    expect((await db.evaluations.get(id))!.ratingHasilKerja).toBeNull();
  });
});

describe('finaliseEvaluation', () => {
  it('refuses an incomplete evaluation with every issue at its field', async () => {
    const id = await started();
    const r = await finaliseEvaluation(db, id);
    expect(!r.ok && r.issues.map((i) => i.path)).toEqual(['rhk.0.judgement', 'rhk.1.judgement', 'rhk.2.judgement', 'ratingHasilKerja', 'ratingPerilaku']);
    expect((await db.evaluations.get(id))!.status).toBe('draft');
  });

  it('finalises with the matrix predikat and the unit organisation result, then refuses every edit', async () => {
    const id = await started();
    await completed(id);
    const top = (await db.units.toArray()).find((u) => u.id === members[0]!.unitId);
    expect(top).toBeDefined();
    const r = await finaliseEvaluation(db, id);
    expect(r.ok).toBe(true);
    const e = (await db.evaluations.get(id))!;
    expect(e).toMatchObject({ status: 'final', predikat: 'baik', ratingHasilKerja: 'sesuai', ratingPerilaku: 'di-atas' });
    expect(e.finalisedAt).toBeDefined();
    expect((await auditOf(id)).at(-1)!.changes).toMatchObject({ status: { from: 'draft', to: 'final' }, predikat: { from: 'baik', to: 'baik' } });
    const edit = await saveEvaluationDraft(db, id, { catatan: 'diubah' });
    expect(!edit.ok && edit.issues[0]!.code).toBe('evaluation/final');
    const again = await finaliseEvaluation(db, id);
    expect(!again.ok && again.issues[0]!.code).toBe('evaluation/final');
    expect((await db.evaluations.get(id))!.catatan).toBe('Pertahankan');
  });

  it('makes a pimpinan unit kerja follow the organisation result, and refuses without one', async () => {
    const head = unitHead();
    const headSkp = approvedSkp(head.employee);
    await db.skps.put(headSkp);
    const id = await started(headSkp.id);
    expect((await db.evaluations.get(id))!.pimpinanUnit).toBe(true);
    await saveEvaluationDraft(db, id, { rhk: headSkp.rhk.map((r) => ({ rhkId: r.id, judgement: 'sesuai' })), ratingPerilaku: 'di-atas' });
    const without = await finaliseEvaluation(db, id);
    expect(!without.ok && without.issues.map((i) => i.code)).toEqual(['evaluation/no-org-result']);
    await db.orgResults.put({ id: `${head.unitId}|${q1.id}`, unitId: head.unitId, periodId: q1.id, capaian: 'istimewa', recordedAt: '2027-04-02T00:00:00.000Z' });
    expect((await finaliseEvaluation(db, id)).ok).toBe(true);
    expect(await db.evaluations.get(id)).toMatchObject({ ratingHasilKerja: 'di-atas', predikat: 'sangat-baik', capaianOrganisasi: 'istimewa' });
  });
});

describe('createRevision', () => {
  it('copies the final into a new draft with its reason; the original stays final and the chain grows', async () => {
    const id = await started();
    await completed(id);
    await finaliseEvaluation(db, id);
    const r = await createRevision(db, id, 'Realisasi RHK 2 salah catat');
    expect(r.ok).toBe(true);
    const revId = r.ok ? r.id : '';
    expect(await db.evaluations.get(revId)).toMatchObject({ revision: 2, supersedesId: id, revisionReason: 'Realisasi RHK 2 salah catat', status: 'draft', ratingPerilaku: 'di-atas', step: 0 });
    expect((await db.evaluations.get(revId))!.finalisedAt).toBeUndefined();
    expect((await db.evaluations.get(id))!.status).toBe('final');
    expect((await auditOf(revId))[0]!.changes).toMatchObject({ revision: { from: 1, to: 2 } });

    const open = await createRevision(db, id, 'Lagi-lagi koreksi');
    expect(!open.ok && open.issues[0]!.code).toBe('evaluation/revision-open');
    await saveEvaluationDraft(db, revId, { ratingPerilaku: 'sesuai' });
    await finaliseEvaluation(db, revId);
    const third = await createRevision(db, revId, 'Koreksi ketiga');
    expect(third.ok && (await db.evaluations.get(third.id))!.revision).toBe(3);
    const stale = await createRevision(db, id, 'Dari versi lama');
    expect(!stale.ok && stale.issues[0]!.code).toBe('evaluation/revision-open');
  });

  it('needs a reason and a final evaluation', async () => {
    const id = await started();
    const draft = await createRevision(db, id, 'Alasan cukup');
    expect(!draft.ok && draft.issues[0]!.code).toBe('evaluation/not-final');
    await completed(id);
    await finaliseEvaluation(db, id);
    const blank = await createRevision(db, id, '   ');
    expect(!blank.ok && blank.issues[0]).toMatchObject({ path: 'reason', code: 'evaluation/reason-required' });
    expect(await db.evaluations.filter((e) => e.year !== DEMO_SKP_YEAR).count()).toBe(1);
  });
});
