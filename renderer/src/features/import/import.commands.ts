import { type AuditEntry, type Employee, fullName } from '@shared/schemas/entities';
import type { CommitPlan, Existing } from '@shared/import';
import { appendAuditMany, DESK_ACTOR, diffRecords } from '../../db/audit';
import type { AppDb } from '../../db/db';

/** What the preview compares against: read in one transaction so the three lists agree. */
export async function loadExisting(db: AppDb): Promise<Existing> {
  return db.transaction('r', [db.units, db.positions, db.employees], async () => {
    const [units, positions, employees] = await Promise.all([db.units.toArray(), db.positions.toArray(), db.employees.toArray()]);
    return { units, positions, employees };
  });
}

export type CommitResult =
  | { ok: true; created: number; updated: number; unchanged: number; positions: number }
  | { ok: false; code: 'import/stale' };

/** The database changed between preview and commit (another window, another import). */
class StaleImportError extends Error {
  constructor() {
    super('import/stale');
    this.name = 'StaleImportError';
  }
}

function isConflict(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err instanceof StaleImportError || err.name === 'ConstraintError') return true;
  const { failures, inner } = err as Error & { failures?: unknown[]; inner?: unknown };
  return (failures ?? []).some(isConflict) || isConflict(inner);
}

function changesOf(before: Employee, after: Employee): AuditEntry['changes'] {
  const changes = diffRecords({ ...before, updatedAt: '' }, { ...after, updatedAt: '' }) ?? {};
  delete changes['searchKey'];
  return changes;
}

/** One entry per employee created or changed (their history), and one for the import itself. */
function auditEntries(plan: CommitPlan, creates: Employee[], updates: { before: Employee; after: Employee }[], at: string): AuditEntry[] {
  const via = `lewat impor ${plan.fileName}`;
  const base = { at, actor: DESK_ACTOR, entity: 'employee' } as const;
  const created: AuditEntry[] = creates.map((e) => ({ ...base, action: 'create', entityId: e.id, summary: `Pegawai baru ${via}: ${fullName(e)}` }));
  const changed: AuditEntry[] = updates.map(({ before, after }) => {
    const deactivated = before.status === 'aktif' && after.status !== 'aktif';
    const summary = `${deactivated ? 'Dinonaktifkan' : 'Diubah'} ${via}: ${fullName(after)}`;
    return { ...base, action: deactivated ? 'deactivate' : 'update', entityId: after.id, summary, changes: changesOf(before, after) };
  });
  const summary: AuditEntry = {
    ...base,
    action: 'import',
    entityId: plan.fileName,
    summary: `Impor pegawai dari ${plan.fileName}: ${creates.length} baru, ${updates.length} diperbarui, ${plan.unchanged} tidak berubah, ${plan.newPositions.length} jabatan baru`,
  };
  return [...created, ...changed, summary];
}

/**
 * Writes a clean preview's plan in one transaction: all of it or none of it. A plan with nothing to
 * change writes nothing at all, not even an audit entry, so importing the same file twice is a no-op.
 */
export async function commitImport(db: AppDb, plan: CommitPlan, now: Date = new Date()): Promise<CommitResult> {
  const result = { ok: true as const, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged, positions: plan.newPositions.length };
  if (plan.creates.length === 0 && plan.updates.length === 0) return { ...result, positions: 0 };
  const at = now.toISOString();
  const creates = plan.creates.map((e) => ({ ...e, createdAt: at, updatedAt: at }));
  const updates = plan.updates.map(({ before, after }) => ({ before, after: { ...after, updatedAt: at } }));
  const audit = auditEntries(plan, creates, updates, at);
  try {
    await db.transaction('rw', [db.employees, db.positions, db.audit], async () => {
      const current = await db.employees.bulkGet(updates.map((u) => u.before.id));
      current.forEach((stored, i) => {
        const before = updates[i]!.before;
        if (!stored || stored.updatedAt !== before.updatedAt || stored.nip !== before.nip) throw new StaleImportError();
      });
      await db.employees.bulkPut(updates.map((u) => u.after));
      await db.positions.bulkAdd(plan.newPositions);
      await db.employees.bulkAdd(creates);
      await appendAuditMany(db, audit);
    });
  } catch (err) {
    if (isConflict(err)) return { ok: false, code: 'import/stale' };
    throw err;
  }
  return result;
}
