import { acceptedRecommendationLinesFor } from '../training/recommendations.commands';
/**
 * Reads what the documents of one period print (DocumentData) through the indexes, and picks the
 * people of a unit for a bulk export. The view models themselves are built by document-models.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { curveUnitResolver, isCurveMember, latestRevisions } from '@shared/domain/curve-units';
import { DEFAULT_SETTINGS, type Employee, fullName, type Unit } from '@shared/schemas/entities';
import type { Skp } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { loadCurveData, unitCurve } from '../curve/curve.queries';
import { descendantsOf } from '../employees/employees.queries';
import { type DocumentKind, sourceOf } from './document-kinds';
import type { CurveCounts, DocumentData } from './document-models';

/** The SKP an evaluation or document of the year means: the approved one when there are several. */
function skpsByEmployee(skps: readonly Skp[]): Map<string, Skp> {
  const out = new Map<string, Skp>();
  for (const s of skps) {
    const cur = out.get(s.employeeId);
    if (!cur || (s.status === 'disetujui' && cur.status !== 'disetujui')) out.set(s.employeeId, s);
  }
  return out;
}

/** Everything one period's documents print; null when the period does not exist. */
export async function loadDocumentData(db: AppDb, periodId: string): Promise<DocumentData | null> {
  const period = await db.periods.get(periodId);
  if (!period) return null;
  const [curveData, employees, evaluations, yearSkps, settings] = await Promise.all([
    loadCurveData(db, periodId),
    // The documents print whole employees and evaluations; the curve counts come from the summaries.
    db.employees.toArray(),
    db.evaluations.where('periodId').equals(periodId).toArray(),
    db.skps.where('year').equals(period.year).toArray(),
    db.settings.get('app'),
  ]);
  const skps = new Map(yearSkps.map((s) => [s.id, s]));
  const missing = [...new Set(evaluations.map((e) => e.skpId))].filter((id) => !skps.has(id));
  for (const s of await db.skps.bulkGet(missing)) if (s) skps.set(s.id, s);
  const keys = [...skps.keys()].map((id) => [id, periodId]);
  const [realisasi, feedback, rekomendasi] = await Promise.all([
    db.realisasi.where('[skpId+periodId]').anyOf(keys).toArray(),
    db.feedback.where('[skpId+periodId]').anyOf(keys).toArray(),
    // Accepted training recommendations print in CATATAN/REKOMENDASI (domain.md §7.4, §10).
    acceptedRecommendationLinesFor(db, evaluations.map((e) => e.id)),
  ]);
  const byUnit = new Map(unitCurve(periodId, curveData).map((c) => [c.unit.id, { capaian: c.orgResult?.capaian ?? null, counts: c.counts } satisfies CurveCounts]));
  const resolve = curveUnitResolver(curveData.units);
  const curves = new Map<string, CurveCounts>();
  for (const e of employees) {
    const c = byUnit.get(resolve(e.unitId)?.id ?? '');
    if (c) curves.set(e.id, c);
  }
  return {
    settings: settings ?? DEFAULT_SETTINGS,
    period,
    employees: new Map(employees.map((e) => [e.id, e])),
    evaluations: new Map(evaluations.map((e) => [e.id, e])),
    latestByEmployee: latestRevisions(evaluations),
    skps,
    skpOfEmployee: skpsByEmployee(yearSkps),
    realisasi,
    feedback,
    curves,
    rekomendasi,
  };
}

/** Live DocumentData of a period: null while loading or without a period, undefined when not found. */
export function useDocumentData(db: AppDb, periodId: string | null): DocumentData | null | undefined {
  return useLiveQuery(async () => (periodId ? ((await loadDocumentData(db, periodId)) ?? undefined) : null), [db, periodId], null);
}

export type SkipReason = 'draft' | 'no-evaluation' | 'no-skp';

export interface BulkSelection {
  /** People whose document is final, by name. */
  ready: Employee[];
  /** The document id of each ready person's document, in the same order. */
  documentIds: string[];
  skipped: { employee: Employee; reason: SkipReason }[];
}

const collator = new Intl.Collator('id', { sensitivity: 'base' });

/**
 * The people of a unit (and its sub-units when asked) whose document of `kind` can be exported for
 * HR: final evaluations (approved SKPs) only. Active members without one are listed as skipped;
 * someone who left but was evaluated in the period is still exported.
 */
export function bulkSelection(data: DocumentData, units: readonly Unit[], scope: { unitId: string; includeSubUnits: boolean; kind: DocumentKind }): BulkSelection {
  const unitIds = scope.includeSubUnits ? descendantsOf([...units])(scope.unitId) : new Set([scope.unitId]);
  const people = [...data.employees.values()].filter((e) => unitIds.has(e.unitId)).sort((a, b) => collator.compare(fullName(a), fullName(b)));
  const out: BulkSelection = { ready: [], documentIds: [], skipped: [] };
  for (const employee of people) {
    const source = sourceOf(scope.kind, data, employee.id);
    if (source.ok && !source.draft) {
      out.ready.push(employee);
      out.documentIds.push(source.documentId);
    }
    else if (source.ok) out.skipped.push({ employee, reason: 'draft' });
    else if (isCurveMember(employee)) out.skipped.push({ employee, reason: source.reason });
  }
  return out;
}

/** Everyone the per-person picker offers: active ASN, and anyone with an evaluation or SKP here. */
export function pickerPeople(data: DocumentData): Employee[] {
  return [...data.employees.values()]
    .filter((e) => isCurveMember(e) || data.latestByEmployee.has(e.id) || data.skpOfEmployee.has(e.id))
    .sort((a, b) => collator.compare(fullName(a), fullName(b)));
}

/**
 * The latest signed copy stored for each of the given document ids (a document id names one
 * evaluation revision or SKP, so a copy signed before a correction never stands in for the new one).
 */
export async function signedCopies(db: AppDb, documentIds: readonly string[]): Promise<Map<string, Blob>> {
  const rows = documentIds.length ? await db.signedDocuments.where('documentId').anyOf([...documentIds]).toArray() : [];
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = latest.get(r.documentId);
    if (!seen || r.updatedAt > seen.updatedAt) latest.set(r.documentId, r);
  }
  return new Map([...latest].map(([id, r]) => [id, r.data]));
}

/** How many of the given documents have a signed copy stored (for the bulk export's choice). */
export async function countSignedCopies(db: AppDb, documentIds: readonly string[]): Promise<number> {
  if (documentIds.length === 0) return 0;
  return new Set(await db.signedDocuments.where('documentId').anyOf([...documentIds]).keys()).size;
}

/**
 * The period's data as this desk may see it (shared/domain/access.ts): a Pejabat Penilai desk sees
 * only its own and its team's documents, in the picker and in the bulk export alike.
 */
export function scopedDocumentData(data: DocumentData, canSeeEmployee: (employeeId: string) => boolean): DocumentData {
  const employees = new Map([...data.employees].filter(([id]) => canSeeEmployee(id)));
  return employees.size === data.employees.size ? data : { ...data, employees };
}
