import type { Transaction } from 'dexie';
import { upgradeV2SearchKey } from './upgrades/v2-search-key';
import { upgradeV5SealAudit } from './upgrades/v5-seal-audit';
import { upgradeV9Summaries } from './upgrades/v9-summaries';

/**
 * The database's schema history (architecture.md, pattern 5). APPEND ONLY: a shipped version is never
 * edited, because users' databases were created with it. Each later version lists only what changes
 * and, when records must be rewritten, one upgrade module with its own test in tests/migrations/.
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      units: 'id, parentId, kind',
      positions: 'id, unitId, type',
      employees: 'id, &nip, unitId, positionId, status, kind, name',
      audit: '++id, at, entity, entityId',
    },
  },
  {
    // Case-insensitive search on name and NIP prefix: a derived, indexed searchKey.
    version: 2,
    stores: {
      employees: 'id, &nip, unitId, positionId, status, kind, name, searchKey',
    },
    upgrade: upgradeV2SearchKey,
  },
  {
    // HR's Plt/Plh decisions on who appraises whom, with their date ranges.
    version: 3,
    stores: { appraiserOverrides: 'id, employeeId, penilaiId' },
  },
  {
    // The SKP year: HR's periods, the SKPs with their workflow, and in-year monitoring.
    version: 4,
    stores: {
      appraisalYears: 'id, &year',
      periods: 'id, year',
      skps: 'id, &[employeeId+year], year, status, penilai.employeeId',
      realisasi: 'id, skpId, [skpId+periodId]',
      evidence: 'id, skpId, [skpId+periodId]',
      evidenceBlobs: 'id',
      feedback: 'id, skpId, [skpId+periodId]',
      dialogs: 'id, skpId',
      feedbackPhrases: 'id, category',
    },
  },
  {
    // The audit log becomes a hash chain; entries written before are sealed in their order.
    version: 5,
    stores: {},
    upgrade: upgradeV5SealAudit,
  },
  {
    // Evaluations with their revisions, organisation results, unit finalisations, objections.
    version: 6,
    stores: {
      evaluations: 'id, skpId, [employeeId+periodId], periodId, status, supersedesId, penilai.employeeId',
      orgResults: 'id, periodId, unitId',
      unitFinalisations: 'id, periodId',
      keberatan: 'id, evaluationId, employeeId',
    },
  },
  {
    // Certified PDF signatures: one record per signature, the signed documents' latest bytes
    // (found again by their SHA-256 when the next signer opens the file), the agency's trust list.
    version: 7,
    stores: {
      signatureRecords: 'id, documentId, signerNip, signedAt, documentSha256After, signedDocumentId',
      signedDocuments: 'id, documentId, sha256, kind, employeeId, periodId, updatedAt',
      trustedCertificates: 'id, &fingerprint',
    },
  },
  {
    // Competency development (domain.md §10): catalogue, HR's rules, recommendations per final
    // evaluation (and a run marker per evaluation), classes (angkatan), the JP ledger and its files.
    version: 8,
    stores: {
      trainingCourses: 'id, bentuk',
      trainingRules: 'id, order',
      trainingRecommendations: 'id, evaluationId, employeeId, courseId, status, year',
      trainingRuns: 'id',
      trainingClasses: 'id, courseId, year, *participantIds',
      trainingLedger: 'id, employeeId, [employeeId+year], year, classId',
      trainingFiles: 'id',
    },
  },
  {
    // Issue 9: packed summaries the curve reads (renderer/src/db/summaries.ts): one record per
    // period of evaluations and one roster of employees, kept in step by a middleware in the same
    // transaction as every write to those tables.
    version: 9,
    stores: { summaries: 'id' },
    upgrade: upgradeV9Summaries,
  },
];

/** Tables holding only data derived from other tables: never backed up or exchanged, rebuilt on write. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['summaries']);

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
