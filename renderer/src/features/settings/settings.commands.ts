import { generateDemoAgency } from '@shared/demo/generate';
import { generateDemoEvaluations } from '@shared/demo/evaluation-demo';
import { generateDemoSkpYear } from '@shared/demo/skp-demo';
import { sha256Hex } from '@shared/crypto/sha256';
import type { LogoProblem } from '@shared/domain/agency-logo';
import { type AgencyLogo, AgencyLogoFileSchema, logoProblemOf } from '@shared/schemas/agency-logo';
import { DEFAULT_SETTINGS, type Locale, type Settings, SettingsSchema } from '@shared/schemas/entities';
import { appendAudit, DESK_ACTOR, diffRecords, SYSTEM_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { trainingTables, writeTrainingDemo } from '../training/training-demo.write';

export type SettingsInput = Pick<Settings, 'agencyName' | 'signingPlace' | 'paperSize'>;

export type CommandResult = { ok: true } | { ok: false; issues: { path: string; message: string }[] };

/**
 * First start: an empty database gets the default settings and the demo agency, in one transaction,
 * so a crash halfway leaves nothing behind and the next start tries again.
 */
export async function ensureInitialised(db: AppDb, now: Date = new Date()): Promise<'created' | 'existing'> {
  return db.transaction('rw', [db.settings, db.audit, ...agencyTables(db)], async () => {
    if (await db.settings.get('app')) return 'existing' as const;
    const at = now.toISOString();
    const deskEmployeeId = await writeDemoAgency(db, at);
    await db.settings.put({ ...DEFAULT_SETTINGS, demoLoadedAt: at, ...(deskEmployeeId ? { deskEmployeeId } : {}) });
    await appendAudit(db, { at, actor: SYSTEM_ACTOR, action: 'create', entity: 'demo', entityId: 'demo', summary: 'Data demo dimuat pada mulai pertama' });
    return 'created' as const;
  });
}

/** Every table that holds the agency's data (not settings, not the audit log). */
function agencyTables(db: AppDb) {
  return [
    db.units, db.positions, db.employees, db.appraiserOverrides,
    db.appraisalYears, db.periods, db.skps, db.realisasi, db.evidence, db.evidenceBlobs, db.feedback, db.dialogs, db.feedbackPhrases,
    db.evaluations, db.orgResults, db.unitFinalisations, db.keberatan,
    ...trainingTables(db),
  ];
}

/**
 * Writes the demo agency and its 2026 year. Returns the demo desk's employee: the Kepala Seksi
 * Identitas Penduduk at Disdukcapil, who has a submitted SKP waiting and a team to evaluate.
 */
async function writeDemoAgency(db: AppDb, at: string): Promise<string | undefined> {
  const demo = generateDemoAgency({ now: at });
  // The demo year is fixed (2026, as of 28 November) so the demo is the same on every machine.
  const year = generateDemoSkpYear(demo);
  await db.units.bulkPut(demo.units);
  await db.positions.bulkPut(demo.positions);
  await db.employees.bulkPut(demo.employees);
  await db.appraisalYears.put(year.year);
  await db.periods.bulkPut(year.periods);
  await db.skps.bulkPut(year.skps);
  await db.realisasi.bulkPut(year.realisasi);
  await db.evidence.bulkPut(year.evidence);
  await db.evidenceBlobs.bulkPut(year.evidenceFiles.map((f) => ({ id: f.id, data: new Blob([f.bytes as Uint8Array<ArrayBuffer>], { type: f.mime }) })));
  await db.feedback.bulkPut(year.feedback);
  await db.dialogs.bulkPut(year.dialogs);
  await db.feedbackPhrases.bulkPut(year.phrases);
  const { evaluations, orgResults } = generateDemoEvaluations(demo, year, at);
  await db.evaluations.bulkPut(evaluations);
  await db.orgResults.bulkPut(orgResults);
  await writeTrainingDemo(db, demo, year, evaluations, at);
  return demo.units.find((u) => u.name === 'Seksi Identitas Penduduk')?.headEmployeeId ?? undefined;
}

/** Replaces all agency data with the demo agency; settings and the audit log stay. */
export async function resetDemoData(db: AppDb, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', [db.settings, db.audit, ...agencyTables(db)], async () => {
    const at = now.toISOString();
    const before = await db.employees.count();
    await Promise.all(agencyTables(db).map((t) => t.clear()));
    await writeDemoAgency(db, at);
    const count = await db.employees.count();
    await db.settings.update('app', { demoLoadedAt: at });
    await appendAudit(db, {
      at,
      actor: DESK_ACTOR,
      action: 'reset',
      entity: 'demo',
      entityId: 'demo',
      summary: `Data demo dimuat ulang: ${before} pegawai dihapus, ${count} pegawai demo dimuat`,
    });
    return count;
  });
}

/** The logo has its own command (setAgencyLogo), which audits it by description rather than by bytes. */
export async function updateSettings(db: AppDb, input: Partial<Omit<Settings, 'id' | 'logo'>>): Promise<CommandResult> {
  return db.transaction('rw', [db.settings, db.audit], async () => {
    const current = (await db.settings.get('app')) ?? DEFAULT_SETTINGS;
    const parsed = SettingsSchema.safeParse({ ...current, ...input });
    if (!parsed.success) {
      return { ok: false as const, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
    }
    await db.settings.put(parsed.data);
    const changes = diffRecords(withoutLogo(current), withoutLogo(parsed.data));
    if (changes && Object.keys(changes).length > 0) {
      await appendAudit(db, { actor: DESK_ACTOR, action: 'settings', entity: 'settings', entityId: 'app', summary: 'Pengaturan diubah', changes });
    }
    return { ok: true as const };
  });
}

function withoutLogo(s: Settings): Omit<Settings, 'logo'> {
  const { logo: _logo, ...rest } = s;
  return rest;
}

export type LogoResult = { ok: true; changed: boolean } | { ok: false; problem: LogoProblem | null };

/** How the audit log names a logo: enough to tell which file it was, without its bytes. */
function describeLogo(logo: AgencyLogo | undefined): string | null {
  if (!logo) return null;
  const format = logo.mime === 'image/png' ? 'PNG' : 'JPEG';
  return `${logo.fileName} (${format}, ${logo.width}×${logo.height} piksel, ${logo.data.length} byte, SHA-256 ${sha256Hex(logo.data)})`;
}

/**
 * Sets (file) or removes (null) the agency logo printed on every document. The file is checked at
 * this boundary (PNG/JPEG by their bytes, size, pixel size); a refused file changes nothing. The
 * settings record and its audit entry are written in one transaction.
 */
export async function setAgencyLogo(db: AppDb, file: { fileName: string; data: Uint8Array } | null): Promise<LogoResult> {
  let logo: AgencyLogo | undefined;
  if (file) {
    const parsed = AgencyLogoFileSchema.safeParse(file);
    if (!parsed.success) return { ok: false, problem: logoProblemOf(parsed.error) };
    logo = parsed.data;
  }
  const after = describeLogo(logo);
  return db.transaction('rw', [db.settings, db.audit], async () => {
    const current = (await db.settings.get('app')) ?? DEFAULT_SETTINGS;
    const before = describeLogo(current.logo);
    if (before === after) return { ok: true as const, changed: false };
    const next = SettingsSchema.parse({ ...withoutLogo(current), ...(logo ? { logo } : {}) });
    await db.settings.put(next);
    const summary = !logo ? 'Logo instansi dihapus' : current.logo ? 'Logo instansi diganti' : 'Logo instansi dipasang';
    await appendAudit(db, { actor: DESK_ACTOR, action: 'settings', entity: 'settings', entityId: 'app', summary, changes: { logo: { from: before, to: after } } });
    return { ok: true as const, changed: true };
  });
}

export async function setLocale(db: AppDb, locale: Locale): Promise<void> {
  await db.transaction('rw', [db.settings], async () => {
    const current = (await db.settings.get('app')) ?? DEFAULT_SETTINGS;
    await db.settings.put({ ...current, locale });
  });
}
