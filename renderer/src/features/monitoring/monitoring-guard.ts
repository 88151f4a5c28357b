import { sealAuditEntry } from '@shared/domain/audit-chain';
import { writeRefusal } from '@shared/domain/monitoring-period';
import type { AuditEntry } from '@shared/schemas/entities';
import type { Period, Rhk, Skp } from '@shared/schemas/skp';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import type { Problem } from './monitoring-result';

export type Target = { skpId: string; periodId: string; rhkId?: string };
export type Writable = { ok: true; skp: Skp; period: Period; rhk: Rhk | null } | { ok: false; problem: Problem };

/**
 * Inside a command's transaction (which must include skps and periods): may in-year work be written
 * on this SKP, period and RHK? A closed period, another year's period or an SKP not approved is refused.
 */
export async function checkWritable(db: AppDb, target: Target): Promise<Writable> {
  const [skp, period] = await Promise.all([db.skps.get(target.skpId), db.periods.get(target.periodId)]);
  if (!skp) return { ok: false, problem: { code: 'monitor/skp-missing' } };
  if (!period) return { ok: false, problem: { code: 'monitor/period-missing' } };
  const refusal = writeRefusal(skp, period);
  if (refusal) return { ok: false, problem: refusal };
  if (target.rhkId === undefined) return { ok: true, skp, period, rhk: null };
  const rhk = skp.rhk.find((r) => r.id === target.rhkId);
  if (!rhk) return { ok: false, problem: { code: 'monitor/rhk-missing' } };
  return { ok: true, skp, period, rhk };
}

/** Typing is saved every few hundred milliseconds; one audit entry per record collects a burst. */
const COALESCE_MS = 10 * 60 * 1000;

/**
 * Audits an autosaved change. Keystroke-level saves would flood the log, so a change within ten
 * minutes of the same record's update entry is folded into it — but only while that entry is the
 * last of the whole log: it is then re-sealed with the same link, and the hash chain stays intact.
 * The first "from" is kept and the latest "to" recorded.
 */
export async function auditAutosave(db: AppDb, entry: Omit<AuditEntry, 'id' | 'actor' | 'action'> & { changes: NonNullable<AuditEntry['changes']> }): Promise<void> {
  const last = await db.audit.orderBy('id').last();
  const foldable =
    last?.id !== undefined && last.prevHash !== undefined && last.entityId === entry.entityId && last.entity === entry.entity && last.action === 'update' && Date.parse(entry.at) - Date.parse(last.at) < COALESCE_MS;
  if (!foldable || !last?.id || !last.prevHash) {
    await appendAudit(db, { ...entry, actor: DESK_ACTOR, action: 'update' });
    return;
  }
  const merged: NonNullable<AuditEntry['changes']> = { ...last.changes };
  for (const [key, change] of Object.entries(entry.changes)) merged[key] = { from: last.changes?.[key]?.from ?? change.from, to: change.to };
  const { hash: _hash, prevHash, ...rest } = last;
  await db.audit.put(sealAuditEntry({ ...rest, at: entry.at, summary: entry.summary, changes: merged }, prevHash));
}
