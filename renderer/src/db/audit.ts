import { type AuditVerdict, GENESIS_HASH, sealAuditEntry, verifyAuditChain } from '@shared/domain/audit-chain';
import type { AuditEntry } from '@shared/schemas/entities';
import { UNNAMED_DESK_ACTOR } from '@shared/domain/access';
import type { AppDb } from './db';

/**
 * The actor a command gives for a change made by the person at this desk: appendAudit writes the
 * desk's current user in its place (db.deskActor: the desk profile's name and role).
 */
export const DESK_ACTOR = UNNAMED_DESK_ACTOR;
export const SYSTEM_ACTOR = 'sistem';

type NewEntry = Omit<AuditEntry, 'id' | 'at' | 'hash' | 'prevHash'>;

/** The entry with the desk's user named in place of DESK_ACTOR. */
function byDesk<E extends NewEntry>(db: AppDb, entry: E): E {
  return entry.actor === DESK_ACTOR ? { ...entry, actor: db.deskActor } : entry;
}

/**
 * Appends an audit entry, chained to the last one by its hash; call it inside the same Dexie
 * transaction as the change it records (the read of the last entry and the write are then atomic).
 */
export async function appendAudit(db: AppDb, entry: NewEntry & { at?: string }): Promise<void> {
  const last = await db.audit.orderBy('id').last();
  const id = (last?.id ?? 0) + 1;
  await db.audit.add(sealAuditEntry({ ...byDesk(db, entry), id, at: entry.at ?? new Date().toISOString() }, last?.hash ?? GENESIS_HASH));
}

/** Appends many entries in one go (an import): one read of the chain's end, one bulk write. */
export async function appendAuditMany(db: AppDb, entries: (Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>)[]): Promise<void> {
  const last = await db.audit.orderBy('id').last();
  let id = last?.id ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  const sealed = entries.map((e) => {
    const s = sealAuditEntry({ ...byDesk(db, e), id: ++id }, prev);
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
