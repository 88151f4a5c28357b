import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/crypto/sha256';
import { emblemJpeg, emblemPng, GIF_1X1, noisyPng } from '../../../../tests/fixtures/logo-images';
import { verifyAuditLog } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { checkBackup, exportBackup, restoreBackup } from '../backup/backup.commands';
import { APP_VERSION, dropDb, type FaultSwitch, freshDb, LATER, NOW, PASSWORD } from '../backup/backup.test-helper';
import { setAgencyLogo, updateSettings } from './settings.commands';

let db: AppDb & { fault: FaultSwitch };
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => dropDb(db));

const PNG = emblemPng();
const logoEntries = async () => (await db.audit.where('entity').equals('settings').toArray()).filter((a) => a.changes?.['logo']);

describe('setAgencyLogo (Settings → Logo instansi)', () => {
  it('stores a PNG with the facts read from its bytes, audited by description and SHA-256, not by bytes', async () => {
    expect(await setAgencyLogo(db, { fileName: 'lambang-kota.png', data: PNG })).toEqual({ ok: true, changed: true });
    const logo = (await db.settings.get('app'))?.logo;
    expect(logo).toMatchObject({ fileName: 'lambang-kota.png', mime: 'image/png', width: 240, height: 288 });
    expect(logo?.data).toEqual(PNG);
    const [entry] = await logoEntries();
    expect(entry).toMatchObject({ action: 'settings', entityId: 'app', summary: 'Logo instansi dipasang' });
    expect(entry?.changes?.['logo']).toEqual({ from: null, to: `lambang-kota.png (PNG, 240×288 piksel, ${PNG.length} byte, SHA-256 ${sha256Hex(PNG)})` });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  it('replaces it with a JPEG, then removes it, each audited; choosing the same file again changes nothing', async () => {
    await setAgencyLogo(db, { fileName: 'lambang.png', data: PNG });
    expect(await setAgencyLogo(db, { fileName: 'lambang.png', data: PNG })).toEqual({ ok: true, changed: false });
    expect(await setAgencyLogo(db, { fileName: 'lambang.jpg', data: emblemJpeg() })).toEqual({ ok: true, changed: true });
    expect((await db.settings.get('app'))?.logo).toMatchObject({ mime: 'image/jpeg', width: 120, height: 144 });
    expect(await setAgencyLogo(db, null)).toEqual({ ok: true, changed: true });
    expect((await db.settings.get('app'))?.logo).toBeUndefined();
    expect((await logoEntries()).map((e) => e.summary)).toEqual(['Logo instansi dipasang', 'Logo instansi diganti', 'Logo instansi dihapus']);
  });

  it('a refused file (GIF, too large, truncated) saves nothing and keeps the logo in place', async () => {
    await setAgencyLogo(db, { fileName: 'lambang.png', data: PNG });
    const before = await db.settings.get('app');
    const audits = await db.audit.count();
    expect(await setAgencyLogo(db, { fileName: 'logo.png', data: GIF_1X1 })).toEqual({ ok: false, problem: { code: 'wrong-format', format: 'GIF' } });
    expect(await setAgencyLogo(db, { fileName: 'besar.png', data: noisyPng() })).toMatchObject({ ok: false, problem: { code: 'too-large', maxKb: 512 } });
    expect(await setAgencyLogo(db, { fileName: 'putus.png', data: PNG.subarray(0, 900) })).toEqual({ ok: false, problem: { code: 'damaged', format: 'PNG' } });
    expect(await db.settings.get('app')).toEqual(before);
    expect(await db.audit.count()).toBe(audits);
  });

  it('saving the other agency settings keeps the logo and does not put it in the audit diff', async () => {
    await setAgencyLogo(db, { fileName: 'lambang.png', data: PNG });
    expect(await updateSettings(db, { agencyName: 'PEMERINTAH KOTA CONTOH', signingPlace: 'Contoh', paperSize: 'F4' })).toEqual({ ok: true });
    const settings = await db.settings.get('app');
    expect(settings?.logo?.data).toEqual(PNG);
    const last = await db.audit.orderBy('id').last();
    expect(Object.keys(last?.changes ?? {}).sort()).toEqual(['agencyName', 'paperSize', 'signingPlace']);
  });
});

describe('backups keep the logo', { timeout: 60_000 }, () => {
  it('a backup with a logo restores it byte for byte (through the registry\'s settings schema)', async () => {
    await setAgencyLogo(db, { fileName: 'lambang-kota.png', data: PNG });
    const file = await exportBackup(db, { appVersion: APP_VERSION, now: NOW, password: PASSWORD });
    await setAgencyLogo(db, null);
    const checked = await checkBackup(db, file.bytes, { password: PASSWORD });
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    await restoreBackup(db, checked.value, { now: LATER });
    const logo = (await db.settings.get('app'))?.logo;
    expect(logo).toMatchObject({ fileName: 'lambang-kota.png', mime: 'image/png', width: 240, height: 288 });
    expect(logo?.data).toBeInstanceOf(Uint8Array);
    expect(sha256Hex(logo!.data)).toBe(sha256Hex(PNG));
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  it('a backup without a logo still restores (the field is optional)', async () => {
    const file = await exportBackup(db, { appVersion: APP_VERSION, now: NOW });
    await setAgencyLogo(db, { fileName: 'lambang.png', data: PNG });
    const checked = await checkBackup(db, file.bytes);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    await restoreBackup(db, checked.value, { now: LATER });
    expect((await db.settings.get('app'))?.logo).toBeUndefined();
  });
});
