import { parseIsoDate } from '@shared/domain/dates';
import { type EvaluationIssue, isKeberatanLate, keberatanDeadline } from '@shared/domain/evaluation';
import { formatTanggal } from '@shared/domain/dates';
import { type Keberatan, KeberatanSchema } from '@shared/schemas/evaluation';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { refuse, reviseWithin } from './evaluation.commands';
import { revisionsOf } from './evaluation-context';

/**
 * Keberatan (PP 30/2019 Pasal 59, domain.md §11): the employee objects to the annual result within
 * 14 days of receiving it; the appraiser responds; the Atasan Pejabat Penilai Kinerja decides, and
 * the decision is final. A late objection is still recorded, and flagged.
 */
export type KeberatanResult = { ok: true; id: string; late?: boolean; revisionId?: string } | { ok: false; issues: EvaluationIssue[] };

export const KEBERATAN_DECISION_LABEL: Record<NonNullable<Keberatan['decision']>, string> = {
  ditolak: 'Ditolak',
  diterima: 'Diterima',
  'diterima-sebagian': 'Diterima sebagian',
};

export type KeberatanInput = { evaluationId: string; receivedAt: string; filedAt: string; text: string };

function checkDates(receivedAt: string, filedAt: string): EvaluationIssue[] {
  const issues: EvaluationIssue[] = [];
  if (!parseIsoDate(receivedAt)) issues.push({ path: 'receivedAt', code: 'keberatan/bad-date', message: 'Isi tanggal penerimaan hasil evaluasi yang benar.' });
  if (!parseIsoDate(filedAt)) issues.push({ path: 'filedAt', code: 'keberatan/bad-date', message: 'Isi tanggal pengajuan keberatan yang benar.' });
  else if (parseIsoDate(receivedAt) && filedAt < receivedAt) issues.push({ path: 'filedAt', code: 'keberatan/before-received', message: 'Tanggal pengajuan tidak boleh sebelum tanggal penerimaan hasil evaluasi.' });
  return issues;
}

export async function fileKeberatan(db: AppDb, input: KeberatanInput, now: Date = new Date()): Promise<KeberatanResult> {
  return db.transaction('rw', [db.evaluations, db.periods, db.keberatan, db.audit], async () => {
    const issues = checkDates(input.receivedAt, input.filedAt);
    if (!input.text.trim()) issues.push({ path: 'text', code: 'keberatan/text-required', message: 'Tuliskan isi keberatan pegawai.' });
    if (issues.length > 0) return { ok: false as const, issues };
    const evaluation = await db.evaluations.get(input.evaluationId);
    if (!evaluation || evaluation.status !== 'final') return refuse('keberatan/not-final', 'Keberatan hanya dapat diajukan atas hasil evaluasi yang sudah final.');
    const period = await db.periods.get(evaluation.periodId);
    if (!period?.final) return refuse('keberatan/not-annual', 'Keberatan diajukan atas hasil evaluasi tahunan (periode akhir).');
    // One objection per result: the superior's decision on it is final (a revision is a new result).
    if ((await db.keberatan.where('evaluationId').equals(evaluation.id).count()) > 0) return refuse('keberatan/exists', 'Keberatan atas hasil evaluasi ini sudah dicatat; keputusan atasan atasnya bersifat final.');
    const late = isKeberatanLate(input.receivedAt, input.filedAt);
    const record = KeberatanSchema.parse({ id: crypto.randomUUID(), evaluationId: evaluation.id, employeeId: evaluation.employeeId, receivedAt: input.receivedAt, filedAt: input.filedAt, text: input.text.trim(), late });
    await db.keberatan.add(record);
    const lateNote = late ? ` — TERLAMBAT (batas ${formatTanggal(keberatanDeadline(input.receivedAt))})` : '';
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'create', entity: 'keberatan', entityId: record.id, summary: `Keberatan diajukan: ${evaluation.pegawai.name}${lateNote}` });
    return { ok: true as const, id: record.id, late };
  });
}

/** The appraiser's response; possible until the decision is made. */
export async function respondKeberatan(db: AppDb, id: string, response: string, respondedAt: string, now: Date = new Date()): Promise<KeberatanResult> {
  return db.transaction('rw', [db.keberatan, db.audit], async () => {
    const before = await db.keberatan.get(id);
    if (!before) return refuse('keberatan/not-found', 'Keberatan tidak ditemukan.');
    if (before.decision) return refuse('keberatan/decided', 'Keberatan sudah diputuskan; keputusan atasan bersifat final.');
    if (!response.trim()) return refuse('keberatan/response-required', 'Tuliskan tanggapan Pejabat Penilai Kinerja.', 'response');
    if (!parseIsoDate(respondedAt) || respondedAt < before.filedAt) return refuse('keberatan/bad-date', 'Tanggal tanggapan harus tanggal yang benar dan tidak sebelum tanggal pengajuan.', 'respondedAt');
    await db.keberatan.put(KeberatanSchema.parse({ ...before, response: response.trim(), respondedAt }));
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'update', entity: 'keberatan', entityId: id, summary: 'Tanggapan Pejabat Penilai Kinerja dicatat', changes: { response: { from: before.response ?? null, to: response.trim() } } });
    return { ok: true as const, id };
  });
}

export type KeberatanDecisionInput = { decision: NonNullable<Keberatan['decision']>; note: string; decidedAt: string };

/**
 * The superior's final decision. Accepted (wholly or partly) opens a revision of the latest final
 * evaluation with the decision as its reason; the supervisor then corrects and finalises it.
 */
export async function decideKeberatan(db: AppDb, id: string, input: KeberatanDecisionInput, now: Date = new Date()): Promise<KeberatanResult> {
  return db.transaction('rw', [db.keberatan, db.evaluations, db.audit], async () => {
    const before = await db.keberatan.get(id);
    if (!before) return refuse('keberatan/not-found', 'Keberatan tidak ditemukan.');
    if (before.decision) return refuse('keberatan/decided', 'Keberatan sudah diputuskan; keputusan atasan bersifat final.');
    const note = input.note.trim();
    if (!note) return refuse('keberatan/note-required', 'Tuliskan pertimbangan keputusan atasan.', 'decisionNote');
    if (!parseIsoDate(input.decidedAt) || input.decidedAt < before.filedAt) return refuse('keberatan/bad-date', 'Tanggal keputusan harus tanggal yang benar dan tidak sebelum tanggal pengajuan.', 'decidedAt');
    const at = now.toISOString();
    let revisionId: string | undefined;
    if (input.decision !== 'ditolak') {
      const evaluation = await db.evaluations.get(before.evaluationId);
      const chain = evaluation ? await revisionsOf(db, evaluation.employeeId, evaluation.periodId) : [];
      const latest = chain[chain.length - 1];
      if (!latest) return refuse('evaluation/not-found', 'Evaluasi tidak ditemukan.');
      const revised = await reviseWithin(db, latest.id, `Keberatan ${KEBERATAN_DECISION_LABEL[input.decision].toLowerCase()}: ${note}`, at);
      if (!revised.ok) return revised;
      revisionId = revised.id;
    }
    const record = KeberatanSchema.parse({ ...before, decision: input.decision, decisionNote: note, decidedAt: input.decidedAt, ...(revisionId ? { revisionId } : {}) });
    await db.keberatan.put(record);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'keberatan', entityId: id, summary: `Keputusan atas keberatan: ${KEBERATAN_DECISION_LABEL[input.decision]}`, changes: { decision: { from: null, to: input.decision } } });
    return { ok: true as const, id, ...(revisionId ? { revisionId } : {}) };
  });
}
