import { z } from 'zod';
import { NILAI_BERAKHLAK } from '../domain/berakhlak';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './entities';

/** In-year work on an SKP (domain.md §2 step 2): per period and RHK. */
export const RealisasiSchema = z.object({
  /** `${skpId}|${periodId}|${rhkId}`: one record per SKP, period and RHK. */
  id: IdSchema.max(200),
  skpId: IdSchema,
  periodId: IdSchema,
  rhkId: IdSchema,
  rencanaAksi: z.array(z.string()),
  /** Realisation per IKI id, as reported (a number with unit, or words). */
  realisasi: z.record(z.string(), z.string()),
  updatedAt: IsoDateTimeSchema,
});
export type Realisasi = z.infer<typeof RealisasiSchema>;

/** Bukti dukung: a file kept in the database with its SHA-256, or a link. */
export const EvidenceSchema = z.object({
  id: IdSchema,
  skpId: IdSchema,
  periodId: IdSchema,
  rhkId: IdSchema,
  kind: z.enum(['file', 'link']),
  name: z.string().min(1).max(255),
  mime: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  url: z.string().url().optional(),
  addedAt: IsoDateTimeSchema,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FeedbackTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rhk'), rhkId: IdSchema }),
  z.object({ kind: z.literal('perilaku'), value: z.enum(NILAI_BERAKHLAK) }),
]);

/** Umpan balik berkelanjutan from the supervisor, per RHK or per core value. */
export const FeedbackSchema = z.object({
  id: IdSchema,
  skpId: IdSchema,
  periodId: IdSchema,
  target: FeedbackTargetSchema,
  text: z.string().min(1),
  byEmployeeId: IdSchema.nullable(),
  at: IsoDateTimeSchema,
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** Dialog kinerja: a documented conversation and what was agreed. */
export const DialogKinerjaSchema = z.object({
  id: IdSchema,
  skpId: IdSchema,
  periodId: IdSchema.nullable(),
  date: IsoDateSchema,
  notes: z.string().min(1),
  agreedActions: z.array(z.string()),
  at: IsoDateTimeSchema,
});
export type DialogKinerja = z.infer<typeof DialogKinerjaSchema>;

/** HR's editable library of feedback phrases. */
export const FeedbackPhraseSchema = z.object({
  id: IdSchema,
  category: z.enum(['hasil-kerja', 'perilaku']),
  polarity: z.enum(['positif', 'perbaikan']),
  text: z.string().min(1).max(500),
});
export type FeedbackPhrase = z.infer<typeof FeedbackPhraseSchema>;
