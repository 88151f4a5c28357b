import { type AuditVerdict, GENESIS_HASH, sealAuditEntry, verifyAuditChain } from '@shared/domain/audit-chain';
import type { AuditEntry } from '@shared/schemas/entities';
import type { AppDb } from './db';

/** Until desk profiles exist (access issue) every change is made by the desk's one user. */
export const DESK_ACTOR = 'pengguna';
export const SYSTEM_ACTOR = 'sistem';

/**
 * Appends an audit entry, chained to the last one by its hash; call it inside the same Dexie
 * transaction as the change it records (the read of the last entry and the write are then atomic).
 */
export async function appendAudit(db: AppDb, entry: Omit<AuditEntry, 'id' | 'at' | 'hash' | 'prevHash'> & { at?: string }): Promise<void> {
  const last = await db.audit.orderBy('id').last();
  const id = (last?.id ?? 0) + 1;
  await db.audit.add(sealAuditEntry({ ...entry, id, at: entry.at ?? new Date().toISOString() }, last?.hash ?? GENESIS_HASH));
}

/** Appends many entries in one go (an import): one read of the chain's end, one bulk write. */
export async function appendAuditMany(db: AppDb, entries: (Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>)[]): Promise<void> {
  const last = await db.audit.orderBy('id').last();
  let id = last?.id ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const sealed = entries.map((e) => {
    const s = sealAuditEntry({ ...e, id: ++id }, prev);
    prev = s.hash;
    return s;
  });
  await db.audit.bulkAdd(sealed);
}

/** Reads the whole log in order and checks the chain (Settings → "Verifikasi log audit"). */
export async function verifyAuditLog(db: AppDb): Promise<AuditVerdict> {
  return verifyAuditChain(await db.audit.orderBy('id').toArray());
}

/** Field-by-field differences between two versions of a record, for the audit log. */
export function diffRecords<T extends object>(before: T, after: T): AuditEntry['changes'] {
  const changes: NonNullable<AuditEntry['changes']> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const from = (before as Record<string, unknown>)[key];
    const to = (after as Record<string, unknown>)[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
