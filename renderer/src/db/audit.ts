import type { AuditEntry } from '@shared/schemas/entities';
import type { AppDb } from './db';

/** Until desk profiles exist (access issue) every change is made by the desk's one user. */
export const DESK_ACTOR = 'pengguna';
export const SYSTEM_ACTOR = 'sistem';

/** Appends an audit entry; call it inside the same Dexie transaction as the change it records. */
export async function appendAudit(db: AppDb, entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void> {
  await db.audit.add({ ...entry, at: entry.at ?? new Date().toISOString() });
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
