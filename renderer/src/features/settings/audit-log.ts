import { isMessageKey, type Translate } from '@shared/i18n/translate';
import type { AuditEntry } from '@shared/schemas/entities';
import type { HostApi } from '@shared/host/host-api';
import type { AppDb } from '../../db/db';

/** Entries shown per page of Pengaturan → Log audit. */
export const AUDIT_PAGE_SIZE = 25;

/** Excel refuses a cell longer than this. */
const EXCEL_CELL_MAX = 32_767;

export type AuditPage = { entries: AuditEntry[]; hasOlder: boolean };

/** Does the entry match the search words (all of them, in actor, summary, kind of data or its id)? */
function matcher(query: string | undefined): ((e: AuditEntry) => boolean) | null {
  const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return (e) => {
    const text = `${e.actor} ${e.summary} ${e.entity} ${e.entityId}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
}

/** Newest first; with `beforeId`, only entries older than that one (the log's own numbering). */
function newestFirst(db: AppDb, beforeId: number | undefined, query: string | undefined) {
  const all = beforeId === undefined ? db.audit.toCollection() : db.audit.where('id').below(beforeId);
  const match = matcher(query);
  const ordered = all.reverse();
  return match ? ordered.filter(match) : ordered;
}

/**
 * One page of the log, newest first. Paging is by entry number, not by offset, so a page stays
 * the same while new entries are added above it, and reading page 400 does not skip 10,000 rows.
 */
export async function auditPage(db: AppDb, options: { beforeId?: number; query?: string; limit?: number } = {}): Promise<AuditPage> {
  const limit = options.limit ?? AUDIT_PAGE_SIZE;
  const rows = await newestFirst(db, options.beforeId, options.query).limit(limit + 1).toArray();
  return { entries: rows.slice(0, limit), hasOlder: rows.length > limit };
}

/** How the log names an action or a kind of data in the UI language (the stored key when unknown). */
export function auditLabels(t: Translate) {
  return {
    action: (a: AuditEntry['action']) => t(`audit.action.${a}`),
    entity: (entity: string) => {
      const key = `audit.entity.${entity}`;
      return isMessageKey(key) ? t(key) : entity;
    },
  };
}

/** Local wall-clock time, sortable as text: "2026-11-28 17:09:01". */
export function auditTime(iso: string): string {
  const d = new Date(iso);
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 19)}`;
}

function changesText(changes: AuditEntry['changes']): string {
  if (!changes || Object.keys(changes).length === 0) return '';
  const text = JSON.stringify(changes);
  return text.length > EXCEL_CELL_MAX ? `${text.slice(0, EXCEL_CELL_MAX - 1)}…` : text;
}

/** The entries (newest first) as a workbook: one row each, with the hash that chains it. */
export async function buildAuditWorkbook(entries: readonly AuditEntry[], t: Translate, created: Date = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const { newWorkbook, workbookBytes } = await import('../../lib/xlsx');
  const labels = auditLabels(t);
  const workbook = newWorkbook(created);
  const sheet = workbook.addWorksheet(t('settings.audit'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = [
    ['no', 8], ['at', 20], ['actor', 32], ['action', 14], ['entity', 24], ['entityId', 30], ['summary', 70], ['changes', 50], ['hash', 66],
  ] as const;
  sheet.columns = columns.map(([key, width]) => ({ header: t(`settings.audit.col.${key}`), key, width, style: { alignment: { vertical: 'top', wrapText: key === 'summary' } } }));
  sheet.getRow(1).font = { bold: true };
  for (const e of entries) {
    sheet.addRow({ no: e.id ?? '', at: auditTime(e.at), actor: e.actor, action: labels.action(e.action), entity: labels.entity(e.entity), entityId: e.entityId, summary: e.summary, changes: changesText(e.changes), hash: e.hash ?? '' });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return workbookBytes(workbook);
}

export type AuditExport = { ok: true; saved: boolean; fileName: string; count: number } | { ok: false; code: string };

/** Every entry that matches the search (all of them without one), saved through the host as .xlsx. */
export async function exportAuditLog(db: AppDb, host: HostApi, t: Translate, query?: string, now: Date = new Date()): Promise<AuditExport> {
  const entries = await newestFirst(db, undefined, query).toArray();
  const data = await buildAuditWorkbook(entries, t, now);
  const suggestedName = `peka-log-audit-${auditTime(now.toISOString()).slice(0, 10)}.xlsx`;
  const saved = await host.call('file:save', { suggestedName, filters: [{ name: 'Excel', extensions: ['xlsx'] }], data });
  if (!saved.ok) return { ok: false, code: saved.error.code };
  return { ok: true, saved: saved.value.saved, fileName: saved.value.saved ? saved.value.fileName : suggestedName, count: entries.length };
}
