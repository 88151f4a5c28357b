import { z } from 'zod';
import { StoredBlobSchema } from '../backup/binary';
import { KnownDesksRecordSchema } from '../backup/desks';
import { type ExchangeRule, namedBy, pointingAt, skpWorkInPeriod, supervisorsEvaluations, teamMemberInPeriod } from '../backup/exchange-rules';
import { verifySignedDocument } from '../backup/signed-check';
import { AuditEntrySchema, EmployeeSchema, IdSchema, PositionSchema, SettingsSchema, UnitSchema } from './entities';
import { EvaluationSchema, KeberatanSchema, OrgResultSchema, UnitFinalisationSchema } from './evaluation';
import { DialogKinerjaSchema, EvidenceSchema, FeedbackPhraseSchema, FeedbackSchema, RealisasiSchema } from './monitoring';
import { AppraiserOverrideRecordSchema } from './organisation';
import { SignatureRecordRowSchema, SignedDocumentSchema, TrustedCertificateSchema } from './signing';
import { AppraisalYearSchema, PeriodSchema, SkpSchema } from './skp';
import { CourseSchema, LedgerEntrySchema, RecommendationRunSchema, RecommendationSchema, TrainingClassSchema, TrainingRuleSchema } from './training';

/**
 * Every database table and the shared schema its records must satisfy: a restore and an exchange
 * import check each record against it before anything is written. A table with no entry here makes
 * every restore fail (and the registry test), so a new table cannot be forgotten.
 *
 * Adding a table: `name: { schema }`. A Blob field is `StoredBlobSchema` (shared/ has no Blob; the
 * backup hands Blobs over as StoredBlob). Optional:
 *   locked   — the record is final or signed: an exchange import never replaces it without an
 *              explicit choice by HR, which is audited;
 *   exchange — the record travels in a supervisor's exchange package (shared/backup/exchange-rules.ts);
 *   verify   — an extra check of a record read from an exchange package; resolves to what is
 *              wrong, or null.
 */
export type RegistryEntry = {
  schema: z.ZodType;
  locked?: (record: unknown) => boolean;
  exchange?: ExchangeRule;
  verify?: (record: unknown) => Promise<string | null>;
};

const field = (record: unknown, name: string): unknown => (record as Record<string, unknown> | null)?.[name];

/** evidenceBlobs: the bytes of a file evidence (renderer/src/db/db.ts EvidenceBlob). */
export const EvidenceBlobSchema = z.object({ id: IdSchema, data: StoredBlobSchema });

export const TABLE_REGISTRY: Record<string, RegistryEntry> = {
  settings: { schema: z.union([SettingsSchema, KnownDesksRecordSchema]) },
  units: { schema: UnitSchema },
  positions: { schema: PositionSchema },
  employees: { schema: EmployeeSchema },
  audit: { schema: AuditEntrySchema, locked: () => true },
  appraiserOverrides: { schema: AppraiserOverrideRecordSchema },
  appraisalYears: { schema: AppraisalYearSchema },
  periods: { schema: PeriodSchema },
  skps: { schema: SkpSchema, locked: (r) => field(r, 'status') === 'disetujui', exchange: namedBy('evaluations', 'skpId', 1) },
  realisasi: { schema: RealisasiSchema, exchange: skpWorkInPeriod },
  evidence: { schema: EvidenceSchema, exchange: skpWorkInPeriod },
  evidenceBlobs: { schema: EvidenceBlobSchema, exchange: namedBy('evidence', 'id', 3) },
  feedback: { schema: FeedbackSchema, exchange: skpWorkInPeriod },
  dialogs: { schema: DialogKinerjaSchema, exchange: skpWorkInPeriod },
  feedbackPhrases: { schema: FeedbackPhraseSchema },
  evaluations: { schema: EvaluationSchema, locked: (r) => field(r, 'status') === 'final', exchange: supervisorsEvaluations },
  orgResults: { schema: OrgResultSchema },
  unitFinalisations: { schema: UnitFinalisationSchema, locked: () => true },
  keberatan: { schema: KeberatanSchema, locked: (r) => field(r, 'decision') !== undefined },
  // Version 7: signatures. A signature and a signed document are never replaced silently.
  signatureRecords: { schema: SignatureRecordRowSchema, locked: () => true, exchange: pointingAt('signedDocuments', 'signedDocumentId', 3) },
  signedDocuments: { schema: SignedDocumentSchema.extend({ data: StoredBlobSchema }), locked: () => true, exchange: teamMemberInPeriod, verify: verifySignedDocument },
  trustedCertificates: { schema: TrustedCertificateSchema },
  // Version 8: competency development.
  trainingCourses: { schema: CourseSchema },
  trainingRules: { schema: TrainingRuleSchema },
  trainingRecommendations: { schema: RecommendationSchema },
  trainingRuns: { schema: RecommendationRunSchema },
  trainingClasses: { schema: TrainingClassSchema },
  trainingLedger: { schema: LedgerEntrySchema },
  trainingFiles: { schema: z.object({ id: IdSchema, data: StoredBlobSchema }) },
};

export function registryEntry(table: string): RegistryEntry | undefined {
  return Object.prototype.hasOwnProperty.call(TABLE_REGISTRY, table) ? TABLE_REGISTRY[table] : undefined;
}
