import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { finaliseEvaluation, saveEvaluationDraft } from '../evaluation/evaluation.commands';
import { ensureInitialised } from '../settings/settings.commands';
import { restoreDefaultRules, saveCourse, saveRule } from './catalogue.commands';
import { acceptedRecommendationLines, acceptedRecommendationLinesFor, decideRecommendation, editRecommendation, pendingEvaluationIds, syncPendingRecommendations, syncRecommendations } from './recommendations.commands';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-training-${Math.random()}`);
  await ensureInitialised(db, new Date('2026-11-28T08:00:00Z'));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A Q3 draft of the demo (predikat Baik, not a unit head), finalised after the given changes. */
async function finaliseQ3(patch: Parameters<typeof saveEvaluationDraft>[2] = {}): Promise<string> {
  const drafts = await db.evaluations.where('status').equals('draft').filter((e) => e.predikat === 'baik' && !e.pimpinanUnit).toArray();
  const draft = drafts.sort((a, b) => a.id.localeCompare(b.id))[0]!;
  if (Object.keys(patch).length > 0) expect((await saveEvaluationDraft(db, draft.id, patch)).ok).toBe(true);
  const r = await finaliseEvaluation(db, draft.id);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return draft.id;
}

const recsOf = (evaluationId: string) => db.trainingRecommendations.where('evaluationId').equals(evaluationId).toArray();

describe('recommendations at finalisation', () => {
  it('the demo already ran the rules for every final evaluation; a newly finalised one is pending until synced, once', async () => {
    expect(await pendingEvaluationIds(db)).toEqual([]);
    const id = await finaliseQ3();
    expect(await pendingEvaluationIds(db)).toEqual([id]);
    expect(await syncPendingRecommendations(db)).toBeGreaterThan(0);
    expect(await pendingEvaluationIds(db)).toEqual([]);
    expect(await syncRecommendations(db, id)).toEqual({ ok: true, created: 0, skipped: 'exists' });
    const recs = await recsOf(id);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((r) => r.status === 'usulan' && r.year === 2026 && r.unitId)).toBe(true);
    expect(new Set(recs.map((r) => r.courseId)).size).toBe(recs.length);
    expect(await db.trainingRuns.get(id)).toMatchObject({ count: recs.length });
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('cites the value judged below expectation with its feedback, and the RHK judged only meets', async () => {
    const feedback = 'Laporan pertanggungjawaban belanja terlambat dua kali.';
    const id = await finaliseQ3({ perilaku: [{ value: 'akuntabel', judgement: 'di-bawah', feedback }] });
    await syncRecommendations(db, id);
    const recs = await recsOf(id);
    const integrity = recs.find((r) => r.reasons.some((x) => x.source.kind === 'value'))!;
    expect(integrity.reasons.find((x) => x.source.kind === 'value')!.source).toEqual({ kind: 'value', value: 'akuntabel', feedback });
    expect((await db.trainingCourses.get(integrity.courseId))!.tags.some((t) => t === 'integritas' || t === 'antikorupsi')).toBe(true);
    expect(recs.some((r) => r.reasons.some((x) => x.source.kind === 'rhk' && x.source.judgement === 'sesuai'))).toBe(true);
  });

  it('a draft or an unknown evaluation makes no recommendations', async () => {
    const draft = (await db.evaluations.where('status').equals('draft').first())!;
    expect(await syncRecommendations(db, draft.id)).toEqual({ ok: true, created: 0, skipped: 'not-final' });
    expect(await syncRecommendations(db, 'nope')).toEqual({ ok: false, code: 'training/evaluation-missing' });
  });

  it('HR rules are data: a disabled rule proposes nothing, a new rule does', async () => {
    for (const r of await db.trainingRules.toArray()) await saveRule(db, { ...r, active: false });
    const course = await saveCourse(db, { name: 'Kelas Menulis Laporan Ringkas', bentuk: 'kursus', jp: 12, provider: 'BKPSDM Kota Tangerang Selatan', competencies: ['Laporan'], values: [], positions: [], tags: ['laporan'], active: true });
    expect(course.ok).toBe(true);
    const rule = await saveRule(db, { label: 'Baik: menulis laporan', trigger: { kind: 'predikat', value: 'baik' }, select: { bentuk: [], tags: ['laporan'] }, limit: 1, priority: 'tinggi', reason: 'Predikat {predikat}: latih penulisan laporan.', active: true });
    expect(rule.ok).toBe(true);
    const id = await finaliseQ3();
    await syncRecommendations(db, id);
    const recs = await recsOf(id);
    expect(recs.map((r) => [r.courseId, r.priority, r.reasons[0]!.text])).toEqual([[course.ok ? course.id : '', 'tinggi', 'Predikat Baik: latih penulisan laporan.']]);
    await restoreDefaultRules(db);
    expect(await db.trainingRules.filter((r) => !r.active).count()).toBe(0);
  });

  it('refuses a rule with neither a form nor a tag, naming the field', async () => {
    const r = await saveRule(db, { label: 'Kosong', trigger: { kind: 'predikat', value: 'baik' }, select: { bentuk: [], tags: [] }, limit: 1, priority: 'rendah', reason: 'x', active: true });
    expect(r).toMatchObject({ ok: false, code: 'training/invalid', issues: [{ path: 'select' }] });
  });
});

describe('the supervisor decides', () => {
  it('accepts, rejects only with a reason, edits (no duplicate course), reopens; accepted lines print for the Dokumen Evaluasi', async () => {
    const id = await finaliseQ3({ perilaku: [{ value: 'kolaboratif', judgement: 'di-bawah', feedback: 'Jarang hadir rapat koordinasi.' }, { value: 'adaptif', judgement: 'di-bawah', feedback: 'Enggan memakai aplikasi baru.' }] });
    await syncRecommendations(db, id);
    const [a, b, c] = await recsOf(id);
    expect(a && b && c).toBeTruthy();
    expect((await decideRecommendation(db, a!.id, { status: 'diterima' })).ok).toBe(true);
    expect(await decideRecommendation(db, b!.id, { status: 'ditolak', reason: ' ' })).toMatchObject({ ok: false, code: 'training/reject-reason' });
    expect((await decideRecommendation(db, b!.id, { status: 'ditolak', reason: 'Sudah diikuti tahun lalu.' })).ok).toBe(true);
    expect(await editRecommendation(db, c!.id, { courseId: a!.courseId, priority: 'tinggi', note: '' })).toMatchObject({ ok: false, code: 'training/duplicate-course' });
    expect((await editRecommendation(db, c!.id, { courseId: c!.courseId, priority: 'tinggi', note: 'Ikut angkatan Desember.' })).ok).toBe(true);
    expect((await decideRecommendation(db, c!.id, { status: 'diterima' })).ok).toBe(true);
    expect(await db.trainingRecommendations.get(b!.id)).toMatchObject({ status: 'ditolak', rejectReason: 'Sudah diikuti tahun lalu.' });
    expect(await db.trainingRecommendations.get(c!.id)).toMatchObject({ status: 'diterima', priority: 'tinggi', note: 'Ikut angkatan Desember.', edited: true });

    const lines = await acceptedRecommendationLines(db, id);
    expect(lines).toHaveLength(2);
    const courseC = (await db.trainingCourses.get(c!.courseId))!;
    expect(lines[0]).toContain(courseC.name);
    expect(lines[0]).toContain(`${courseC.jp} JP`);
    expect(lines[0]).toContain('prioritas tinggi');
    expect(lines[0]).toContain('Catatan atasan: Ikut angkatan Desember.');
    expect(lines.join(' ')).not.toContain((await db.trainingCourses.get(b!.courseId))!.name);

    expect((await decideRecommendation(db, a!.id, { status: 'usulan' })).ok).toBe(true);
    expect((await db.trainingRecommendations.get(a!.id))!.decidedAt).toBeUndefined();
    expect(await acceptedRecommendationLines(db, id)).toHaveLength(1);
    const q2 = (await db.trainingRecommendations.where('status').equals('diterima').first())!.evaluationId;
    const both = await acceptedRecommendationLinesFor(db, [id, q2, 'none']);
    expect([both.get(id)?.length, (both.get(q2)?.length ?? 0) > 0, both.get('none')]).toEqual([1, true, []]);
    const log = await db.audit.where('entity').equals('training-recommendation').toArray();
    expect(log.some((e) => e.summary.includes('ditolak: Sudah diikuti tahun lalu.'))).toBe(true);
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });
});
