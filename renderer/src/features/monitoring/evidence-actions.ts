import { EVIDENCE_EXTENSIONS } from '@shared/domain/monitoring-evidence';
import { MAX_FILE_BYTES } from '@shared/host/contract';
import type { HostApi } from '@shared/host/host-api';
import type { Evidence } from '@shared/schemas/monitoring';
import type { AppDb } from '../../db/db';
import { addEvidenceFile, type EvidenceTarget, evidenceBytes, prepareEvidenceFile } from './evidence.commands';
import type { Problem } from './monitoring-result';

export type AttachOutcome = { kind: 'cancelled' } | { kind: 'saved'; fileName: string } | { kind: 'refused'; problem: Problem };

/**
 * Picks a file through the host, checks it (limit, type by content), hashes it, then stores it.
 * The host is not asked to enforce the limit so the message can name the file and its size.
 */
export async function attachEvidenceFile(db: AppDb, host: HostApi, target: EvidenceTarget, maxBytes: number, filterName: string): Promise<AttachOutcome> {
  const opened = await host.call('file:open', { filters: [{ name: filterName, extensions: [...EVIDENCE_EXTENSIONS] }] });
  if (!opened.ok) {
    if (opened.error.code === 'file/too-large') return { kind: 'refused', problem: { code: 'monitor/evidence-host-too-large', params: { limit: Math.min(maxBytes, MAX_FILE_BYTES) } } };
    return { kind: 'refused', problem: { code: opened.error.code } };
  }
  if (!opened.value.opened) return { kind: 'cancelled' };
  const { fileName, data } = opened.value;
  const prepared = await prepareEvidenceFile(fileName, data, maxBytes);
  if (!prepared.ok) return { kind: 'refused', problem: prepared.problem };
  const saved = await addEvidenceFile(db, target, prepared.file);
  if (!saved.ok) return { kind: 'refused', problem: saved.problem ?? { code: 'host/internal' } };
  return { kind: 'saved', fileName: prepared.file.fileName };
}

/** A name the host accepts for saving: no path or reserved characters, at most 180 characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'bukti-dukung';
  if (clean.length <= 180) return clean === '.' || clean === '..' ? 'bukti-dukung' : clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, 180 - ext.length) + ext;
}

/** Hands a stored evidence file to the host to save (desktop: a save dialog; browser: a download). */
export async function saveEvidenceCopy(db: AppDb, host: HostApi, evidence: Evidence): Promise<Problem | null> {
  const data = await evidenceBytes(db, evidence.id);
  if (!data) return { code: 'monitor/evidence-missing' };
  const ext = evidence.name.includes('.') ? evidence.name.split('.').pop()!.toLowerCase() : '';
  const filters = /^[a-z0-9]{1,10}$/.test(ext) ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [];
  const saved = await host.call('file:save', { suggestedName: safeFileName(evidence.name), filters, data });
  return saved.ok ? null : { code: saved.error.code };
}
