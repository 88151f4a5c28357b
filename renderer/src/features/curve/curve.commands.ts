import { curveUnitResolver } from '@shared/domain/curve-units';
import { CAPAIAN_LABEL, type CapaianOrganisasi } from '@shared/domain/distribution-curve';
import type { Unit } from '@shared/schemas/entities';
import { type OrgResult, OrgResultSchema, type UnitFinalisation, UnitFinalisationSchema } from '@shared/schemas/evaluation';
import type { Period } from '@shared/schemas/skp';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { loadCurveData, unitCurve } from './curve.queries';

/** Expected refusals, worded once in the UI (i18n `curve.error.<code>`) from the params. */
export type CurveErrorCode =
  | 'unknown-unit'
  | 'unknown-period'
  | 'unit-finalised'
  | 'already-finalised'
  | 'not-finalised'
  | 'no-org-result'
  | 'empty-unit'
  | 'not-all-final'
  | 'reason-required'
  | 'reopen-reason-required';

export type CurveParams = Record<string, string | number>;
export type CurveResult = { ok: true } | { ok: false; code: CurveErrorCode; params: CurveParams };

/** A written reason must say something: at least this many characters once trimmed. */
export const MIN_REASON_LENGTH = 10;

const fail = (code: CurveErrorCode, params: CurveParams = {}): CurveResult => ({ ok: false, code, params });
const keyOf = (unitId: string, periodId: string) => `${unitId}|${periodId}`;
const periodName = (p: Period) => `${p.label} ${p.year}`;

type Target = { unit: Unit; period: Period } | { failure: CurveResult };

/** The unit (it must be a curve unit: a perangkat daerah or kecamatan) and the period, or why not. */
async function findTarget(db: AppDb, unitId: string, periodId: string): Promise<Target> {
  const [units, period] = await Promise.all([db.units.toArray(), db.periods.get(periodId)]);
  const unit = curveUnitResolver(units)(unitId);
  if (!unit || unit.id !== unitId) return { failure: fail('unknown-unit', { unitId }) };
  if (!period) return { failure: fail('unknown-period', { periodId }) };
  return { unit, period };
}

/**
 * HR records the Capaian Kinerja Organisasi of a unit for a period (domain.md §6). Refused once the
 * unit is finalised for that period: reopen it first, so the log shows why the result moved.
 */
export async function recordOrgResult(db: AppDb, unitId: string, periodId: string, capaian: CapaianOrganisasi, note?: string, now: Date = new Date()): Promise<CurveResult> {
  return db.transaction('rw', [db.units, db.periods, db.orgResults, db.unitFinalisations, db.audit], async () => {
    const target = await findTarget(db, unitId, periodId);
    if ('failure' in target) return target.failure;
    const { unit, period } = target;
    const id = keyOf(unitId, periodId);
    const [before, finalised] = await Promise.all([db.orgResults.get(id), db.unitFinalisations.get(id)]);
    if (finalised) return fail('unit-finalised', { unit: unit.name, period: periodName(period) });
    const cleanNote = note?.trim() ?? before?.note ?? '';
    const record: OrgResult = OrgResultSchema.parse({ id, unitId, periodId, capaian, ...(cleanNote ? { note: cleanNote } : {}), recordedAt: now.toISOString() });
    if (before && before.capaian === record.capaian && (before.note ?? '') === cleanNote) return { ok: true as const };
    await db.orgResults.put(record);
    const from = before ? CAPAIAN_LABEL[before.capaian] : '(belum ada)';
    await appendAudit(db, {
      at: record.recordedAt,
      actor: DESK_ACTOR,
      action: before ? 'update' : 'create',
      entity: 'orgResult',
      entityId: id,
      summary: `Capaian Kinerja Organisasi ${unit.name}, ${periodName(period)}: ${from} → ${CAPAIAN_LABEL[capaian]}`,
      changes: {
        capaian: { from: before?.capaian ?? null, to: capaian },
        ...((before?.note ?? '') !== cleanNote ? { note: { from: before?.note ?? null, to: cleanNote || null } } : {}),
      },
    });
    return { ok: true as const };
  });
}

const numbered = (messages: string[]) => messages.map((m, i) => `${i + 1}) ${m}`).join(' ');

/**
 * HR closes a unit's period. Every member needs a final evaluation; the curve is checked on the
 * latest revisions; with violations a written reason is required and kept in the audit log (§6).
 */
export async function finaliseUnit(db: AppDb, unitId: string, periodId: string, reason?: string, now: Date = new Date()): Promise<CurveResult> {
  const tables = [db.units, db.periods, db.employees, db.evaluations, db.orgResults, db.unitFinalisations, db.settings, db.audit];
  return db.transaction('rw', tables, async () => {
    const target = await findTarget(db, unitId, periodId);
    if ('failure' in target) return target.failure;
    const { unit, period } = target;
    const curve = unitCurve(periodId, await loadCurveData(db, periodId)).find((c) => c.unit.id === unitId);
    const names = { unit: unit.name, period: periodName(period) };
    if (!curve || curve.members.length === 0) return fail('empty-unit', names);
    if (curve.finalisation) return fail('already-finalised', names);
    if (!curve.orgResult) return fail('no-org-result', names);
    const notFinal = curve.members.length - curve.states.final;
    if (notFinal > 0) return fail('not-all-final', { ...names, count: notFinal, total: curve.members.length });
    const written = reason?.trim() ?? '';
    const messages = curve.violations.map((v) => v.message);
    if (messages.length > 0 && written.length < MIN_REASON_LENGTH) {
      return fail('reason-required', { ...names, count: messages.length, violations: numbered(messages), min: MIN_REASON_LENGTH });
    }
    const record: UnitFinalisation = UnitFinalisationSchema.parse({
      id: keyOf(unitId, periodId),
      unitId,
      periodId,
      finalisedAt: now.toISOString(),
      violations: curve.violations.map((v) => ({ code: v.code, message: v.message })),
      ...(written ? { reason: written } : {}),
    });
    await db.unitFinalisations.put(record);
    const outcome = messages.length > 0 ? `dengan ${messages.length} pelanggaran kurva: ${numbered(messages)} Alasan: ${written}` : 'sesuai pola kurva';
    await appendAudit(db, {
      at: record.finalisedAt,
      actor: DESK_ACTOR,
      action: 'create',
      entity: 'unitFinalisation',
      entityId: record.id,
      summary: `Unit ${unit.name} difinalisasi untuk ${periodName(period)} (Capaian Kinerja Organisasi ${CAPAIAN_LABEL[curve.orgResult.capaian]}) ${outcome}`,
      changes: {
        counts: { from: null, to: curve.counts },
        violations: { from: null, to: record.violations },
        reason: { from: null, to: record.reason ?? null },
      },
    });
    return { ok: true as const };
  });
}

/** HR reopens a finalised unit (to correct a result or a predikat), with a written reason in the log. */
export async function reopenUnit(db: AppDb, unitId: string, periodId: string, reason: string, now: Date = new Date()): Promise<CurveResult> {
  return db.transaction('rw', [db.units, db.periods, db.unitFinalisations, db.audit], async () => {
    const target = await findTarget(db, unitId, periodId);
    if ('failure' in target) return target.failure;
    const { unit, period } = target;
    const names = { unit: unit.name, period: periodName(period) };
    const existing = await db.unitFinalisations.get(keyOf(unitId, periodId));
    if (!existing) return fail('not-finalised', names);
    const written = reason.trim();
    if (written.length < MIN_REASON_LENGTH) return fail('reopen-reason-required', { ...names, min: MIN_REASON_LENGTH });
    await db.unitFinalisations.delete(existing.id);
    await appendAudit(db, {
      at: now.toISOString(),
      actor: DESK_ACTOR,
      action: 'delete',
      entity: 'unitFinalisation',
      entityId: existing.id,
      summary: `Finalisasi unit ${unit.name} untuk ${periodName(period)} dibuka kembali. Alasan: ${written}`,
      changes: { finalisation: { from: existing, to: null }, reopenReason: { from: null, to: written } },
    });
    return { ok: true as const };
  });
}
