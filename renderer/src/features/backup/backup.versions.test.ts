import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/schemas/entities';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { LATEST_VERSION } from '../../db/schema-versions';
import { checkBackup, exportBackup, restoreBackup } from './backup.commands';
import { APP_VERSION, dropDb, freshDb, NOW, snapshot } from './backup.test-helper';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const AT = '2025-03-01T08:00:00.000Z';
const employee = { id: 'e1', kind: 'pns', nip: '199512162025061001', name: 'Siti Aminah', birthDate: '1995-12-16', sex: 'P', golonganRuang: 'III/a', positionId: 'p1', unitId: 'u1', status: 'aktif', searchKey: 'siti aminah 199512162025061001', createdAt: AT, updatedAt: AT };

/** A desk still on schema version 4: audit entries not yet sealed into a hash chain (v5 does that). */
async function version4Backup(): Promise<Uint8Array> {
  const name = `peka-backup-v4-${crypto.randomUUID()}`;
  names.push(name);
  const v4 = new AppDb(name, 4);
  await v4.open();
  await v4.table('settings').put({ ...DEFAULT_SETTINGS, deskId: 'meja-lama' });
  await v4.table('units').put({ id: 'u1', name: 'Bagian Umum', kind: 'bagian', parentId: null, headEmployeeId: null });
  await v4.table('positions').put({ id: 'p1', name: 'Analis', type: 'jf-keahlian', unitId: 'u1', jfLevel: 'ahli-pertama' });
  await v4.table('employees').put(employee);
  await v4.table('audit').bulkAdd([
    { at: AT, actor: 'pengguna', action: 'create', entity: 'employee', entityId: 'e1', summary: 'Pegawai ditambahkan' },
    { at: AT, actor: 'pengguna', action: 'update', entity: 'employee', entityId: 'e1', summary: 'Pegawai diubah' },
  ]);
  const file = await exportBackup(v4, { appVersion: '0.0.9', now: NOW });
  expect(file.manifest.schemaVersion).toBe(4);
  v4.close();
  return file.bytes;
}

describe('backups across versions', { timeout: 60_000 }, () => {
  it('brings a backup from an older version up to date through the regular upgrades', async () => {
    const bytes = await version4Backup();
    const db = await freshDb();
    try {
      const checked = await checkBackup(db, bytes);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      expect(Object.keys(checked.value.tables).sort()).toEqual(db.dataTables.map((t) => t.name).sort());
      const audit = checked.value.tables['audit'] as { hash?: string }[];
      expect(audit.every((e) => /^[0-9a-f]{64}$/.test(e.hash ?? ''))).toBe(true);
      await restoreBackup(db, checked.value, { now: NOW });
      expect(await db.employees.toArray()).toMatchObject([{ id: 'e1', name: 'Siti Aminah' }]);
      expect(await db.skps.count()).toBe(0);
      expect(await verifyAuditLog(db)).toEqual({ ok: true, count: 3 });
      expect((await db.settings.get('app'))?.deskId).toBe('meja-lama');
    } finally {
      await dropDb(db);
    }
  });

  it('writes the schema version of the database it was taken from', async () => {
    const db = await freshDb();
    try {
      const file = await exportBackup(db, { appVersion: APP_VERSION, now: NOW });
      expect(file.manifest.schemaVersion).toBe(LATEST_VERSION);
      expect(file.manifest.tables).toEqual(Object.fromEntries(await Promise.all(db.dataTables.map(async (t) => [t.name, await t.count()]))));
      // The scratch database used for upgrading is gone again, and the real one untouched.
      const before = await snapshot(db);
      await checkBackup(db, await version4Backup());
      expect(await snapshot(db)).toEqual(before);
      expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('peka-restore-'))).toEqual([]);
    } finally {
      await dropDb(db);
    }
  });
});
