/**
 * Competency development in the demo agency (domain.md §10): the default catalogue and rules, a JP
 * ledger per person for 2026 (some people short of 20 JP), recommendations from every final
 * evaluation (Q1 decided, Q2 partly still proposed), one class completed in August that wrote JP
 * into the ledger, and one class in progress at the demo's "today" (28 November 2026).
 * Deterministic: the same inputs give the same records. Pure; the caller writes them.
 */
import { sha256Hex } from '../crypto/sha256';
import { isCurveMember } from '../domain/curve-units';
import { DEFAULT_CATALOGUE } from '../domain/training-catalogue';
import { recommendTrainings } from '../domain/training-recommend';
import { DEFAULT_RULES } from '../domain/training-rules';
import type { Evaluation } from '../schemas/evaluation';
import type { Course, LedgerEntry, Recommendation, RecommendationRun, TrainingClass, TrainingRule } from '../schemas/training';
import type { Employee } from '../schemas/entities';
import type { DemoAgency } from './generate';
import { createRng, type Rng } from './random';
import type { DemoSkpYear } from './skp-demo';
import { minimalPdf } from './skp-pdf';

/** A certificate scan kept with a ledger entry (id = the entry's id). */
export type DemoTrainingFile = { id: string; mime: string; bytes: Uint8Array };

export interface DemoTraining {
  files: DemoTrainingFile[];
  courses: Course[];
  rules: TrainingRule[];
  ledger: LedgerEntry[];
  recommendations: Recommendation[];
  runs: RecommendationRun[];
  classes: TrainingClass[];
}

export const DEMO_TRAINING_SEED = 1020;
export const DEMO_CLASS_DONE_ID = 'angkatan-demo-selesai';
export const DEMO_CLASS_RUNNING_ID = 'angkatan-demo-berjalan';

const pad = (n: number) => String(n).padStart(2, '0');
/** A day of 2026 between two months (inclusive), as YYYY-MM-DD. */
const dayIn = (rng: Rng, fromMonth: number, toMonth: number) => `2026-${pad(rng.int(fromMonth, toMonth))}-${pad(rng.int(1, 28))}`;
/** A short stable id from a long key (FNV-1a, twice): demo ids must fit the 64-character id. */
export function demoId(prefix: string, key: string): string {
  const fnv = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return `${prefix}-${fnv(2166136261)}${fnv(0x9e3779b9)}`;
}
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const SELF_STUDY = new Set(['e-learning', 'seminar', 'workshop', 'sosialisasi', 'bimtek', 'kursus', 'teknis', 'komunitas-belajar', 'penataran']);
const REJECTIONS = [
  'Sudah mengikuti pelatihan serupa pada tahun sebelumnya.',
  'Beban kerja unit tinggi pada triwulan ini; diusulkan kembali tahun depan.',
  'Kebutuhan ini lebih tepat dipenuhi melalui bimbingan di tempat kerja oleh atasan.',
];

/** 2026 activities of one person: about a quarter stay below 20 JP (small e-learning and seminars only). */
function personLedger(e: Employee, rng: Rng, courses: readonly Course[], at: string): LedgerEntry[] {
  const short = rng.chance(0.28);
  const pool = courses.filter((c) => c.active && SELF_STUDY.has(c.bentuk) && c.jp > 0 && (short ? c.jp <= 8 : c.jp <= 40));
  const out: LedgerEntry[] = [];
  const count = short ? rng.int(0, 2) : rng.int(2, 3);
  for (let n = 0; n < count && out.reduce((s, x) => s + x.jp, 0) < (short ? 14 : 60); n += 1) {
    const c = rng.pick(pool);
    if (out.some((x) => x.courseId === c.id)) continue;
    const start = dayIn(rng, 1, 10);
    const days = c.bentuk === 'e-learning' || c.bentuk === 'seminar' || c.bentuk === 'sosialisasi' ? 0 : Math.max(0, Math.ceil(c.jp / 8) - 1);
    out.push({ id: demoId('jp', `${e.id}|${n + 1}`), employeeId: e.id, year: 2026, bentuk: c.bentuk, title: c.name, provider: c.provider, start, end: plusDays(start, days), jp: c.jp, courseId: c.id, source: 'manual', createdAt: at });
  }
  return out;
}

function decide(rec: Recommendation, rng: Rng, q1: boolean, at: string): Recommendation {
  const roll = rng.next();
  if (roll < (q1 ? 0.8 : 0.55)) return { ...rec, status: 'diterima', decidedAt: at, ...(rng.chance(0.1) ? { note: 'Diikutkan pada angkatan terdekat.', edited: true } : {}) };
  if (roll < (q1 ? 1 : 0.7)) return { ...rec, status: 'ditolak', rejectReason: rng.pick(REJECTIONS), decidedAt: at };
  return rec;
}

function recommend(evaluations: readonly Evaluation[], ctx: Ctx): { recommendations: Recommendation[]; runs: RecommendationRun[] } {
  const recommendations: Recommendation[] = [];
  const runs: RecommendationRun[] = [];
  for (const ev of evaluations) {
    const skp = ctx.skps.get(ev.skpId);
    const period = ctx.periods.get(ev.periodId);
    const person = ctx.employees.get(ev.employeeId);
    if (!skp || !period || !person) continue;
    const ledger = ctx.ledger.filter((l) => l.employeeId === ev.employeeId && l.end <= period.end);
    const jenisJabatan = ctx.positions.get(person.positionId) ?? null;
    const proposed = recommendTrainings({ evaluation: ev, skp, catalogue: ctx.courses, rules: ctx.rules, ledger, jenisJabatan, periodEnd: period.end });
    for (const p of proposed) {
      const base: Recommendation = { id: demoId('rek', `${ev.id}|${p.courseId}`), evaluationId: ev.id, employeeId: ev.employeeId, periodId: ev.periodId, year: ev.year, unitId: person.unitId, courseId: p.courseId, reasons: p.reasons, priority: p.priority, status: 'usulan', edited: false, createdAt: ctx.at };
      recommendations.push(decide(base, ctx.rng, period.index === 1, ctx.at));
    }
    runs.push({ id: ev.id, at: ctx.at, count: proposed.length });
  }
  return { recommendations, runs };
}

type Ctx = {
  files: DemoTrainingFile[];
  rng: Rng;
  at: string;
  courses: readonly Course[];
  rules: readonly TrainingRule[];
  ledger: LedgerEntry[];
  skps: Map<string, DemoSkpYear['skps'][number]>;
  periods: Map<string, DemoSkpYear['periods'][number]>;
  employees: Map<string, Employee>;
  positions: Map<string, DemoAgency['positions'][number]['type']>;
};

/** The course (of the given forms) with the most accepted recommendations, and who they are for. */
function busiestCourse(recs: readonly Recommendation[], courses: readonly Course[], forms: ReadonlySet<string>, except: ReadonlySet<string>): { course: Course; people: string[] } | null {
  const byCourse = new Map<string, Set<string>>();
  for (const r of recs) if (r.status === 'diterima' && !except.has(r.courseId)) byCourse.set(r.courseId, (byCourse.get(r.courseId) ?? new Set()).add(r.employeeId));
  const ranked = [...byCourse].map(([id, people]) => ({ course: courses.find((c) => c.id === id)!, people: [...people].sort() })).filter((x) => x.course && forms.has(x.course.bentuk) && x.course.jp > 0);
  ranked.sort((a, b) => b.people.length - a.people.length || a.course.id.localeCompare(b.course.id));
  return ranked[0] ?? null;
}

function classOf(id: string, course: Course, name: string, start: string, end: string, people: string[], recs: readonly Recommendation[], at: string): TrainingClass {
  const recOf = (p: string) => recs.find((r) => r.employeeId === p && r.courseId === course.id && r.status === 'diterima')?.id;
  return {
    id, courseId: course.id, year: 2026, name, start, end, location: course.bentuk === 'e-learning' ? 'Daring (ASN Unggul)' : 'Aula BKPSDM Kota Tangerang Selatan',
    participants: people.map((p) => ({ employeeId: p, ...(recOf(p) ? { recommendationId: recOf(p)! } : {}), attendance: null, completed: false })),
    participantIds: people, closed: false, createdAt: at, updatedAt: at,
  };
}

/** August: an e-learning class, completed, each completion written into the ledger. */
function completedClass(ctx: Ctx, recs: readonly Recommendation[]): TrainingClass | null {
  const pick = busiestCourse(recs, ctx.courses, new Set(['e-learning']), new Set());
  if (!pick) return null;
  const people = pick.people.filter((p) => !ctx.ledger.some((l) => l.employeeId === p && l.courseId === pick.course.id)).slice(0, 20);
  const klass = classOf(DEMO_CLASS_DONE_ID, pick.course, 'Angkatan I Tahun 2026', '2026-08-03', '2026-08-14', people, recs, ctx.at);
  klass.closed = true;
  klass.participants = klass.participants.map((p) => {
    const ledgerEntryId = demoId('jp', `${p.employeeId}|${DEMO_CLASS_DONE_ID}`);
    const who = ctx.employees.get(p.employeeId)?.name ?? p.employeeId;
    const bytes = minimalPdf('SERTIFIKAT', [pick.course.name, klass.name, `Diberikan kepada ${who}`, `${pick.course.jp} JP, 3-14 Agustus 2026`, pick.course.provider]);
    ctx.files.push({ id: ledgerEntryId, mime: 'application/pdf', bytes });
    const evidence = { name: `sertifikat-${p.employeeId}.pdf`, mime: 'application/pdf', size: bytes.length, sha256: sha256Hex(bytes) };
    ctx.ledger.push({ id: ledgerEntryId, employeeId: p.employeeId, year: 2026, bentuk: pick.course.bentuk, title: pick.course.name, provider: pick.course.provider, start: klass.start, end: klass.end, jp: pick.course.jp, courseId: pick.course.id, classId: klass.id, evidence, source: 'angkatan', createdAt: ctx.at });
    return { ...p, attendance: 'hadir', completed: true, ledgerEntryId };
  });
  return klass;
}

/** 23 November – 4 December: a classical course in progress, attendance partly recorded. */
function runningClass(ctx: Ctx, recs: readonly Recommendation[], skip: ReadonlySet<string>): TrainingClass | null {
  const pick = busiestCourse(recs, ctx.courses, new Set(['teknis', 'bimtek', 'fungsional', 'sosial-kultural', 'manajerial']), skip);
  if (!pick) return null;
  const people = pick.people.filter((p) => !ctx.ledger.some((l) => l.employeeId === p && l.courseId === pick.course.id)).slice(0, 24);
  const klass = classOf(DEMO_CLASS_RUNNING_ID, pick.course, 'Angkatan I Tahun 2026', '2026-11-23', '2026-12-04', people, recs, ctx.at);
  klass.participants = klass.participants.map((p, i) => ({ ...p, attendance: i === 2 ? 'tidak-hadir' : i % 5 === 4 ? null : 'hadir' }));
  return klass;
}

export function generateDemoTraining(agency: DemoAgency, year: DemoSkpYear, evaluations: readonly Evaluation[], at: string, seed = DEMO_TRAINING_SEED): DemoTraining {
  const rng = createRng(seed);
  const courses = [...DEFAULT_CATALOGUE];
  const rules = [...DEFAULT_RULES];
  const people = agency.employees.filter(isCurveMember).sort((a, b) => a.id.localeCompare(b.id));
  const ctx: Ctx = {
    files: [], rng, at, courses, rules,
    ledger: people.flatMap((e) => personLedger(e, rng, courses, at)),
    skps: new Map(year.skps.map((s) => [s.id, s])),
    periods: new Map(year.periods.map((p) => [p.id, p])),
    employees: new Map(agency.employees.map((e) => [e.id, e])),
    positions: new Map(agency.positions.map((p) => [p.id, p.type])),
  };
  const finals = evaluations.filter((e) => e.status === 'final').sort((a, b) => a.id.localeCompare(b.id));
  const { recommendations, runs } = recommend(finals, ctx);
  const done = completedClass(ctx, recommendations);
  const running = runningClass(ctx, recommendations, new Set(done ? [done.courseId] : []));
  return { files: ctx.files, courses, rules, ledger: ctx.ledger, recommendations, runs, classes: [done, running].filter((c) => c !== null) };
}
