import { writeArchive } from '@shared/backup/archive';
import { exchangeTables, selectExchange } from '@shared/backup/exchange';
import { EXCHANGE_EXTENSION, EXCHANGE_FORMAT, type ExchangeManifest, FORMAT_VERSION, type Person } from '@shared/backup/format';
import { checked, type Checked, fail } from '@shared/backup/problems';
import { type Employee, fullName } from '@shared/schemas/entities';
import { registryEntry } from '@shared/schemas/registry';
import type { AppDb } from '../../db/db';
import { keyPaths, readRawTables, toStoredTables } from './backup-db';
import { datedFileName, maybeSeal, type PasswordOptions } from './backup-file';
import { ensureDeskId } from './desks.commands';

/**
 * The supervisor's side of the exchange between desks: one package with the evaluations they made
 * for a period and what those rest on (the SKPs, realisation, evidence with its files, feedback,
 * dialogs, signed documents), for HR to import into the agency database.
 */

export type ExchangeExportInput = PasswordOptions & { supervisorId: string; periodId: string; appVersion: string; now?: Date };
export type ExportedPackage = { fileName: string; bytes: Uint8Array; manifest: ExchangeManifest };

function person(e: Employee): Person {
  return { employeeId: e.id, name: fullName(e), ...(e.nip ? { nip: e.nip } : {}) };
}

async function packageMeta(db: AppDb, input: ExchangeExportInput, deskId: string, now: Date) {
  const [settings, supervisor, period] = await Promise.all([db.settings.get('app'), db.employees.get(input.supervisorId), db.periods.get(input.periodId)]);
  if (!supervisor || !period) fail('backup/empty-package');
  const maker = settings?.deskEmployeeId ? await db.employees.get(settings.deskEmployeeId) : undefined;
  return {
    format: EXCHANGE_FORMAT,
    formatVersion: FORMAT_VERSION,
    schemaVersion: db.verno,
    appVersion: input.appVersion,
    createdAt: now.toISOString(),
    deskId,
    agencyName: settings?.agencyName ?? '',
    packageId: crypto.randomUUID(),
    createdBy: maker ? person(maker) : null,
    scope: { supervisor: person(supervisor), periodId: period.id, periodLabel: `${period.label} ${period.year}`, year: period.year },
  } as const;
}

export async function exportExchange(db: AppDb, input: ExchangeExportInput): Promise<Checked<ExportedPackage>> {
  return checked(async () => {
    const now = input.now ?? new Date();
    const deskId = await ensureDeskId(db, now);
    const meta = await packageMeta(db, input, deskId, now);
    const names = exchangeTables(db.dataTables.map((t) => t.name), registryEntry);
    // Select on the records as stored; only what is picked has its Blob bytes read.
    const raw = await readRawTables(db, names);
    const picked = selectExchange(raw, { supervisorId: input.supervisorId, periodId: input.periodId }, registryEntry);
    if ((picked['evaluations'] ?? []).length === 0) fail('backup/empty-package');
    const tables = await toStoredTables(picked);
    const { bytes, manifest } = writeArchive<ExchangeManifest>(meta, { tables, keyPaths: keyPaths(db) });
    const fileName = datedFileName(`peka-paket-${meta.scope.periodLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, now, EXCHANGE_EXTENSION);
    return { fileName, bytes: await maybeSeal(bytes, input), manifest: manifest as ExchangeManifest };
  });
}
