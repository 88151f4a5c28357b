/**
 * Pure builders from database records to the view models of shared/documents (architecture.md,
 * pattern 6). No Dexie, no React: the loader (documents.queries.ts) gathers `DocumentData` for
 * one period, these turn it into what a document prints. The render worker imports this file too.
 */
import type { NilaiBerakhlak } from '@shared/domain/berakhlak';
import type { CapaianOrganisasi, PredikatCounts } from '@shared/domain/distribution-curve';
import type { DokumenEvaluasiModel } from '@shared/documents/dokumen-evaluasi';
import type { EvaluasiModel } from '@shared/documents/evaluasi-document';
import type { Employee, Settings } from '@shared/schemas/entities';
import type { Evaluation } from '@shared/schemas/evaluation';
import type { Feedback, Realisasi } from '@shared/schemas/monitoring';
import type { IdentitySnapshot, Period, Skp } from '@shared/schemas/skp';

export type CurveCounts = { capaian: CapaianOrganisasi | null; counts: PredikatCounts };

/** Everything the documents of one period print, read once (documents.queries.ts loadDocumentData). */
export interface DocumentData {
  settings: Pick<Settings, 'agencyName' | 'signingPlace' | 'paperSize' | 'logo'>;
  period: Period;
  employees: ReadonlyMap<string, Employee>;
  /** Every revision of the period's evaluations, by id (an older revision can still be printed). */
  evaluations: ReadonlyMap<string, Evaluation>;
  /** The revision in force per employee id (a correction supersedes the one before). */
  latestByEmployee: ReadonlyMap<string, Evaluation>;
  /** SKPs by id: the period year's and any an evaluation points at. */
  skps: ReadonlyMap<string, Skp>;
  /** The period year's SKP per employee id. */
  skpOfEmployee: ReadonlyMap<string, Skp>;
  /** The period's realisation and feedback records of those SKPs. */
  realisasi: readonly Realisasi[];
  feedback: readonly Feedback[];
  /** The distribution of each employee's curve unit (by employee id) with its organisation result. */
  curves: ReadonlyMap<string, CurveCounts>;
  /** Accepted training recommendations per evaluation id (filled by the training feature). */
  rekomendasi: ReadonlyMap<string, string[]>;
}

/** A document ready to render for one person, or why there is none. */
export type DocumentSource<M> =
  | { ok: true; model: M; documentId: string; signingDate: string | null; draft: boolean; subject: IdentitySnapshot }
  | { ok: false; reason: 'no-evaluation' | 'no-skp' };

const NO_CURVE: CurveCounts = { capaian: null, counts: {} };

/** Realisation per IKI id of one SKP in the data's period (records are per RHK). */
export function realisasiOf(data: Pick<DocumentData, 'realisasi' | 'period'>, skpId: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of data.realisasi) {
    if (r.skpId !== skpId || r.periodId !== data.period.id) continue;
    for (const [ikiId, text] of Object.entries(r.realisasi)) if (text.trim()) out.set(ikiId, text.trim());
  }
  return out;
}

/** Continuous feedback of one SKP in the period, oldest first, per RHK and per core value. */
export function feedbackOf(data: Pick<DocumentData, 'feedback' | 'period'>, skpId: string): { rhk: Map<string, string[]>; perilaku: Map<NilaiBerakhlak, string[]> } {
  const rhk = new Map<string, string[]>();
  const perilaku = new Map<NilaiBerakhlak, string[]>();
  const list = data.feedback.filter((f) => f.skpId === skpId && f.periodId === data.period.id).sort((a, b) => a.at.localeCompare(b.at));
  for (const f of list) {
    if (f.target.kind === 'rhk') rhk.set(f.target.rhkId, [...(rhk.get(f.target.rhkId) ?? []), f.text]);
    else perilaku.set(f.target.value, [...(perilaku.get(f.target.value) ?? []), f.text]);
  }
  return { rhk, perilaku };
}

/** The Evaluasi Kinerja Pegawai model of one evaluation; null when it or its SKP is missing. */
export function buildEvaluasiModel(data: DocumentData, evaluationId: string): EvaluasiModel | null {
  const evaluation = data.evaluations.get(evaluationId);
  const skp = evaluation ? data.skps.get(evaluation.skpId) : undefined;
  if (!evaluation || !skp) return null;
  const fb = feedbackOf(data, skp.id);
  const curve = data.curves.get(evaluation.employeeId) ?? NO_CURVE;
  return {
    skp,
    evaluation,
    period: data.period,
    realisasi: realisasiOf(data, skp.id),
    feedbackRhk: fb.rhk,
    feedbackPerilaku: fb.perilaku,
    // The unit's recorded result; the one the evaluation kept when the unit has none (yet).
    curve: { capaian: curve.capaian ?? evaluation.capaianOrganisasi, counts: curve.counts },
  };
}

export function buildDokumenEvaluasiModel(data: DocumentData, evaluationId: string): DokumenEvaluasiModel | null {
  const evaluation = data.evaluations.get(evaluationId);
  if (!evaluation) return null;
  return { evaluation, period: data.period, rekomendasi: [...(data.rekomendasi.get(evaluationId) ?? [])] };
}

/** The period year's SKP of an employee. */
export function buildSkpModel(data: DocumentData, employeeId: string): Skp | null {
  return data.skpOfEmployee.get(employeeId) ?? null;
}

/** The calendar day of an ISO timestamp in the desk's time zone. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** An evaluation-based document of the employee's evaluation in force for the period. */
export function evaluationSource<M>(data: DocumentData, employeeId: string, idPrefix: string, build: (data: DocumentData, evaluationId: string) => M | null): DocumentSource<M> {
  const ev = data.latestByEmployee.get(employeeId);
  const model = ev ? build(data, ev.id) : null;
  if (!ev || !model) return { ok: false, reason: 'no-evaluation' };
  return {
    ok: true,
    model,
    documentId: `${idPrefix}-${ev.id}`,
    signingDate: ev.finalisedAt ? localDay(ev.finalisedAt) : null,
    draft: ev.status !== 'final',
    subject: ev.pegawai,
  };
}

export function skpSource(data: DocumentData, employeeId: string): DocumentSource<Skp> {
  const skp = buildSkpModel(data, employeeId);
  if (!skp) return { ok: false, reason: 'no-skp' };
  return {
    ok: true,
    model: skp,
    documentId: `SKP-${skp.id}`,
    signingDate: skp.approvedAt ? localDay(skp.approvedAt) : null,
    draft: skp.status !== 'disetujui',
    subject: skp.pegawai,
  };
}
