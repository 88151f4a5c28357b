/**
 * Evaluation rules (domain.md §4, §11): what a draft edit may change, the suggestion for Rating
 * Perilaku Kerja, the checks before finalising, the predikat's reason, and the keberatan deadline.
 * Pure: the clock and the database stay with the caller.
 */
import type { Evaluation } from '../schemas/evaluation';
import type { Skp } from '../schemas/skp';
import { BERAKHLAK, type NilaiBerakhlak } from './berakhlak';
import { parseIsoDate } from './dates';
import type { CapaianOrganisasi } from './distribution-curve';
import {
  DEFAULT_PIMPINAN_UNIT_MAPPING,
  PREDIKAT_LABEL,
  RATING_LABEL,
  type PimpinanUnitMapping,
  type Predikat,
  type Rating,
  checkRatingHasilKerja,
  pimpinanUnitRating,
  predikatKinerja,
} from './predikat';

/** A problem found on an evaluation, at the path of the field the wizard shows it next to. */
export type EvaluationIssue = { path: string; code: string; message: string };

/** A field-level change from the wizard; list entries are merged by RHK id or core value. */
export type EvaluationPatch = {
  rhk?: { rhkId: string; judgement?: Rating | null; feedback?: string }[];
  perilaku?: { value: NilaiBerakhlak; judgement?: Rating | null; feedback?: string }[];
  ratingHasilKerja?: Rating | null;
  ratingPerilaku?: Rating | null;
  pimpinanUnit?: boolean;
  catatan?: string;
  step?: number;
};

type Editable = Pick<Evaluation, 'rhk' | 'perilaku' | 'ratingHasilKerja' | 'ratingPerilaku' | 'pimpinanUnit' | 'catatan' | 'step' | 'predikat'>;

function mergeBy<T, K extends keyof T>(list: readonly T[], changes: readonly Partial<T>[] | undefined, key: K): T[] {
  if (!changes) return [...list];
  return list.map((item) => {
    const change = changes.find((c) => c[key] === item[key]);
    if (!change) return item;
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<T>;
    return { ...item, ...defined };
  });
}

/**
 * Applies a wizard edit and re-derives what follows from it: the predikat from the two ratings
 * (never typed), and for a pimpinan unit kerja the Rating Hasil Kerja from the organisation result.
 */
export function applyEvaluationPatch<T extends Editable>(evaluation: T, patch: EvaluationPatch, capaian: CapaianOrganisasi | null = null, mapping: Readonly<PimpinanUnitMapping> = DEFAULT_PIMPINAN_UNIT_MAPPING): T {
  const next: T = {
    ...evaluation,
    rhk: mergeBy(evaluation.rhk, patch.rhk, 'rhkId'),
    perilaku: mergeBy(evaluation.perilaku, patch.perilaku, 'value'),
  };
  if (patch.ratingHasilKerja !== undefined) next.ratingHasilKerja = patch.ratingHasilKerja;
  if (patch.ratingPerilaku !== undefined) next.ratingPerilaku = patch.ratingPerilaku;
  if (patch.pimpinanUnit !== undefined) next.pimpinanUnit = patch.pimpinanUnit;
  if (patch.catatan !== undefined) next.catatan = patch.catatan;
  if (patch.step !== undefined) next.step = Math.min(5, Math.max(0, Math.trunc(patch.step)));
  if (next.pimpinanUnit) next.ratingHasilKerja = capaian ? pimpinanUnitRating(capaian, mapping) : null;
  next.predikat = next.ratingHasilKerja && next.ratingPerilaku ? predikatKinerja(next.ratingHasilKerja, next.ratingPerilaku) : null;
  return next;
}

export type RatingSuggestion = { rating: Rating; reason: string };

/**
 * Suggested Rating Perilaku Kerja. PermenPANRB 6/2022 gives NO formula (domain.md §4): this is only
 * a starting point and the supervisor decides. Our rule, once all seven core values are judged:
 * Di Bawah when two or more values are below expectation; Di Atas when a majority (at least four)
 * are above and none is below; otherwise Sesuai. A single value below does not pull the overall
 * rating down on its own, but it does rule out Di Atas.
 */
export function suggestRatingPerilaku(judgements: readonly { judgement: Rating | null }[]): RatingSuggestion | null {
  if (judgements.length === 0 || judgements.some((j) => j.judgement === null)) return null;
  const total = judgements.length;
  const below = judgements.filter((j) => j.judgement === 'di-bawah').length;
  const above = judgements.filter((j) => j.judgement === 'di-atas').length;
  if (below >= 2) return { rating: 'di-bawah', reason: `${below} dari ${total} nilai dasar dinilai Di Bawah Ekspektasi (dua atau lebih).` };
  if (below === 0 && above > total / 2) return { rating: 'di-atas', reason: `${above} dari ${total} nilai dasar dinilai Di Atas Ekspektasi (mayoritas) dan tidak ada yang di bawah.` };
  const why = below === 1 ? '1 nilai dasar di bawah ekspektasi, sehingga Di Atas tidak disarankan' : `${above} dari ${total} nilai dasar di atas ekspektasi, belum mayoritas`;
  return { rating: 'sesuai', reason: `${why}.` };
}

/** "Hasil Kerja Sesuai Ekspektasi × Perilaku Di Atas Ekspektasi → Baik": the matrix cell, in words. */
export function predikatReason(hasil: Rating, perilaku: Rating): { predikat: Predikat; reason: string } {
  const predikat = predikatKinerja(hasil, perilaku);
  return { predikat, reason: `Hasil Kerja ${RATING_LABEL[hasil]} × Perilaku ${RATING_LABEL[perilaku]} → ${PREDIKAT_LABEL[predikat]}` };
}

export type FinaliseContext = {
  /** The organisation result of the employee's unit for the period, when HR has recorded it. */
  capaianOrganisasi: CapaianOrganisasi | null;
  mapping?: Readonly<PimpinanUnitMapping>;
};

function checkHasilKerja(evaluation: Evaluation, skp: Skp, ctx: FinaliseContext): EvaluationIssue[] {
  const issues: EvaluationIssue[] = [];
  const judged = skp.rhk.map((rhk, i) => {
    const j = evaluation.rhk.find((x) => x.rhkId === rhk.id)?.judgement ?? null;
    if (!j) issues.push({ path: `rhk.${i}.judgement`, code: 'evaluation/rhk-unjudged', message: `RHK ${rhk.kind === 'utama' ? 'utama' : 'tambahan'} "${rhk.text}" belum dinilai. Pilih Di Atas, Sesuai, atau Di Bawah Ekspektasi.` });
    return j ? { kind: rhk.kind, judgement: j } : null;
  });
  const rating = evaluation.ratingHasilKerja;
  if (evaluation.pimpinanUnit) {
    if (!ctx.capaianOrganisasi) {
      issues.push({ path: 'ratingHasilKerja', code: 'evaluation/no-org-result', message: 'Pegawai adalah pimpinan unit kerja: Rating Hasil Kerja mengikuti Capaian Kinerja Organisasi, yang belum dicatat HR untuk periode ini. Minta HR mencatatnya dulu.' });
    } else if (rating !== pimpinanUnitRating(ctx.capaianOrganisasi, ctx.mapping)) {
      issues.push({ path: 'ratingHasilKerja', code: 'evaluation/pimpinan-mismatch', message: 'Rating Hasil Kerja pimpinan unit kerja harus mengikuti Capaian Kinerja Organisasi.' });
    }
    return issues;
  }
  if (!rating) {
    issues.push({ path: 'ratingHasilKerja', code: 'evaluation/no-rating-hasil', message: 'Rating Hasil Kerja belum dipilih.' });
  } else {
    const block = checkRatingHasilKerja(rating, judged.filter((x) => x !== null));
    if (block) issues.push({ path: 'ratingHasilKerja', code: block.code, message: block.message });
  }
  return issues;
}

/** Everything that blocks finalising, each at its field; empty when the evaluation may be finalised. */
export function checkEvaluationForFinalise(evaluation: Evaluation, skp: Skp, ctx: FinaliseContext = { capaianOrganisasi: null }): EvaluationIssue[] {
  const issues: EvaluationIssue[] = [];
  if (evaluation.status === 'final') issues.push({ path: 'status', code: 'evaluation/final', message: 'Evaluasi sudah final dan tidak dapat diubah. Buat revisi bila perlu koreksi.' });
  issues.push(...checkHasilKerja(evaluation, skp, ctx));
  if (!evaluation.ratingPerilaku) issues.push({ path: 'ratingPerilaku', code: 'evaluation/no-rating-perilaku', message: 'Rating Perilaku Kerja belum dipilih.' });
  const { ratingHasilKerja: hasil, ratingPerilaku: perilaku, predikat } = evaluation;
  if (hasil && perilaku && predikat && predikat !== predikatKinerja(hasil, perilaku)) {
    issues.push({ path: 'predikat', code: 'evaluation/predikat-mismatch', message: `Predikat ${PREDIKAT_LABEL[predikat]} tidak sesuai matriks: ${predikatReason(hasil, perilaku).reason}.` });
  }
  return issues;
}

/** The seven core values in their fixed order, each unjudged with empty feedback. */
export function emptyPerilakuJudgements(): Evaluation['perilaku'] {
  return BERAKHLAK.map((v) => ({ value: v.key, judgement: null, feedback: '' }));
}

/** Days objections may be filed after the employee receives the annual result (PP 30/2019 Pasal 59). */
export const KEBERATAN_DAYS = 14;

function addDays(iso: string, days: number): string {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(d.year, d.month - 1, d.day + days)).toISOString().slice(0, 10);
}

/** The last day a keberatan is on time: the day of receipt plus 14 days. */
export function keberatanDeadline(receivedAt: string): string {
  return addDays(receivedAt, KEBERATAN_DAYS);
}

/** Filed after the deadline (domain.md §11: it is still recorded, and flagged). */
export function isKeberatanLate(receivedAt: string, filedAt: string): boolean {
  return filedAt > keberatanDeadline(receivedAt);
}

type Change = { from: unknown; to: unknown };

/**
 * What an audit entry must record of an edit: ratings, predikat, the pimpinan flag and every
 * per-RHK and per-value judgement, each from → to. Feedback text and the step are not judgements.
 */
export function judgementChanges(before: Editable, after: Editable): Record<string, Change> {
  const out: Record<string, Change> = {};
  for (const key of ['ratingHasilKerja', 'ratingPerilaku', 'predikat', 'pimpinanUnit'] as const) {
    if (before[key] !== after[key]) out[key] = { from: before[key], to: after[key] };
  }
  for (const r of after.rhk) {
    const from = before.rhk.find((x) => x.rhkId === r.rhkId)?.judgement ?? null;
    if (from !== r.judgement) out[`rhk.${r.rhkId}.judgement`] = { from, to: r.judgement };
  }
  for (const p of after.perilaku) {
    const from = before.perilaku.find((x) => x.value === p.value)?.judgement ?? null;
    if (from !== p.judgement) out[`perilaku.${p.value}.judgement`] = { from, to: p.judgement };
  }
  return out;
}

/** Two pending wizard edits as one, the later winning field by field (for debounced saving). */
export function mergeEvaluationPatches(a: EvaluationPatch, b: EvaluationPatch): EvaluationPatch {
  const merged: EvaluationPatch = { ...a, ...b };
  const mergeList = <T extends object>(x: T[] | undefined, y: T[] | undefined, same: (p: T, q: T) => boolean): T[] | undefined => {
    if (!x || !y) return y ?? x;
    const out = x.map((p) => ({ ...p, ...(y.find((q) => same(p, q)) ?? {}) }));
    return [...out, ...y.filter((q) => !x.some((p) => same(p, q)))];
  };
  const rhk = mergeList(a.rhk, b.rhk, (p, q) => p.rhkId === q.rhkId);
  const perilaku = mergeList(a.perilaku, b.perilaku, (p, q) => p.value === q.value);
  if (rhk) merged.rhk = rhk;
  if (perilaku) merged.perilaku = perilaku;
  return merged;
}
