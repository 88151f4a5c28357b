import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { DEMO_SKP_YEAR } from '@shared/demo/skp-demo';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { finaliseEvaluation, saveEvaluationDraft, startEvaluation } from './evaluation.commands';
import { approvedSkp, team, yearRecords } from './evaluation.fixtures.test-helper';
import { decideKeberatan, fileKeberatan, respondKeberatan } from './keberatan.commands';

let db: AppDb;
const { appraisalYear, periods } = yearRecords();
const skp = approvedSkp(team().members[0]!);
const annual = periods.find((p) => p.final)!;

async function finalEvaluation(periodId = annual.id): Promise<string> {
  const r = await startEvaluation(db, skp.id, periodId);
  if (!r.ok) throw new Error('start');
  await saveEvaluationDraft(db, r.id, { rhk: skp.rhk.map((x) => ({ rhkId: x.id, judgement: 'sesuai' })), ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' });
  expect((await finaliseEvaluation(db, r.id)).ok).toBe(true);
  return r.id;
}

beforeEach(async () => {
  db = new AppDb(`peka-keb-${Math.random()}`);
  await ensureInitialised(db);
  await db.appraisalYears.put(appraisalYear);
  await db.periods.bulkPut(periods);
  await db.skps.put(skp);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const file = (evaluationId: string, filedAt: string) => fileKeberatan(db, { evaluationId, receivedAt: '2028-01-05', filedAt, text: 'Realisasi triwulan IV belum diperhitungkan' });

describe('fileKeberatan', () => {
  it('is on time on day 14 after receipt', async () => {
    const id = await finalEvaluation();
    expect(await file(id, '2028-01-19')).toMatchObject({ ok: true, late: false });
    expect((await db.keberatan.toArray())[0]).toMatchObject({ late: false, receivedAt: '2028-01-05', filedAt: '2028-01-19' });
  });

  it('is recorded but flagged late on day 15, in the record and the audit log', async () => {
    const id = await finalEvaluation();
    expect(await file(id, '2028-01-20')).toMatchObject({ ok: true, late: true });
    expect((await db.keberatan.toArray())[0]!.late).toBe(true);
    const audit = await db.audit.where('entity').equals('keberatan').toArray();
    expect(audit[0]!.summary).toMatch(/TERLAMBAT \(batas 19 Januari 2028\)/);
  });

  it('refuses a draft evaluation, a periodic (non-annual) one, a second objection to the same result, and bad dates', async () => {
    const draft = await startEvaluation(db, skp.id, annual.id);
    const onDraft = await file(draft.ok ? draft.id : '', '2028-01-06');
    expect(!onDraft.ok && onDraft.issues[0]!.code).toBe('keberatan/not-final');
    await db.evaluations.clear();
    const periodic = await finalEvaluation(periods[0]!.id);
    const onPeriodic = await file(periodic, '2028-01-06');
    expect(!onPeriodic.ok && onPeriodic.issues[0]!.code).toBe('keberatan/not-annual');
    const id = await finalEvaluation();
    expect((await file(id, '2028-01-06')).ok).toBe(true);
    const second = await file(id, '2028-01-07');
    expect(!second.ok && second.issues[0]!.code).toBe('keberatan/exists');
    const before = await fileKeberatan(db, { evaluationId: id, receivedAt: '2028-01-05', filedAt: '2028-01-04', text: 'x' });
    expect(!before.ok && before.issues[0]!.path).toBe('filedAt');
  });
});

describe('respond and decide', () => {
  it('records the response; a rejection ends it without a revision and is final', async () => {
    const id = await finalEvaluation();
    const k = await file(id, '2028-01-10');
    const kid = k.ok ? k.id : '';
    expect((await respondKeberatan(db, kid, 'Realisasi sudah dihitung sesuai bukti', '2028-01-12')).ok).toBe(true);
    expect((await decideKeberatan(db, kid, { decision: 'ditolak', note: 'Penilaian sudah sesuai', decidedAt: '2028-01-20' })).ok).toBe(true);
    expect(await db.keberatan.get(kid)).toMatchObject({ response: 'Realisasi sudah dihitung sesuai bukti', decision: 'ditolak', decidedAt: '2028-01-20' });
    expect(await db.evaluations.filter((e) => e.year !== DEMO_SKP_YEAR).count()).toBe(1);
    const again = await decideKeberatan(db, kid, { decision: 'diterima', note: 'Berubah pikiran', decidedAt: '2028-01-21' });
    expect(!again.ok && again.issues[0]!.code).toBe('keberatan/decided');
    const lateResponse = await respondKeberatan(db, kid, 'Tambahan', '2028-01-22');
    expect(!lateResponse.ok && lateResponse.issues[0]!.code).toBe('keberatan/decided');
  });

  it('an accepted objection opens a revision with the decision as its reason', async () => {
    const id = await finalEvaluation();
    const k = await file(id, '2028-01-10');
    const r = await decideKeberatan(db, k.ok ? k.id : '', { decision: 'diterima-sebagian', note: 'RHK 2 dinilai ulang', decidedAt: '2028-01-20' });
    expect(r.ok && r.revisionId).toBeTruthy();
    const revision = await db.evaluations.get(r.ok ? r.revisionId! : '');
    expect(revision).toMatchObject({ revision: 2, supersedesId: id, status: 'draft', revisionReason: 'Keberatan diterima sebagian: RHK 2 dinilai ulang' });
    expect((await db.keberatan.get(k.ok ? k.id : ''))!.revisionId).toBe(revision!.id);
    expect((await db.evaluations.get(id))!.status).toBe('final');
  });

  it('refuses a decision without its reasoning', async () => {
    const id = await finalEvaluation();
    const k = await file(id, '2028-01-10');
    const r = await decideKeberatan(db, k.ok ? k.id : '', { decision: 'diterima', note: ' ', decidedAt: '2028-01-20' });
    expect(!r.ok && r.issues[0]!.path).toBe('decisionNote');
    expect(await db.evaluations.filter((e) => e.year !== DEMO_SKP_YEAR).count()).toBe(1);
  });
});
