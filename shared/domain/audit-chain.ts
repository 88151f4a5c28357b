/**
 * The audit trail as a hash chain (issue "guided evaluation": an audit trail you can trust): every
 * entry commits to the one before it, so changing, removing or inserting an entry outside the app
 * breaks the chain from that point on, and `verifyAuditChain` names the first broken entry.
 */
import { sha256Hex } from '../crypto/sha256';
import type { AuditEntry } from '../schemas/entities';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

type Unsealed = Omit<AuditEntry, 'hash' | 'prevHash'>;

/** The hash of an entry: SHA-256 over the previous hash and the entry's content (its id included). */
export function auditEntryHash(entry: Unsealed, prevHash: string): string {
  const { id, at, actor, action, entity, entityId, summary, changes } = entry;
  return sha256Hex(`${prevHash}\n${canonicalJson({ id, at, actor, action, entity, entityId, summary, changes })}`);
}

export function sealAuditEntry<T extends Unsealed>(entry: T, prevHash: string): T & { prevHash: string; hash: string } {
  return { ...entry, prevHash, hash: auditEntryHash(entry, prevHash) };
}

export type AuditVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBrokenId: number | undefined; position: number; reason: string };

/** Checks entries in id order; the first one whose link or content does not match is reported. */
export function verifyAuditChain(entries: readonly AuditEntry[]): AuditVerdict {
  let prev = GENESIS_HASH;
  let lastId = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const broken = (reason: string): AuditVerdict => ({ ok: false, count: entries.length, firstBrokenId: e.id, position: i + 1, reason });
    if (e.id !== undefined && e.id <= lastId) return broken(`Urutan entri rusak: entri #${e.id} muncul setelah entri #${lastId}.`);
    if (e.prevHash !== prev) return broken(`Entri #${e.id} tidak tersambung ke entri sebelumnya (entri sebelumnya diubah, dihapus, atau disisipkan di luar aplikasi).`);
    if (e.hash !== auditEntryHash(e, prev)) return broken(`Isi entri #${e.id} (${e.summary}) tidak cocok dengan sidik (hash)-nya: entri ini diubah di luar aplikasi.`);
    prev = e.hash;
    lastId = e.id ?? lastId;
  }
  return { ok: true, count: entries.length };
}
