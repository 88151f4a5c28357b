import {
  applyEvaluationPatch,
  checkEvaluationForFinalise,
  emptyPerilakuJudgements,
  type EvaluationIssue,
  type EvaluationPatch,
  judgementChanges,
} from '@shared/domain/evaluation';
import { checkRatingHasilKerja, predikatKinerja } from '@shared/domain/predikat';
import { type Evaluation, EvaluationSchema } from '@shared/schemas/evaluation';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { revisionsOf, snapshotsAt, unitStanding } from './evaluation-context';

export type EvaluationResult = { ok: true; id: string } | { ok: false; issues: EvaluationIssue[] };

export const refuse = (code: string, message: string, path = ''): { ok: false; issues: EvaluationIssue[] } => ({ ok: false, issues: [{ path, code, message }] });

const FINAL_REFUSAL = 'Evaluasi ini sudah final dan tidak dapat diubah. Untuk koreksi, buat revisi dengan alasannya.';

/**
 * Starts the evaluation of an approved SKP for one period, with its own snapshot of the three
 * people. One evaluation per employee and period: a correction is a revision, never a second start.
 */
export async function startEvaluation(db: AppDb, skpId: string, periodId: string, now: Date = new Date()): Promise<EvaluationResult> {
  const tables = [db.evaluations, db.skps, db.periods, db.employees, db.units, db.positions, db.appraiserOverrides, db.orgResults, db.audit];
  return db.transaction('rw', tables, async () => {
    const [skp, period] = await Promise.all([db.skps.get(skpId), db.periods.get(periodId)]);
    if (!skp) return refuse('evaluation/no-skp', 'SKP tidak ditemukan.');
    if (skp.status !== 'disetujui') return refuse('evaluation/skp-not-approved', 'Evaluasi hanya dapat dimulai untuk SKP yang sudah disetujui. Setujui SKP terlebih dahulu.');
    if (!period || period.year !== skp.year) return refuse('evaluation/bad-period', `Periode tidak ditemukan pada tahun SKP ${skp.year}.`);
    const existing = await revisionsOf(db, skp.employeeId, periodId);
    if (existing.length > 0) return refuse('evaluation/duplicate', `Evaluasi ${skp.pegawai.name} untuk periode ${period.label} sudah ada. Buka evaluasi tersebut, atau buat revisi bila sudah final.`);
    const at = now.toISOString();
    const { headsTopUnit } = await unitStanding(db, skp.employeeId, periodId);
    const record: Evaluation = EvaluationSchema.parse({
      id: crypto.randomUUID(),
      skpId,
      employeeId: skp.employeeId,
      periodId,
      year: skp.year,
      revision: 1,
      status: 'draft',
      ...(await snapshotsAt(db, skp, period)),
      rhk: skp.rhk.map((r) => ({ rhkId: r.id, judgement: null, feedback: '' })),
      ratingHasilKerja: null,
      pimpinanUnit: headsTopUnit,
      perilaku: emptyPerilakuJudgements(),
      ratingPerilaku: null,
      predikat: null,
      catatan: '',
      capaianOrganisasi: null,
      step: 0,
      createdAt: at,
      updatedAt: at,
    });
    await db.evaluations.add(record);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'evaluation', entityId: record.id, summary: `Evaluasi dimulai: ${record.pegawai.name}, ${period.label} ${period.year}` });
    return { ok: true as const, id: record.id };
  });
}

/**
 * Saves one wizard edit (field by field, debounced by the UI). Refused on a final evaluation, and
 * when it chooses Di Atas for Rating Hasil Kerja while an Utama RHK is below (domain.md §4).
 */
export async function saveEvaluationDraft(db: AppDb, id: string, patch: EvaluationPatch, now: Date = new Date()): Promise<EvaluationResult> {
  return db.transaction('rw', [db.evaluations, db.skps, db.employees, db.units, db.orgResults, db.audit], async () => {
    const before = await db.evaluations.get(id);
    if (!before) return refuse('evaluation/not-found', 'Evaluasi tidak ditemukan.');
    if (before.status === 'final') return refuse('evaluation/final', FINAL_REFUSAL, 'status');
    const { capaian } = await unitStanding(db, before.employeeId, before.periodId);
    const next = applyEvaluationPatch(before, patch, capaian);
    if (patch.ratingHasilKerja && !next.pimpinanUnit) {
      const skp = await db.skps.get(before.skpId);
      const kinds = new Map(skp?.rhk.map((r) => [r.id, r.kind]));
      const judged = next.rhk.flatMap((r) => (r.judgement ? [{ kind: kinds.get(r.rhkId) ?? 'tambahan', judgement: r.judgement }] : []));
      const block = checkRatingHasilKerja(patch.ratingHasilKerja, judged);
      if (block) return refuse(block.code, block.message, 'ratingHasilKerja');
    }
    const at = now.toISOString();
    const record = EvaluationSchema.parse({ ...next, updatedAt: at });
    await db.evaluations.put(record);
    const changes = judgementChanges(before, record);
    if (Object.keys(changes).length > 0) {
      await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'evaluation', entityId: id, summary: `Penilaian diubah: ${record.pegawai.name} (revisi ${record.revision})`, changes });
    }
    return { ok: true as const, id };
  });
}

/**
 * Finalises after every check passes: the predikat comes from the matrix and the organisation
 * result in force is copied onto the evaluation. From here on it never changes.
 */
export async function finaliseEvaluation(db: AppDb, id: string, now: Date = new Date()): Promise<EvaluationResult> {
  return db.transaction('rw', [db.evaluations, db.skps, db.employees, db.units, db.orgResults, db.audit], async () => {
    const before = await db.evaluations.get(id);
    if (!before) return refuse('evaluation/not-found', 'Evaluasi tidak ditemukan.');
    if (before.status === 'final') return refuse('evaluation/final', FINAL_REFUSAL, 'status');
    const skp = await db.skps.get(before.skpId);
    if (!skp) return refuse('evaluation/no-skp', 'SKP evaluasi ini tidak ditemukan.');
    const { capaian } = await unitStanding(db, before.employeeId, before.periodId);
    const derived = applyEvaluationPatch(before, {}, capaian);
    const issues = checkEvaluationForFinalise(derived, skp, { capaianOrganisasi: capaian });
    if (issues.length > 0 || !derived.ratingHasilKerja || !derived.ratingPerilaku) return { ok: false as const, issues };
    const at = now.toISOString();
    const record = EvaluationSchema.parse({
      ...derived,
      status: 'final',
      predikat: predikatKinerja(derived.ratingHasilKerja, derived.ratingPerilaku),
      capaianOrganisasi: capaian,
      finalisedAt: at,
      updatedAt: at,
    });
    await db.evaluations.put(record);
    const changes: Record<string, { from: unknown; to: unknown }> = { status: { from: 'draft', to: 'final' }, ...judgementChanges(before, record) };
    changes['predikat'] ??= { from: before.predikat, to: record.predikat };
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'evaluation', entityId: id, summary: `Evaluasi difinalkan: ${record.pegawai.name} (revisi ${record.revision}), predikat ${record.predikat}`, changes });
    return { ok: true as const, id };
  });
}

/**
 * The revision step, for use inside a transaction over evaluations and audit: copies the latest
 * final into a new draft (revision + 1) naming what it supersedes and why. The old stays final.
 */
export async function reviseWithin(db: AppDb, evaluationId: string, reason: string, at: string): Promise<EvaluationResult> {
  const why = reason.trim();
  if (why.length < 5) return refuse('evaluation/reason-required', 'Tuliskan alasan revisi (minimal 5 karakter).', 'reason');
  const source = await db.evaluations.get(evaluationId);
  if (!source) return refuse('evaluation/not-found', 'Evaluasi tidak ditemukan.');
  if (source.status !== 'final') return refuse('evaluation/not-final', 'Hanya evaluasi final yang dapat direvisi; evaluasi draf masih dapat diubah langsung.');
  const chain = await revisionsOf(db, source.employeeId, source.periodId);
  const latest = chain[chain.length - 1]!;
  if (latest.id !== source.id) {
    return refuse(latest.status === 'draft' ? 'evaluation/revision-open' : 'evaluation/not-latest', latest.status === 'draft' ? `Revisi ${latest.revision} masih berupa draf. Selesaikan revisi itu dulu.` : `Sudah ada revisi ${latest.revision}; revisi dibuat dari versi terakhir.`);
  }
  const { finalisedAt: _old, ...rest } = source;
  const record = EvaluationSchema.parse({ ...rest, id: crypto.randomUUID(), revision: source.revision + 1, supersedesId: source.id, revisionReason: why, status: 'draft', capaianOrganisasi: null, step: 0, createdAt: at, updatedAt: at });
  await db.evaluations.add(record);
  await appendAudit(db, {
    at,
    actor: DESK_ACTOR,
    action: 'create',
    entity: 'evaluation',
    entityId: record.id,
    summary: `Revisi ${record.revision} dibuat untuk ${record.pegawai.name}: ${why}`,
    changes: { revision: { from: source.revision, to: record.revision }, supersedesId: { from: null, to: source.id }, revisionReason: { from: null, to: why } },
  });
  return { ok: true as const, id: record.id };
}

/** A correction of a final evaluation: a new draft revision with its reason; both stay visible. */
export async function createRevision(db: AppDb, evaluationId: string, reason: string, now: Date = new Date()): Promise<EvaluationResult> {
  return db.transaction('rw', [db.evaluations, db.audit], () => reviseWithin(db, evaluationId, reason, now.toISOString()));
}
