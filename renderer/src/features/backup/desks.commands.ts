import { KNOWN_DESKS_ID, type KnownDesk, type KnownDesksRecord, KnownDeskSchema } from '@shared/backup/desks';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';

/**
 * Desk identity: each desk gets a random id the first time it makes a file, and HR keeps the list
 * of desks whose exchange packages it accepts. Both changes are recorded in the audit log.
 */

function knownDesksTable(db: AppDb) {
  return db.table<KnownDesksRecord, string>('settings');
}

/** This desk's id, created (and audited) on first use. */
export async function ensureDeskId(db: AppDb, now: Date = new Date()): Promise<string> {
  return db.transaction('rw', [db.settings, db.audit], async () => {
    const settings = await db.settings.get('app');
    if (!settings) throw new Error('settings missing: ensureInitialised must run first');
    if (settings.deskId) return settings.deskId;
    const deskId = `meja-${crypto.randomUUID()}`;
    await db.settings.update('app', { deskId });
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'settings', entity: 'settings', entityId: 'app', summary: `Identitas meja dibuat: ${deskId}`, changes: { deskId: { from: null, to: deskId } } });
    return deskId;
  });
}

export async function readKnownDesks(db: AppDb): Promise<KnownDesk[]> {
  return (await knownDesksTable(db).get(KNOWN_DESKS_ID))?.desks ?? [];
}

export type DeskResult = { ok: true } | { ok: false; reason: 'invalid' | 'exists' };

/** HR registers a desk it trusts (usually straight from a package's preview). */
export async function registerDesk(db: AppDb, input: { deskId: string; label: string }, now: Date = new Date()): Promise<DeskResult> {
  const parsed = KnownDeskSchema.safeParse({ ...input, registeredAt: now.toISOString() });
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  return db.transaction('rw', [db.settings, db.audit], async () => {
    const desks = await readKnownDesks(db);
    if (desks.some((d) => d.deskId === parsed.data.deskId)) return { ok: false as const, reason: 'exists' as const };
    await knownDesksTable(db).put({ id: KNOWN_DESKS_ID, desks: [...desks, parsed.data] });
    await appendAudit(db, { at: parsed.data.registeredAt, actor: DESK_ACTOR, action: 'create', entity: 'desk', entityId: parsed.data.deskId, summary: `Meja tepercaya didaftarkan: ${parsed.data.label}` });
    return { ok: true as const };
  });
}

export async function forgetDesk(db: AppDb, deskId: string, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', [db.settings, db.audit], async () => {
    const desks = await readKnownDesks(db);
    const desk = desks.find((d) => d.deskId === deskId);
    if (!desk) return;
    await knownDesksTable(db).put({ id: KNOWN_DESKS_ID, desks: desks.filter((d) => d.deskId !== deskId) });
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'delete', entity: 'desk', entityId: deskId, summary: `Meja dihapus dari daftar tepercaya: ${desk.label}` });
  });
}
