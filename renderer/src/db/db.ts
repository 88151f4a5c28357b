import Dexie, { type EntityTable, type Table } from 'dexie';
import { UNNAMED_DESK_ACTOR } from '@shared/domain/access';
import type { AuditEntry, Employee, Position, Settings, Unit } from '@shared/schemas/entities';
import type { DialogKinerja, Evidence, Feedback, FeedbackPhrase, Realisasi } from '@shared/schemas/monitoring';
import type { AppraiserOverrideRecord } from '@shared/schemas/organisation';
import type { Evaluation, Keberatan, OrgResult, UnitFinalisation } from '@shared/schemas/evaluation';
import type { AppraisalYear, Period, Skp } from '@shared/schemas/skp';
import type { SignatureRecordRow, SignedDocument, TrustedCertificate } from '@shared/schemas/signing';
import type { Course, LedgerEntry, Recommendation, RecommendationRun, TrainingClass, TrainingRule } from '@shared/schemas/training';

/** The bytes of a file evidence, kept apart from its metadata so lists stay light. */
export type EvidenceBlob = { id: string; data: Blob };
/** A signed document with its bytes (shared/ has no Blob, so the bytes are added here). */
export type SignedDocumentRow = SignedDocument & { data: Blob };
/** The evidence file of a JP ledger entry (id = the entry's id). */
export type TrainingFile = { id: string; data: Blob };
import { type Summary, SUMMARY_TABLE, summaryMiddleware } from './summaries';
import { DERIVED_TABLES, LATEST_VERSION, SCHEMA_VERSIONS } from './schema-versions';

export const DB_NAME = 'peka';

/** The app's database: typed tables over IndexedDB (architecture.md, pattern 5). */
export class AppDb extends Dexie {
  settings!: EntityTable<Settings, 'id'>;
  units!: EntityTable<Unit, 'id'>;
  positions!: EntityTable<Position, 'id'>;
  employees!: EntityTable<Employee, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  appraiserOverrides!: EntityTable<AppraiserOverrideRecord, 'id'>;
  appraisalYears!: EntityTable<AppraisalYear, 'id'>;
  periods!: EntityTable<Period, 'id'>;
  skps!: EntityTable<Skp, 'id'>;
  realisasi!: EntityTable<Realisasi, 'id'>;
  evidence!: EntityTable<Evidence, 'id'>;
  evidenceBlobs!: EntityTable<EvidenceBlob, 'id'>;
  feedback!: EntityTable<Feedback, 'id'>;
  dialogs!: EntityTable<DialogKinerja, 'id'>;
  feedbackPhrases!: EntityTable<FeedbackPhrase, 'id'>;
  evaluations!: EntityTable<Evaluation, 'id'>;
  orgResults!: EntityTable<OrgResult, 'id'>;
  unitFinalisations!: EntityTable<UnitFinalisation, 'id'>;
  keberatan!: EntityTable<Keberatan, 'id'>;
  signatureRecords!: EntityTable<SignatureRecordRow, 'id'>;
  signedDocuments!: EntityTable<SignedDocumentRow, 'id'>;
  trustedCertificates!: EntityTable<TrustedCertificate, 'id'>;
  trainingCourses!: EntityTable<Course, 'id'>;
  trainingRules!: EntityTable<TrainingRule, 'id'>;
  trainingRecommendations!: EntityTable<Recommendation, 'id'>;
  trainingRuns!: EntityTable<RecommendationRun, 'id'>;
  trainingClasses!: EntityTable<TrainingClass, 'id'>;
  trainingLedger!: EntityTable<LedgerEntry, 'id'>;
  trainingFiles!: EntityTable<TrainingFile, 'id'>;
  /** Derived from `evaluations` and `employees` (summaries.ts); written only by its middleware. */
  summaries!: EntityTable<Summary<unknown>, 'id'>;

  /**
   * Who works at this desk, as the audit log names them (auditActorOf of the desk profile); the
   * access provider keeps it current. Every command's audit entry made "by the desk" uses it.
   */
  deskActor: string = UNNAMED_DESK_ACTOR;

  setDeskActor(actor: string): void {
    this.deskActor = actor;
  }

  constructor(name: string = DB_NAME, upTo: number = Number.POSITIVE_INFINITY) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    if (SCHEMA_VERSIONS.some((v) => v.version <= upTo && SUMMARY_TABLE in v.stores)) this.use(summaryMiddleware);
  }

  /** The tables holding the agency's own data: what a backup holds (derived tables left out). */
  get dataTables(): Table[] {
    return this.tables.filter((t) => !DERIVED_TABLES.has(t.name));
  }
}

/** The database on disk was written by a newer Peka: refuse it rather than half-read it (issue 8). */
export class NewerDatabaseError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`Database version ${found} is newer than this app supports (${supported})`);
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Opens the database. Dexie 4 silently opens a database of a higher version with its own older
 * schema; we check the native version (Dexie stores version × 10) and close it again instead.
 */
export async function openDatabase(db: AppDb): Promise<AppDb> {
  await db.open();
  const found = db.backendDB().version / 10;
  if (found > LATEST_VERSION) {
    db.close();
    throw new NewerDatabaseError(found, LATEST_VERSION);
  }
  return db;
}
