import { recommendationLine } from '@shared/domain/training-lines';
import { recommendTrainings } from '@shared/domain/training-recommend';
import { DEFAULT_RULES } from '@shared/domain/training-rules';
import { PRIORITIES, type Priority } from '@shared/domain/training-forms';
import { type Recommendation, RecommendationSchema, type TrainingRule } from '@shared/schemas/training';
import { appendAudit, DESK_ACTOR, SYSTEM_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { fail, invalid, type TrainingResult } from './training-result';

export type SyncOutcome = { ok: true; created: number; skipped?: 'exists' | 'not-final' | 'superseded' | 'no-catalogue' } | { ok: false; code: string };

/** HR's rules, or the defaults until HR has saved any (domain.md §10: rules are data). */
export async function activeRules(db: AppDb): Promise<TrainingRule[]> {
  const stored = await db.trainingRules.toArray();
  return stored.length > 0 ? stored : [...DEFAULT_RULES];
}

/**
 * Proposes trainings for a final evaluation, once: the rules of domain.md §10 run against the
 * evaluation, its SKP, the catalogue and the employee's JP ledger; a run marker records that they
 * ran (also when nothing fired), so a later change of rules never rewrites what was proposed.
 */
export async function syncRecommendations(db: AppDb, evaluationId: string, now: Date = new Date()): Promise<SyncOutcome> {
  const tables = [db.evaluations, db.skps, db.periods, db.employees, db.positions, db.trainingCourses, db.trainingRules, db.trainingLedger, db.trainingRecommendations, db.trainingRuns, db.audit];
  return db.transaction('rw', tables, async () => {
    const ev = await db.evaluations.get(evaluationId);
    if (!ev) return { ok: false as const, code: 'training/evaluation-missing' };
    if (ev.status !== 'final') return { ok: true as const, created: 0, skipped: 'not-final' as const };
    if (await db.trainingRuns.get(ev.id)) return { ok: true as const, created: 0, skipped: 'exists' as const };
    if ((await db.evaluations.where('supersedesId').equals(ev.id).filter((e) => e.status === 'final').count()) > 0) return { ok: true as const, created: 0, skipped: 'superseded' as const };
    const catalogue = await db.trainingCourses.toArray();
    if (catalogue.length === 0) return { ok: true as const, created: 0, skipped: 'no-catalogue' as const };
    const [skp, period, person, rules, ledger] = await Promise.all([db.skps.get(ev.skpId), db.periods.get(ev.periodId), db.employees.get(ev.employeeId), activeRules(db), db.trainingLedger.where('employeeId').equals(ev.employeeId).toArray()]);
    if (!skp || !period) return { ok: false as const, code: 'training/evaluation-missing' };
    const position = person ? await db.positions.get(person.positionId) : undefined;
    const proposed = recommendTrainings({ evaluation: ev, skp, catalogue, rules, ledger: ledger.filter((l) => l.end <= period.end), jenisJabatan: position?.type ?? null, periodEnd: period.end });
    const at = now.toISOString();
    const records = proposed.map((p) => RecommendationSchema.parse({ id: crypto.randomUUID(), evaluationId: ev.id, employeeId: ev.employeeId, periodId: ev.periodId, year: ev.year, unitId: person?.unitId ?? null, courseId: p.courseId, reasons: p.reasons, priority: p.priority, status: 'usulan', edited: false, createdAt: at }));
    await db.trainingRecommendations.bulkAdd(records);
    await db.trainingRuns.put({ id: ev.id, at, count: records.length });
    await appendAudit(db, { at, actor: SYSTEM_ACTOR, action: 'create', entity: 'training-recommendation', entityId: ev.id, summary: `Rekomendasi pelatihan diusulkan untuk ${ev.pegawai.name} (${period.label} ${period.year}): ${records.length} pelatihan` });
    return { ok: true as const, created: records.length };
  });
}

/** Final, not superseded evaluations whose rules have not run yet (finalised since, or before v8). */
export async function pendingEvaluationIds(db: AppDb): Promise<string[]> {
  return db.transaction('r', [db.evaluations, db.trainingRuns], async () => {
    const finals = await db.evaluations.where('status').equals('final').toArray();
    const superseded = new Set(finals.flatMap((e) => (e.supersedesId ? [e.supersedesId] : [])));
    const ran = new Set((await db.trainingRuns.toCollection().primaryKeys()) as string[]);
    return finals.filter((e) => !ran.has(e.id) && !superseded.has(e.id)).map((e) => e.id);
  });
}

/** Runs the rules for every pending final evaluation; returns how many recommendations were made. */
export async function syncPendingRecommendations(db: AppDb, now: Date = new Date()): Promise<number> {
  let created = 0;
  for (const id of await pendingEvaluationIds(db)) {
    const r = await syncRecommendations(db, id, now);
    if (r.ok) created += r.created;
  }
  return created;
}

type Decision = { status: 'diterima' } | { status: 'ditolak'; reason: string } | { status: 'usulan' };

const STATUS_TEXT = { usulan: 'dikembalikan menjadi usulan', diterima: 'diterima', ditolak: 'ditolak' } as const;

/** The supervisor accepts, rejects (with a reason) or reopens one recommendation. */
export async function decideRecommendation(db: AppDb, id: string, decision: Decision, now: Date = new Date()): Promise<TrainingResult> {
  if (decision.status === 'ditolak' && decision.reason.trim().length < 5) return fail('training/reject-reason');
  return db.transaction('rw', [db.trainingRecommendations, db.trainingCourses, db.audit], async () => {
    const before = await db.trainingRecommendations.get(id);
    if (!before) return fail('training/recommendation-missing');
    const at = now.toISOString();
    const { rejectReason: _r, decidedAt: _d, ...rest } = before;
    const next: Recommendation = {
      ...rest,
      status: decision.status,
      ...(decision.status === 'ditolak' ? { rejectReason: decision.reason.trim() } : {}),
      ...(decision.status === 'usulan' ? {} : { decidedAt: at }),
    };
    await db.trainingRecommendations.put(next);
    const course = await db.trainingCourses.get(before.courseId);
    const why = decision.status === 'ditolak' ? `: ${decision.reason.trim()}` : '';
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'training-recommendation', entityId: id, summary: `Rekomendasi ${course?.name ?? before.courseId} ${STATUS_TEXT[decision.status]}${why}`, changes: { status: { from: before.status, to: next.status } } });
    return { ok: true as const, id };
  });
}

export type RecommendationEdit = { courseId: string; priority: Priority; note: string };

/** The supervisor changes the course, the priority or adds a note; the reasons stay as proposed. */
export async function editRecommendation(db: AppDb, id: string, edit: RecommendationEdit, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingRecommendations, db.trainingCourses, db.audit], async () => {
    const before = await db.trainingRecommendations.get(id);
    if (!before) return fail('training/recommendation-missing');
    const course = await db.trainingCourses.get(edit.courseId);
    if (!course) return fail('training/course-missing');
    if (edit.courseId !== before.courseId) {
      const twin = await db.trainingRecommendations.where('evaluationId').equals(before.evaluationId).filter((r) => r.courseId === edit.courseId).first();
      if (twin) return fail('training/duplicate-course', { course: course.name });
    }
    const note = edit.note.trim();
    const { note: _n, ...rest } = before;
    const parsed = RecommendationSchema.safeParse({ ...rest, courseId: edit.courseId, priority: PRIORITIES.includes(edit.priority) ? edit.priority : before.priority, ...(note ? { note } : {}), edited: true });
    if (!parsed.success) return invalid(parsed.error.issues);
    await db.trainingRecommendations.put(parsed.data);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const k of ['courseId', 'priority', 'note'] as const) if ((before[k] ?? null) !== (parsed.data[k] ?? null)) changes[k] = { from: before[k] ?? null, to: parsed.data[k] ?? null };
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'update', entity: 'training-recommendation', entityId: id, summary: `Rekomendasi diubah: ${course.name}`, changes });
    return { ok: true as const, id };
  });
}

/**
 * The accepted recommendations of evaluations as printed in CATATAN/REKOMENDASI of the Dokumen
 * Evaluasi (domain.md §7.4), per evaluation id: highest priority first, each naming the course, JP
 * and why. Reads trainingRecommendations and trainingCourses only (include both when calling it
 * inside a transaction); opens no transaction of its own.
 */
export async function acceptedRecommendationLinesFor(db: AppDb, evaluationIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(evaluationIds.map((id) => [id, []]));
  if (evaluationIds.length === 0) return out;
  const accepted = await db.trainingRecommendations.where('evaluationId').anyOf([...evaluationIds]).filter((r) => r.status === 'diterima').toArray();
  accepted.sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const courses = new Map((await db.trainingCourses.bulkGet([...new Set(accepted.map((r) => r.courseId))])).flatMap((c) => (c ? [[c.id, c] as const] : [])));
  for (const r of accepted) {
    const course = courses.get(r.courseId);
    if (course) out.get(r.evaluationId)?.push(recommendationLine(r, course));
  }
  return out;
}

/** The lines of one evaluation (see acceptedRecommendationLinesFor). */
export async function acceptedRecommendationLines(db: AppDb, evaluationId: string): Promise<string[]> {
  return (await acceptedRecommendationLinesFor(db, [evaluationId])).get(evaluationId) ?? [];
}
