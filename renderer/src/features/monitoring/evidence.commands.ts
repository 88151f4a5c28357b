import { checkEvidenceFile, checkEvidenceLink, formatBytes } from '@shared/domain/monitoring-evidence';
import { type Evidence, EvidenceSchema } from '@shared/schemas/monitoring';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { checkWritable } from './monitoring-guard';
import { type Problem, refused, type Result } from './monitoring-result';

export type EvidenceTarget = { skpId: string; periodId: string; rhkId: string };
export type PreparedFile = { fileName: string; data: Uint8Array; sha256: string; mime: string };

/** SHA-256 of the bytes, as 64 lower-case hex digits. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A file name that fits the record (255 characters), keeping its extension. */
function fitName(name: string): string {
  const clean = name.trim() || 'berkas';
  if (clean.length <= 255) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, 255 - ext.length) + ext;
}

/**
 * Checks a picked file (size against the limit, type by its content) and hashes it. This runs
 * before the transaction: hashing is not a Dexie operation and would end the transaction.
 */
export async function prepareEvidenceFile(fileName: string, data: Uint8Array, maxBytes: number): Promise<{ ok: true; file: PreparedFile } | { ok: false; problem: Problem }> {
  const checked = checkEvidenceFile(fileName, data, maxBytes);
  if (!checked.ok) return { ok: false, problem: checked.problem };
  return { ok: true, file: { fileName: fitName(fileName), data, sha256: await sha256Hex(data), mime: checked.mime } };
}

/** Stores a prepared file: its record in `evidence` and its bytes in `evidenceBlobs`, together or not at all. */
export async function addEvidenceFile(db: AppDb, target: EvidenceTarget, file: PreparedFile, now: Date = new Date()): Promise<Result> {
  const blob = new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mime });
  return db.transaction('rw', [db.evidence, db.evidenceBlobs, db.skps, db.periods, db.audit], async () => {
    const writable = await checkWritable(db, target);
    if (!writable.ok) return { ok: false as const, problem: writable.problem };
    const at = now.toISOString();
    const record: Evidence = EvidenceSchema.parse({ id: crypto.randomUUID(), ...target, kind: 'file', name: file.fileName, mime: file.mime, size: file.data.byteLength, sha256: file.sha256, addedAt: at });
    await db.evidence.add(record);
    await db.evidenceBlobs.add({ id: record.id, data: blob });
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'evidence', entityId: record.id, summary: `Bukti dukung ${writable.period.label} ${writable.period.year}: ${record.name} (${formatBytes(record.size ?? 0)}, SHA-256 ${file.sha256.slice(0, 12)}…)` });
    return { ok: true as const, id: record.id };
  });
}

/** Adds a link as evidence; only http and https addresses are accepted. */
export async function addEvidenceLink(db: AppDb, target: EvidenceTarget, input: { name: string; url: string }, now: Date = new Date()): Promise<Result> {
  const link = checkEvidenceLink(input.url);
  if (!link.ok) return { ok: false, errors: { url: 'monitor/link-invalid' } };
  return db.transaction('rw', [db.evidence, db.skps, db.periods, db.audit], async () => {
    const writable = await checkWritable(db, target);
    if (!writable.ok) return { ok: false as const, problem: writable.problem };
    const at = now.toISOString();
    const name = fitName(input.name.trim() || link.url);
    const record: Evidence = EvidenceSchema.parse({ id: crypto.randomUUID(), ...target, kind: 'link', name, url: link.url, addedAt: at });
    await db.evidence.add(record);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'evidence', entityId: record.id, summary: `Tautan bukti dukung ${writable.period.label} ${writable.period.year}: ${link.url}` });
    return { ok: true as const, id: record.id };
  });
}

/** Removes an evidence record and its bytes (only while its period is open). */
export async function removeEvidence(db: AppDb, id: string, now: Date = new Date()): Promise<Result> {
  return db.transaction('rw', [db.evidence, db.evidenceBlobs, db.skps, db.periods, db.audit], async () => {
    const before = await db.evidence.get(id);
    if (!before) return refused({ code: 'monitor/evidence-missing' });
    const writable = await checkWritable(db, before);
    if (!writable.ok) return { ok: false as const, problem: writable.problem };
    await db.evidence.delete(id);
    await db.evidenceBlobs.delete(id);
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'delete', entity: 'evidence', entityId: id, summary: `Bukti dukung dihapus: ${before.name}`, changes: { evidence: { from: before, to: null } } });
    return { ok: true as const, id };
  });
}

/** The stored bytes of a file evidence. */
export async function evidenceBytes(db: AppDb, id: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const row = await db.evidenceBlobs.get(id);
  return row ? new Uint8Array(await row.data.arrayBuffer()) : null;
}
