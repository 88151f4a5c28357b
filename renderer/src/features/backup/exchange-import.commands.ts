import { canonicalJson } from '@shared/domain/audit-chain';
import { StoredBlob } from '@shared/backup/binary';
import type { KnownDesk } from '@shared/backup/desks';
import { checkExchangeScope, type Choice, type ImportPlan, itemId, type PlanItem, planImport, resolvePlan } from '@shared/backup/exchange';
import { EXCHANGE_FORMAT, type ExchangeManifest, type TableData } from '@shared/backup/format';
import { BackupFailure, checked, type Checked, fail } from '@shared/backup/problems';
import { validateTables, verifyRecords } from '@shared/backup/validate';
import type { AuditEntry } from '@shared/schemas/entities';
import { registryEntry } from '@shared/schemas/registry';
import { appendAuditMany, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { fromStored, readByKeys } from './backup-db';
import { type PasswordOptions, unpack } from './backup-file';
import { readKnownDesks } from './desks.commands';
import { uniqueClashesWith } from './unique-check';

/**
 * HR's side of the exchange: a package is checked completely and compared with the agency
 * database first (preview: who, when, which desk; new / unchanged / conflict); then what HR chose
 * is written in one transaction, with the audit entries, or nothing is.
 */

export type DeskStatus = { deskId: string; known: KnownDesk | null; own: boolean };
export type ExchangePreview = { manifest: ExchangeManifest; desk: DeskStatus; plan: ImportPlan };

async function localRecords(db: AppDb, tables: TableData): Promise<TableData> {
  const out: TableData = {};
  for (const [name, records] of Object.entries(tables)) {
    out[name] = await readByKeys(db.table(name), records.map((r) => String((r as { id: unknown }).id)));
  }
  return out;
}

export async function previewExchange(db: AppDb, bytes: Uint8Array, options: PasswordOptions = {}): Promise<Checked<ExchangePreview>> {
  return checked(async () => {
    const { manifest, tables } = await unpack(bytes, options);
    if (manifest.format !== EXCHANGE_FORMAT) return fail('backup/wrong-kind', { found: manifest.format });
    const problems = validateTables(manifest, tables, db.dataTables.map((t) => t.name));
    if (problems.length === 0) problems.push(...(await verifyRecords(manifest, tables)));
    const scope = { supervisorId: manifest.scope.supervisor.employeeId, periodId: manifest.scope.periodId };
    problems.push(...checkExchangeScope(tables, scope, registryEntry));
    if (problems.length > 0) throw new BackupFailure(problems);
    const [settings, desks] = await Promise.all([db.settings.get('app'), readKnownDesks(db)]);
    const desk = { deskId: manifest.deskId, known: desks.find((d) => d.deskId === manifest.deskId) ?? null, own: settings?.deskId === manifest.deskId };
    const plan = planImport(tables, await localRecords(db, tables), registryEntry);
    const clashes = await uniqueClashesWith(db, plan.items.filter((i) => i.status === 'new'));
    if (clashes.length > 0) throw new BackupFailure(clashes);
    return { manifest, desk, plan };
  });
}

/** A record's content without reading Blob bytes (sync, so it can run inside the transaction). */
function fingerprint(value: unknown): string {
  const strip = (v: unknown): unknown => {
    if (v instanceof Blob) return `blob:${v.size}:${v.type}`;
    if (v instanceof StoredBlob) return `blob:${v.bytes.length}:${v.type}`;
    if (v instanceof Uint8Array) return `bytes:${Array.from(v).join(',')}`;
    if (Array.isArray(v)) return v.map(strip);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)]));
    return v;
  };
  return canonicalJson(strip(value));
}

function auditEntries(preview: ExchangePreview, added: PlanItem[], replaced: PlanItem[], at: string, actor: string): Omit<AuditEntry, 'id' | 'hash' | 'prevHash'>[] {
  const { manifest, desk } = preview;
  const from = `${desk.known?.label ?? manifest.deskId}, dibuat ${manifest.createdBy?.name ?? 'tanpa nama'} ${manifest.createdAt}`;
  const summary = `Paket pertukaran ${manifest.scope.supervisor.name} ${manifest.scope.periodLabel} dari meja ${from}: ${added.length} rekaman baru, ${replaced.length} diganti`;
  return [
    { at, actor, action: 'import', entity: 'exchange', entityId: manifest.packageId, summary },
    ...replaced.map((item) => ({
      at,
      actor,
      action: 'update' as const,
      entity: item.table,
      entityId: item.key,
      summary: `Diganti dengan versi paket ${manifest.packageId} atas pilihan pengguna${item.locked ? ' (rekaman final/ditandatangani)' : ''}`,
      changes: Object.fromEntries(item.diff.map((d) => [d.field, { from: d.local, to: d.incoming }])),
    })),
  ];
}

function checkUnchanged(current: unknown, item: PlanItem): void {
  const stale = item.status === 'new' ? current !== undefined : current === undefined || fingerprint(current) !== fingerprint(item.local);
  if (stale) throw new BackupFailure({ code: 'backup/stale-preview', params: { table: item.table, key: item.key } });
}

export type ImportOptions = { now?: Date; actor?: string };
export type ImportResult = { added: number; replaced: number };

/**
 * Writes new records and the conflicts HR chose the package's version for, in ONE transaction with
 * their audit entries. Nothing to write → nothing is written (the same package twice changes
 * nothing). A record changed since the preview aborts the whole import.
 */
export async function applyExchange(db: AppDb, preview: ExchangePreview, choices: Readonly<Record<string, Choice>>, options: ImportOptions = {}): Promise<Checked<ImportResult>> {
  return checked(async () => {
    if (!preview.desk.known && !preview.desk.own) fail('backup/unknown-desk', { deskId: preview.desk.deskId });
    const { added, replaced } = resolvePlan(preview.plan, choices);
    if (added.length + replaced.length === 0) return { added: 0, replaced: 0 };
    const writes = [...added, ...replaced].map((item) => ({ item, record: fromStored(item.incoming) }));
    const tables = [...new Set(writes.map((w) => w.item.table))].map((n) => db.table(n));
    const entries = auditEntries(preview, added, replaced, (options.now ?? new Date()).toISOString(), options.actor ?? DESK_ACTOR);
    let at: PlanItem | null = null;
    await db
      .transaction('rw', [...tables, db.audit], async () => {
        for (const { item, record } of writes) {
          at = item;
          const table = db.table(item.table);
          checkUnchanged(await table.get(item.key), item);
          await table.put(record);
        }
        await appendAuditMany(db, entries);
      })
      .catch((error: unknown) => {
        // A unique value taken meanwhile (the preview checked it): the whole import is rolled back.
        if (at && error instanceof Error && error.name === 'ConstraintError') fail('backup/key-clash', { table: at.table, key: at.key, index: '' });
        throw error;
      });
    return { added: added.length, replaced: replaced.length };
  });
}

export { itemId };
