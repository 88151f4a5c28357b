import { checkEvidenceFile, DEFAULT_EVIDENCE_MAX_BYTES, EVIDENCE_EXTENSIONS, formatBytes } from '@shared/domain/monitoring-evidence';
import type { Bentuk } from '@shared/domain/training-forms';
import type { HostApi } from '@shared/host/host-api';
import { LedgerEntrySchema } from '@shared/schemas/training';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { fail, invalid, type TrainingProblem, type TrainingResult } from './training-result';

export type LedgerFile = { name: string; mime: string; data: Uint8Array; sha256: string };
export type LedgerInput = { employeeId: string; bentuk: Bentuk; title: string; provider: string; start: string; end: string; jp: number };

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Asks the host for an evidence file (certificate, attendance letter) and checks it as bukti dukung
 * are checked: not empty, within the limit, a PDF, image or Office file by its content. Hashing
 * happens here, before any transaction.
 */
export async function pickLedgerFile(host: HostApi, filterName: string): Promise<{ kind: 'cancelled' } | { kind: 'picked'; file: LedgerFile } | { kind: 'refused'; problem: TrainingProblem }> {
  const opened = await host.call('file:open', { filters: [{ name: filterName, extensions: [...EVIDENCE_EXTENSIONS] }], maxBytes: DEFAULT_EVIDENCE_MAX_BYTES });
  if (!opened.ok) return { kind: 'refused', problem: { code: opened.error.code } };
  if (!opened.value.opened) return { kind: 'cancelled' };
  const { fileName, data } = opened.value;
  const checked = checkEvidenceFile(fileName, data, DEFAULT_EVIDENCE_MAX_BYTES);
  if (!checked.ok) {
    const params = { file: fileName, limit: formatBytes(DEFAULT_EVIDENCE_MAX_BYTES) };
    return { kind: 'refused', problem: { code: checked.problem.code === 'monitor/evidence-type' ? 'training/file-type' : 'training/file-size', params } };
  }
  return { kind: 'picked', file: { name: fileName.slice(0, 255), mime: checked.mime, data, sha256: await sha256Hex(data) } };
}

/** Records completed development by hand (outside a class), with its evidence file if any. */
export async function addLedgerEntry(db: AppDb, input: LedgerInput, file: LedgerFile | null, now: Date = new Date()): Promise<TrainingResult> {
  const blob = file ? new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mime }) : null;
  return db.transaction('rw', [db.trainingLedger, db.trainingFiles, db.employees, db.audit], async () => {
    const who = await db.employees.get(input.employeeId);
    if (!who) return fail('training/employee-missing');
    const at = now.toISOString();
    const parsed = LedgerEntrySchema.safeParse({
      id: crypto.randomUUID(),
      employeeId: input.employeeId,
      year: Number(input.start.slice(0, 4)),
      bentuk: input.bentuk,
      title: input.title,
      ...(input.provider.trim() ? { provider: input.provider.trim() } : {}),
      start: input.start,
      end: input.end,
      jp: input.jp,
      ...(file ? { evidence: { name: file.name, mime: file.mime, size: file.data.byteLength, sha256: file.sha256 } } : {}),
      source: 'manual',
      createdAt: at,
    });
    if (!parsed.success) return invalid(parsed.error.issues);
    await db.trainingLedger.add(parsed.data);
    if (blob) await db.trainingFiles.add({ id: parsed.data.id, data: blob });
    const evidence = file ? `, bukti ${file.name} (SHA-256 ${file.sha256.slice(0, 12)}…)` : '';
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'training-ledger', entityId: parsed.data.id, summary: `JP dicatat untuk ${who.name}: ${parsed.data.title}, ${parsed.data.jp} JP${evidence}` });
    return { ok: true as const, id: parsed.data.id };
  });
}

/** Removes a hand-made entry and its file; an entry from a class is undone by unmarking completion. */
export async function removeLedgerEntry(db: AppDb, id: string, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingLedger, db.trainingFiles, db.audit], async () => {
    const before = await db.trainingLedger.get(id);
    if (!before) return fail('training/ledger-missing');
    if (before.source === 'angkatan') return fail('training/ledger-from-class');
    await db.trainingLedger.delete(id);
    await db.trainingFiles.delete(id);
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'delete', entity: 'training-ledger', entityId: id, summary: `Catatan JP dihapus: ${before.title}, ${before.jp} JP`, changes: { entry: { from: before, to: null } } });
    return { ok: true as const, id };
  });
}

/** The bytes of an entry's evidence file, for saving a copy. */
export async function ledgerFileBytes(db: AppDb, id: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const row = await db.trainingFiles.get(id);
  return row ? new Uint8Array(await row.data.arrayBuffer()) : null;
}
