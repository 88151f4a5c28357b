import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoAgency } from '@shared/demo/generate';
import { generateDemoSkpYear } from '@shared/demo/skp-demo';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { ensureInitialised, resetDemoData, setLocale, updateSettings } from './settings.commands';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-settings-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const demoCount = generateDemoAgency().employees.length;

describe('first start', () => {
  it('loads the default settings and the demo agency once', async () => {
    expect(await ensureInitialised(db, new Date('2026-02-01T00:00:00Z'))).toBe('created');
    expect(await db.employees.count()).toBe(demoCount);
    const settings = await db.settings.get('app');
    expect(settings).toMatchObject({ agencyName: 'PEMERINTAH KOTA TANGERANG SELATAN', signingPlace: 'Tangerang Selatan', paperSize: 'A4', locale: 'id', demoLoadedAt: '2026-02-01T00:00:00.000Z' });
    const year = generateDemoSkpYear(generateDemoAgency());
    expect(await db.skps.count()).toBe(year.skps.length);
    expect(await db.periods.count()).toBe(4);
    const file = year.evidence.find((e) => e.kind === 'file')!;
    const blob = await db.evidenceBlobs.get(file.id);
    expect(blob?.data.size).toBe(file.size);
    expect(await ensureInitialised(db)).toBe('existing');
    expect(await db.employees.count()).toBe(demoCount);
    expect(await db.audit.where('entity').equals('demo').count()).toBe(1);
    expect(await verifyAuditLog(db)).toEqual({ ok: true, count: 1 });
  });

  it('leaves nothing behind when the first start fails halfway', async () => {
    // A unit with the id the demo uses, but a conflicting unique NIP in employees makes bulkPut fail.
    const clash = generateDemoAgency().employees.find((e) => e.nip)!;
    await db.employees.put({ ...clash, id: 'someone-else' });
    await expect(ensureInitialised(db)).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
    expect(await db.units.count()).toBe(0);
    expect(await db.employees.count()).toBe(1);
  });
});

describe('settings', () => {
  beforeEach(async () => {
    await ensureInitialised(db);
  });

  it('saves valid settings and records the change in the audit log', async () => {
    const result = await updateSettings(db, { agencyName: 'PEMERINTAH KOTA CONTOH', signingPlace: 'Contoh', paperSize: 'F4' });
    expect(result).toEqual({ ok: true });
    expect(await db.settings.get('app')).toMatchObject({ agencyName: 'PEMERINTAH KOTA CONTOH', paperSize: 'F4' });
    const entry = await db.audit.where('entity').equals('settings').last();
    expect(entry?.changes?.['paperSize']).toEqual({ from: 'A4', to: 'F4' });
  });

  it('refuses an empty agency name with an Indonesian message at the field and keeps the old value', async () => {
    const result = await updateSettings(db, { agencyName: '  ', signingPlace: 'Contoh', paperSize: 'A4' });
    expect(result).toEqual({ ok: false, issues: [{ path: 'agencyName', message: 'Nama instansi wajib diisi' }] });
    expect((await db.settings.get('app'))?.agencyName).toBe('PEMERINTAH KOTA TANGERANG SELATAN');
  });

  it('remembers the language', async () => {
    await setLocale(db, 'en');
    expect((await db.settings.get('app'))?.locale).toBe('en');
  });

  it('reset demo data replaces the organisation but keeps the settings', async () => {
    await updateSettings(db, { agencyName: 'PEMERINTAH KOTA CONTOH', signingPlace: 'Contoh', paperSize: 'A4' });
    await db.employees.delete((await db.employees.toCollection().first())!.id);
    expect(await resetDemoData(db)).toBe(demoCount);
    expect(await db.employees.count()).toBe(demoCount);
    expect((await db.settings.get('app'))?.agencyName).toBe('PEMERINTAH KOTA CONTOH');
    expect((await db.audit.toArray()).filter((a) => a.action === 'reset').length).toBe(1);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });
});
