import { z } from 'zod';
import { NILAI_BERAKHLAK } from '../domain/berakhlak';
import { CAPAIAN_ORDER } from '../domain/distribution-curve';
import { PREDIKAT_ORDER, RATINGS } from '../domain/predikat';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './entities';
import { IdentitySnapshotSchema } from './skp';

/**
 * The periodic and annual evaluation (domain.md §4, §6, §11). No numeric score exists: two ratings
 * and the predikat from the matrix. A finalised evaluation never changes; a correction is a new
 * revision that names the one it supersedes and why.
 */
export const RatingSchema = z.enum(RATINGS);
export const PredikatSchema = z.enum(PREDIKAT_ORDER);
export const CapaianSchema = z.enum(CAPAIAN_ORDER);

export const RhkJudgementSchema = z.object({ rhkId: IdSchema, judgement: RatingSchema.nullable(), feedback: z.string() });
export const PerilakuJudgementSchema = z.object({ value: z.enum(NILAI_BERAKHLAK), judgement: RatingSchema.nullable(), feedback: z.string() });

export const EvaluationSchema = z.object({
  id: IdSchema,
  skpId: IdSchema,
  employeeId: IdSchema,
  periodId: IdSchema,
  year: z.number().int(),
  /** 1 for the first evaluation of this employee and period; each correction adds one. */
  revision: z.number().int().min(1),
  supersedesId: IdSchema.optional(),
  revisionReason: z.string().optional(),
  status: z.enum(['draft', 'final']),
  pegawai: IdentitySnapshotSchema,
  penilai: IdentitySnapshotSchema.nullable(),
  atasanPenilai: IdentitySnapshotSchema.nullable(),
  rhk: z.array(RhkJudgementSchema),
  ratingHasilKerja: RatingSchema.nullable(),
  /** The employee heads the unit: the rating follows the organisation result (domain.md §4). */
  pimpinanUnit: z.boolean(),
  perilaku: z.array(PerilakuJudgementSchema),
  ratingPerilaku: RatingSchema.nullable(),
  predikat: PredikatSchema.nullable(),
  catatan: z.string(),
  /** The organisation result in force when it was finalised (printed on the documents). */
  capaianOrganisasi: CapaianSchema.nullable(),
  /** The wizard step the supervisor was on, so leaving and coming back resumes exactly. */
  step: z.number().int().min(0).max(5),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  finalisedAt: IsoDateTimeSchema.optional(),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

/** Capaian Kinerja Organisasi of a unit for a period, recorded by HR (domain.md §6). */
export const OrgResultSchema = z.object({
  /** `${unitId}|${periodId}` */
  id: IdSchema.max(200),
  unitId: IdSchema,
  periodId: IdSchema,
  capaian: CapaianSchema,
  note: z.string().optional(),
  recordedAt: IsoDateTimeSchema,
});
export type OrgResult = z.infer<typeof OrgResultSchema>;

/** HR closes a unit's period; with curve violations only with a written reason (domain.md §6). */
export const UnitFinalisationSchema = z.object({
  id: IdSchema.max(200),
  unitId: IdSchema,
  periodId: IdSchema,
  finalisedAt: IsoDateTimeSchema,
  violations: z.array(z.object({ code: z.string(), message: z.string() })),
  reason: z.string().optional(),
});
export type UnitFinalisation = z.infer<typeof UnitFinalisationSchema>;

/** Keberatan: the employee's objection to the annual result (PP 30/2019 Pasal 59, domain.md §11). */
export const KeberatanSchema = z.object({
  id: IdSchema,
  evaluationId: IdSchema,
  employeeId: IdSchema,
  /** The day the employee received the annual result; the 14 days run from it. */
  receivedAt: IsoDateSchema,
  filedAt: IsoDateSchema,
  text: z.string().min(1),
  late: z.boolean(),
  response: z.string().optional(),
  respondedAt: IsoDateSchema.optional(),
  decision: z.enum(['ditolak', 'diterima', 'diterima-sebagian']).optional(),
  decisionNote: z.string().optional(),
  decidedAt: IsoDateSchema.optional(),
  /** The revision the decision created, when it changed the result. */
  revisionId: IdSchema.optional(),
});
export type Keberatan = z.infer<typeof KeberatanSchema>;
