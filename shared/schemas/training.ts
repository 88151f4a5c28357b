import { z } from 'zod';
import { NILAI_BERAKHLAK } from '../domain/berakhlak';
import { PREDIKAT_ORDER, RATINGS } from '../domain/predikat';
import { JENIS_JABATAN } from '../domain/reference';
import { BENTUK, PRIORITIES } from '../domain/training-forms';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './entities';

/**
 * Competency development (domain.md §10): the training catalogue, HR's recommendation rules, the
 * recommendations proposed from a final evaluation with the supervisor's decision, classes
 * (angkatan) of a course, and the JP ledger of completed development per employee and year.
 */

const TagSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Tag hanya huruf kecil, angka, dan tanda hubung');
const PredikatSchema = z.enum(PREDIKAT_ORDER);

/** A training offer of the catalogue. Classical or not follows from the form (modeOf). */
export const CourseSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'Nama pelatihan wajib diisi').max(200),
  bentuk: z.enum(BENTUK),
  jp: z.number().int('JP harus bilangan bulat').min(0, 'JP tidak boleh negatif').max(1000),
  provider: z.string().trim().min(1, 'Penyelenggara wajib diisi').max(120),
  /** Competencies it builds ("Pelayanan publik", "Kearsipan"); matched against RHK text. */
  competencies: z.array(z.string().trim().min(1).max(120)).max(20),
  /** BerAKHLAK core values it addresses. */
  values: z.array(z.enum(NILAI_BERAKHLAK)),
  /** Position types it suits; empty = every position. */
  positions: z.array(z.enum(JENIS_JABATAN)),
  /** Free labels the rules select by ("talenta", "integritas", "konseling"). */
  tags: z.array(TagSchema).max(20),
  description: z.string().max(1000).optional(),
  active: z.boolean(),
});
export type Course = z.infer<typeof CourseSchema>;

/** What makes a rule fire (domain.md §10 table). An empty `predikat` list means any predikat. */
export const RuleTriggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('predikat'), value: PredikatSchema }),
  /** Once per RHK judged so ("di-bawah" = below expectation; "sesuai" = only meets). */
  z.object({ kind: z.literal('rhk'), judgement: z.enum(['sesuai', 'di-bawah']), predikat: z.array(PredikatSchema) }),
  /** Once per core value with negative feedback, i.e. judged Di Bawah Ekspektasi. */
  z.object({ kind: z.literal('value-negative'), value: z.enum([...NILAI_BERAKHLAK, 'semua']), predikat: z.array(PredikatSchema) }),
  /** When completed JP of the year is below 20 and the period ends in `fromMonth` or later. */
  z.object({ kind: z.literal('jp-shortfall'), fromMonth: z.number().int().min(1).max(12), predikat: z.array(PredikatSchema) }),
]);
export type RuleTrigger = z.infer<typeof RuleTriggerSchema>;

export const TrainingRuleSchema = z
  .object({
    id: IdSchema,
    /** Short name HR sees in the rule list. */
    label: z.string().trim().min(1).max(120),
    trigger: RuleTriggerSchema,
    /** Courses it proposes: of these forms AND with any of these tags (an empty list = any). */
    select: z.object({ bentuk: z.array(z.enum(BENTUK)), tags: z.array(TagSchema) }),
    /** At most this many courses per firing. */
    limit: z.number().int().min(1).max(5),
    priority: z.enum(PRIORITIES),
    /** Why, with placeholders {predikat} {rhk} {penilaian} {nilai} {jp} {target} {kurang} {tahun}. */
    reason: z.string().trim().min(1, 'Tuliskan alasan rekomendasi').max(400),
    active: z.boolean(),
    order: z.number().int(),
  })
  .refine((r) => r.select.bentuk.length + r.select.tags.length > 0, { path: ['select'], message: 'Pilih paling sedikit satu bentuk atau satu tag pelatihan' });
export type TrainingRule = z.infer<typeof TrainingRuleSchema>;

/** What exactly caused a recommendation: the predikat, one RHK judgement, one value, or JP. */
export const ReasonSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('predikat'), predikat: PredikatSchema }),
  z.object({ kind: z.literal('rhk'), rhkId: IdSchema, code: z.string(), text: z.string(), judgement: z.enum(RATINGS) }),
  z.object({ kind: z.literal('value'), value: z.enum(NILAI_BERAKHLAK), feedback: z.string() }),
  z.object({ kind: z.literal('jp'), completed: z.number(), target: z.number() }),
]);
export type ReasonSource = z.infer<typeof ReasonSourceSchema>;

export const RecommendationReasonSchema = z.object({ ruleId: IdSchema, source: ReasonSourceSchema, text: z.string().min(1) });
export type RecommendationReason = z.infer<typeof RecommendationReasonSchema>;

export const RECOMMENDATION_STATUSES = ['usulan', 'diterima', 'ditolak'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const RecommendationSchema = z.object({
  id: IdSchema,
  evaluationId: IdSchema,
  employeeId: IdSchema,
  periodId: IdSchema,
  year: z.number().int(),
  /** The employee's unit when proposed (for the trainers' unit filter). */
  unitId: IdSchema.nullable(),
  courseId: IdSchema,
  reasons: z.array(RecommendationReasonSchema).min(1),
  priority: z.enum(PRIORITIES),
  status: z.enum(RECOMMENDATION_STATUSES),
  /** The supervisor's note (an edit: "ikut angkatan Maret", another course…). */
  note: z.string().max(500).optional(),
  rejectReason: z.string().max(500).optional(),
  edited: z.boolean(),
  createdAt: IsoDateTimeSchema,
  decidedAt: IsoDateTimeSchema.optional(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** Marks that the rules ran for a final evaluation (id = the evaluation's id), even when none fired. */
export const RecommendationRunSchema = z.object({ id: IdSchema, at: IsoDateTimeSchema, count: z.number().int().nonnegative() });
export type RecommendationRun = z.infer<typeof RecommendationRunSchema>;

export const ParticipantSchema = z.object({
  employeeId: IdSchema,
  recommendationId: IdSchema.optional(),
  attendance: z.enum(['hadir', 'tidak-hadir']).nullable(),
  completed: z.boolean(),
  /** The JP ledger entry written when completion was marked. */
  ledgerEntryId: IdSchema.optional(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** An angkatan: one class of a course with its dates and its participants. */
export const TrainingClassSchema = z
  .object({
    id: IdSchema,
    courseId: IdSchema,
    year: z.number().int(),
    name: z.string().trim().min(1, 'Nama angkatan wajib diisi').max(120),
    start: IsoDateSchema,
    end: IsoDateSchema,
    location: z.string().max(200).optional(),
    participants: z.array(ParticipantSchema),
    /** Derived from participants, indexed (multi-entry) to find a person's classes. */
    participantIds: z.array(IdSchema),
    closed: z.boolean(),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
  })
  .refine((c) => c.end >= c.start, { path: ['end'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai' });
export type TrainingClass = z.infer<typeof TrainingClassSchema>;

export const LedgerEvidenceSchema = z.object({ name: z.string().min(1).max(255), mime: z.string(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** One completed development activity of an employee (its file bytes live in trainingFiles). */
export const LedgerEntrySchema = z
  .object({
    id: IdSchema,
    employeeId: IdSchema,
    year: z.number().int(),
    bentuk: z.enum(BENTUK),
    title: z.string().trim().min(1, 'Judul kegiatan wajib diisi').max(200),
    provider: z.string().max(120).optional(),
    start: IsoDateSchema,
    end: IsoDateSchema,
    jp: z.number().positive('JP harus lebih dari 0').max(1000),
    courseId: IdSchema.optional(),
    classId: IdSchema.optional(),
    evidence: LedgerEvidenceSchema.optional(),
    source: z.enum(['angkatan', 'manual']),
    createdAt: IsoDateTimeSchema,
  })
  .refine((e) => e.end >= e.start, { path: ['end'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai' })
  .refine((e) => Number(e.start.slice(0, 4)) === e.year, { path: ['start'], message: 'Tanggal mulai harus pada tahun yang dicatat' });
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
