import { parseIsoDate } from '@shared/domain/dates';
import { defaultFeedbackPhrases } from '@shared/domain/monitoring-phrases';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import { type DialogKinerja, DialogKinerjaSchema, type Feedback, type FeedbackPhrase, FeedbackPhraseSchema, FeedbackSchema } from '@shared/schemas/monitoring';
import { appendAudit, DESK_ACTOR, diffRecords, SYSTEM_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { checkWritable } from './monitoring-guard';
import { type FieldErrors, refused, type Result } from './monitoring-result';

export type FeedbackInput = Pick<Feedback, 'skpId' | 'periodId' | 'target' | 'text'>;

function targetName(target: Feedback['target'], rhkText: string | undefined): string {
  if (target.kind === 'rhk') return `RHK "${(rhkText ?? target.rhkId).slice(0, 60)}"`;
  return `perilaku ${BERAKHLAK.find((v) => v.key === target.value)?.name ?? target.value}`;
}

/** The supervisor's umpan balik on one RHK or one core value in a period; by the SKP's penilai. */
export async function addFeedback(db: AppDb, input: FeedbackInput, now: Date = new Date()): Promise<Result> {
  const text = input.text.trim();
  if (!text) return { ok: false, errors: { text: 'monitor/feedback-empty' } };
  return db.transaction('rw', [db.feedback, db.skps, db.periods, db.audit], async () => {
    const writable = await checkWritable(db, { ...input, rhkId: input.target.kind === 'rhk' ? input.target.rhkId : undefined });
    if (!writable.ok) return { ok: false as const, problem: writable.problem };
    const at = now.toISOString();
    const record: Feedback = FeedbackSchema.parse({ id: crypto.randomUUID(), skpId: input.skpId, periodId: input.periodId, target: input.target, text, byEmployeeId: writable.skp.penilai?.employeeId ?? null, at });
    await db.feedback.add(record);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'feedback', entityId: record.id, summary: `Umpan balik ${writable.period.label} ${writable.period.year} untuk ${targetName(input.target, writable.rhk?.text)}` });
    return { ok: true as const, id: record.id };
  });
}

export async function removeFeedback(db: AppDb, id: string, now: Date = new Date()): Promise<Result> {
  return db.transaction('rw', [db.feedback, db.skps, db.periods, db.audit], async () => {
    const before = await db.feedback.get(id);
    if (!before) return refused({ code: 'monitor/feedback-missing' });
    const writable = await checkWritable(db, before);
    if (!writable.ok) return { ok: false as const, problem: writable.problem };
    await db.feedback.delete(id);
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'delete', entity: 'feedback', entityId: id, summary: 'Umpan balik dihapus', changes: { feedback: { from: before, to: null } } });
    return { ok: true as const, id };
  });
}

export type DialogInput = { skpId: string; periodId: string; date: string; notes: string; agreedActions: readonly string[] };

/** Records a dialog kinerja: when it was held, what was discussed and what was agreed. */
export async function addDialog(db: AppDb, input: DialogInput, now: Date = new Date()): Promise<Result> {
  const errors: FieldErrors = {};
  if (!parseIsoDate(input.date)) errors['date'] = 'monitor/dialog-date';
  if (!input.notes.trim()) errors['notes'] = 'monitor/dialog-notes';
  if (Object.keys(errors).length) return { ok: false, errors };
  return db.transaction('rw', [db.dialogs, db.skps, db.periods, db.audit], async () => {
    const writable = await checkWritable(db, input);
    if (!writable.ok) return { ok: false as const, problem: writable.problem };
    const at = now.toISOString();
    const actions = input.agreedActions.map((a) => a.trim()).filter(Boolean);
    const record: DialogKinerja = DialogKinerjaSchema.parse({ id: crypto.randomUUID(), skpId: input.skpId, periodId: input.periodId, date: input.date, notes: input.notes.trim(), agreedActions: actions, at });
    await db.dialogs.add(record);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'dialog', entityId: record.id, summary: `Dialog kinerja ${input.date} (${writable.period.label} ${writable.period.year}), ${actions.length} tindak lanjut disepakati` });
    return { ok: true as const, id: record.id };
  });
}

/** First use: an empty phrase library gets the default phrases (seeding twice changes nothing). */
export async function ensurePhraseLibrary(db: AppDb, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', [db.feedbackPhrases, db.audit], async () => {
    if ((await db.feedbackPhrases.count()) > 0) return 0;
    const phrases = defaultFeedbackPhrases();
    await db.feedbackPhrases.bulkPut(phrases);
    await appendAudit(db, { at: now.toISOString(), actor: SYSTEM_ACTOR, action: 'create', entity: 'feedbackPhrase', entityId: 'library', summary: `Pustaka frasa umpan balik awal dimuat (${phrases.length} frasa)` });
    return phrases.length;
  });
}

export type PhraseInput = Pick<FeedbackPhrase, 'category' | 'polarity' | 'text'>;

/** HR adds or changes a phrase of the library. */
export async function savePhrase(db: AppDb, input: PhraseInput, id?: string): Promise<Result> {
  const parsed = FeedbackPhraseSchema.safeParse({ ...input, text: input.text.trim(), id: id ?? crypto.randomUUID() });
  if (!parsed.success) return { ok: false, errors: { text: 'monitor/phrase-invalid' } };
  return db.transaction('rw', [db.feedbackPhrases, db.audit], async () => {
    const before = id ? await db.feedbackPhrases.get(id) : undefined;
    await db.feedbackPhrases.put(parsed.data);
    const changes = before ? diffRecords(before, parsed.data) : undefined;
    await appendAudit(db, { actor: DESK_ACTOR, action: before ? 'update' : 'create', entity: 'feedbackPhrase', entityId: parsed.data.id, summary: `Frasa umpan balik ${before ? 'diubah' : 'ditambahkan'}: ${parsed.data.text.slice(0, 80)}`, changes });
    return { ok: true as const, id: parsed.data.id };
  });
}

export async function deletePhrase(db: AppDb, id: string): Promise<void> {
  await db.transaction('rw', [db.feedbackPhrases, db.audit], async () => {
    const before = await db.feedbackPhrases.get(id);
    if (!before) return;
    await db.feedbackPhrases.delete(id);
    await appendAudit(db, { actor: DESK_ACTOR, action: 'delete', entity: 'feedbackPhrase', entityId: id, summary: `Frasa umpan balik dihapus: ${before.text.slice(0, 80)}` });
  });
}
