import { z } from 'zod';
import { NILAI_BERAKHLAK } from '../domain/berakhlak';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './entities';

/**
 * The SKP (Sasaran Kinerja Pegawai) and the appraisal year it belongs to (domain.md §2, §3).
 * Glossary: RHK = Rencana Hasil Kerja (planned work result), IKI = Indikator Kinerja Individu
 * (its indicator, with a target), intervensi = the supervisor's RHK that an RHK supports
 * (cascading), Lampiran = the SKP's appendix lists.
 */

export const PERIOD_TYPES = ['bulanan', 'triwulan', 'semester'] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

/** HR's set-up of one appraisal year (domain.md §2; period type and deadline are configurable). */
export const AppraisalYearSchema = z.object({
  id: IdSchema,
  year: z.number().int().min(2022).max(2100),
  periodType: z.enum(PERIOD_TYPES),
  /** SKP must be approved by this day (default 31 January). */
  skpDeadline: IsoDateSchema,
  createdAt: IsoDateTimeSchema,
});
export type AppraisalYear = z.infer<typeof AppraisalYearSchema>;

export const PeriodSchema = z.object({
  id: IdSchema,
  year: z.number().int(),
  type: z.enum(PERIOD_TYPES),
  /** 1-based position in the year. */
  index: z.number().int().min(1).max(12),
  /** As printed: "TRIWULAN I", "TRIWULAN IV-AKHIR", "JANUARI", "SEMESTER II-AKHIR". */
  label: z.string().min(1),
  start: IsoDateSchema,
  end: IsoDateSchema,
  /** The last period of the year: its evaluation is the annual one (domain.md §2). */
  final: z.boolean(),
  status: z.enum(['open', 'closed']),
});
export type Period = z.infer<typeof PeriodSchema>;

/** Who a person was when the SKP or evaluation was made: people move during the year (§3). */
export const IdentitySnapshotSchema = z.object({
  employeeId: IdSchema,
  name: z.string().min(1),
  nip: z.string().optional(),
  pangkat: z.string(),
  jabatan: z.string(),
  unit: z.string(),
});
export type IdentitySnapshot = z.infer<typeof IdentitySnapshotSchema>;

export const ASPEK = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export const PERSPEKTIF = ['penerima-layanan', 'penguatan-internal', 'proses-bisnis', 'anggaran'] as const;
export type Aspek = (typeof ASPEK)[number];
export type Perspektif = (typeof PERSPEKTIF)[number];

/** Kuantitatif: a number and its unit ("12 dokumen", "3 hari"); kualitatif: a described target. */
export const TargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('kuantitatif'), value: z.number().nonnegative().nullable(), unit: z.string() }),
  z.object({ kind: z.literal('kualitatif'), text: z.string() }),
]);
export type Target = z.infer<typeof TargetSchema>;

export const IkiSchema = z.object({
  id: IdSchema,
  text: z.string(),
  aspek: z.enum(ASPEK).optional(),
  perspektif: z.enum(PERSPEKTIF).optional(),
  target: TargetSchema,
});
export type Iki = z.infer<typeof IkiSchema>;

/** The supervisor's RHK this one supports: a link when that SKP is in the app, else typed text. */
export const IntervensiSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('link'), skpId: IdSchema, rhkId: IdSchema, text: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
export type Intervensi = z.infer<typeof IntervensiSchema>;

export const RhkSchema = z.object({
  id: IdSchema,
  kind: z.enum(['utama', 'tambahan']),
  text: z.string(),
  penugasanDari: z.string().optional(),
  intervensi: IntervensiSchema.optional(),
  iki: z.array(IkiSchema),
});
export type Rhk = z.infer<typeof RhkSchema>;

export const PerilakuExpectationSchema = z.object({ value: z.enum(NILAI_BERAKHLAK), ekspektasi: z.string() });
export type PerilakuExpectation = z.infer<typeof PerilakuExpectationSchema>;

export const LampiranSchema = z.object({
  dukunganSumberDaya: z.array(z.string()),
  skemaPertanggungjawaban: z.array(z.string()),
  konsekuensi: z.array(z.string()),
});
export type Lampiran = z.infer<typeof LampiranSchema>;

export const SKP_STATUSES = ['draft', 'diajukan', 'disetujui', 'dikembalikan'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export const SkpSchema = z.object({
  id: IdSchema,
  employeeId: IdSchema,
  year: z.number().int(),
  /** JPT form or JA/JF form, chosen from the position (domain.md §3). */
  form: z.enum(['jpt', 'ja-jf']),
  approach: z.enum(['kuantitatif', 'kualitatif']),
  status: z.enum(SKP_STATUSES),
  rhk: z.array(RhkSchema),
  perilaku: z.array(PerilakuExpectationSchema),
  lampiran: LampiranSchema,
  pegawai: IdentitySnapshotSchema,
  penilai: IdentitySnapshotSchema.nullable(),
  atasanPenilai: IdentitySnapshotSchema.nullable(),
  /** The supervisor's note when the SKP was returned (Dikembalikan). */
  returnNote: z.string().optional(),
  submittedAt: IsoDateTimeSchema.optional(),
  approvedAt: IsoDateTimeSchema.optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Skp = z.infer<typeof SkpSchema>;
