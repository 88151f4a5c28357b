/**
 * Training recommendations from an evaluation (domain.md §10): the rules (data, training-rules.ts)
 * fire on the predikat, on each RHK judged so, on each core value judged Di Bawah Ekspektasi, or
 * on JP below 20; each firing picks courses from the catalogue. The result has one entry per
 * course with every reason that led to it, and the highest priority among them. Pure.
 */
import type { Evaluation } from '../schemas/evaluation';
import type { Skp } from '../schemas/skp';
import type { Course, LedgerEntry, ReasonSource, RecommendationReason, TrainingRule } from '../schemas/training';
import { BERAKHLAK, type NilaiBerakhlak } from './berakhlak';
import { type Predikat, PREDIKAT_LABEL, predikatKinerja, RATING_LABEL } from './predikat';
import type { JenisJabatan } from './reference';
import { higherPriority, JP_TARGET, PRIORITIES, type Priority } from './training-forms';
import { completedJp } from './training-ledger';

export type RecommendInput = {
  evaluation: Pick<Evaluation, 'year' | 'rhk' | 'perilaku' | 'predikat' | 'ratingHasilKerja' | 'ratingPerilaku'>;
  skp: Pick<Skp, 'rhk'>;
  catalogue: readonly Course[];
  rules: readonly TrainingRule[];
  /** The employee's JP ledger (entries of other years are ignored). */
  ledger: readonly LedgerEntry[];
  /** The employee's position type: courses for other positions are not proposed. */
  jenisJabatan: JenisJabatan | null;
  /** Last day of the evaluated period (YYYY-MM-DD), for "late in the year". */
  periodEnd: string;
};

export type ProposedRecommendation = { courseId: string; priority: Priority; reasons: RecommendationReason[] };

/** One reason a rule fired, with what its template may print. */
/** `words`: the RHK's subject, when the course must share it (training tied to an RHK). */
type Firing = { rule: TrainingRule; source: ReasonSource; params: Record<string, string | number>; words?: string[]; value?: NilaiBerakhlak; gap?: number };

/** The predikat of the evaluation, or the one its two ratings give (a draft in the wizard). */
export function evaluationPredikat(e: RecommendInput['evaluation']): Predikat | null {
  if (e.predikat) return e.predikat;
  return e.ratingHasilKerja && e.ratingPerilaku ? predikatKinerja(e.ratingHasilKerja, e.ratingPerilaku) : null;
}

/** "A.1", "B.2": RHK numbered as on the SKP document. */
export function rhkCodeMap(skp: Pick<Skp, 'rhk'>): Map<string, string> {
  const counts = { utama: 0, tambahan: 0 };
  return new Map(skp.rhk.map((r) => [r.id, `${r.kind === 'utama' ? 'A' : 'B'}.${(counts[r.kind] += 1)}`]));
}

// Words every RHK or course name uses: they say nothing about the subject, so they never match.
const STOP = new Set(['yang', 'dan', 'untuk', 'dengan', 'pada', 'dalam', 'dari', 'serta', 'atas', 'oleh', 'bagi', 'tepat', 'waktu', 'jumlah', 'kegiatan', 'daerah', 'perangkat', 'laporan', 'pelaksanaan', 'tugas', 'kualitas', 'bahan', 'dokumen', 'data', 'administrasi', 'umum', 'sistem', 'informasi', 'program', 'bidang', 'unit', 'kerja', 'pelatihan', 'teknis', 'fungsional', 'pengelolaan', 'pengelola', 'sebagai', 'anggota', 'pembangunan', 'mutu', 'pelayanan', 'layanan', 'peningkatan']);
// RHK start with a result verb ("Terlaksananya", "Meningkatnya") that says nothing about the subject.
const RESULT_VERB = /^(ter|meningkat|menurun|tersedia)\w*nya$/;

// "… pada Seksi Surveilans", "… Dinas Kesehatan": the unit an RHK names is where, not what.
const UNIT_NAME = /\s(?:di lingkungan |pada |di )?(?:Dinas|Badan|Sekretariat|Kecamatan|Kelurahan|Seksi|Subbagian|Bidang|Bagian|UPTD|Tim)\s.*$/;

/** The subject of an RHK: its text without the unit it names. */
export function rhkSubject(text: string): string {
  return text.replace(UNIT_NAME, '');
}

export function keywords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w) && !RESULT_VERB.test(w));
}

/** One word inside the other counts from six letters ("layanan" in "pelayanan"), not "milik" in "kepemilikan". */
const related = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 6 && (a.includes(b) || b.includes(a)));

/** Words of the RHK found in the course's name or competencies. */
function overlap(words: readonly string[], course: Course): number {
  const own = keywords([course.name, ...course.competencies].join(' '));
  return words.filter((w) => own.some((o) => related(o, w))).length;
}

export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

const applies = (predikatList: readonly Predikat[], predikat: Predikat | null) => predikatList.length === 0 || (predikat !== null && predikatList.includes(predikat));

function firingsOf(rule: TrainingRule, input: RecommendInput, predikat: Predikat | null, jp: number): Firing[] {
  const t = rule.trigger;
  const base = { predikat: predikat ? PREDIKAT_LABEL[predikat] : '-', tahun: input.evaluation.year, jp, target: JP_TARGET, kurang: Math.max(0, JP_TARGET - jp) };
  switch (t.kind) {
    case 'predikat':
      return predikat === t.value ? [{ rule, source: { kind: 'predikat', predikat }, params: base }] : [];
    case 'rhk': {
      if (!applies(t.predikat, predikat)) return [];
      const codes = rhkCodeMap(input.skp);
      return input.evaluation.rhk.flatMap((j) => {
        const rhk = input.skp.rhk.find((r) => r.id === j.rhkId);
        if (!rhk || j.judgement !== t.judgement) return [];
        const code = codes.get(rhk.id) ?? '';
        const params = { ...base, rhk: `${code} "${rhk.text}"`, penilaian: RATING_LABEL[t.judgement] };
        return [{ rule, source: { kind: 'rhk' as const, rhkId: rhk.id, code, text: rhk.text, judgement: t.judgement }, params, words: keywords(rhkSubject(rhk.text)) }];
      });
    }
    case 'value-negative': {
      if (!applies(t.predikat, predikat)) return [];
      return input.evaluation.perilaku.flatMap((p) => {
        if (p.judgement !== 'di-bawah' || (t.value !== 'semua' && t.value !== p.value)) return [];
        const name = BERAKHLAK.find((v) => v.key === p.value)?.name ?? p.value;
        return [{ rule, source: { kind: 'value' as const, value: p.value, feedback: p.feedback }, params: { ...base, nilai: name }, value: p.value }];
      });
    }
    case 'jp-shortfall': {
      const month = Number(input.periodEnd.slice(5, 7));
      if (!applies(t.predikat, predikat) || month < t.fromMonth || jp >= JP_TARGET) return [];
      return [{ rule, source: { kind: 'jp', completed: jp, target: JP_TARGET }, params: base, gap: JP_TARGET - jp }];
    }
  }
}

function eligible(rule: TrainingRule, course: Course, input: RecommendInput, done: ReadonlySet<string>): boolean {
  if (!course.active || done.has(course.id)) return false;
  if (rule.select.bentuk.length > 0 && !rule.select.bentuk.includes(course.bentuk)) return false;
  if (rule.select.tags.length > 0 && !rule.select.tags.some((tag) => course.tags.includes(tag))) return false;
  return course.positions.length === 0 || (input.jenisJabatan !== null && course.positions.includes(input.jenisJabatan));
}

/** Courses for one firing, best first: relevance to the RHK or value, then fit to the position, then catalogue order. */
function pickCourses(f: Firing, input: RecommendInput, done: ReadonlySet<string>): Course[] {
  const scored = input.catalogue
    .filter((c) => eligible(f.rule, c, input, done))
    .map((c, i) => ({ c, i, words: f.words ? overlap(f.words, c) : 0 }))
    // Training "tied to the RHK" (§10) must share its subject: an unrelated course is noise, not advice.
    .filter((s) => !f.words || s.words > 0)
    .map((s) => ({ ...s, score: s.words * 2 + (f.value && s.c.values.includes(f.value) ? 3 : 0) + (input.jenisJabatan && s.c.positions.includes(input.jenisJabatan) ? 1 : 0) }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  if (f.gap === undefined) return scored.slice(0, f.rule.limit).map((s) => s.c);
  // Closing a JP gap: larger courses first, until the gap is covered or the limit is reached.
  const byJp = scored.map((s) => s.c).filter((c) => c.jp > 0).sort((a, b) => b.jp - a.jp);
  const chosen: Course[] = [];
  let left = f.gap;
  for (const c of byJp) {
    if (left <= 0 || chosen.length >= f.rule.limit) break;
    chosen.push(c);
    left -= c.jp;
  }
  return chosen;
}

const sameReason = (a: RecommendationReason, b: RecommendationReason) => a.ruleId === b.ruleId && JSON.stringify(a.source) === JSON.stringify(b.source);

/**
 * The recommendations an evaluation leads to, one per course (several reasons merged), sorted by
 * priority. Courses the employee already completed this year are not proposed again.
 */
export function recommendTrainings(input: RecommendInput): ProposedRecommendation[] {
  const predikat = evaluationPredikat(input.evaluation);
  const yearLedger = input.ledger.filter((e) => e.year === input.evaluation.year);
  const jp = completedJp(yearLedger);
  const done = new Set(yearLedger.flatMap((e) => (e.courseId ? [e.courseId] : [])));
  const rules = [...input.rules].filter((r) => r.active).sort((a, b) => a.order - b.order);
  const byCourse = new Map<string, ProposedRecommendation>();
  for (const rule of rules) {
    for (const f of firingsOf(rule, input, predikat, jp)) {
      const reason: RecommendationReason = { ruleId: rule.id, source: f.source, text: fillTemplate(rule.reason, f.params) };
      for (const course of pickCourses(f, input, done)) {
        const found = byCourse.get(course.id);
        if (!found) byCourse.set(course.id, { courseId: course.id, priority: rule.priority, reasons: [reason] });
        else {
          found.priority = higherPriority(found.priority, rule.priority);
          if (!found.reasons.some((r) => sameReason(r, reason))) found.reasons.push(reason);
        }
      }
    }
  }
  return [...byCourse.values()].sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority));
}
