import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostApi } from '@shared/host/host-api';
import type { AppDb } from '../../db/db';
import { createBrowserHost } from '../../host/browser-host';
import { checkBackup } from './backup.commands';
import { APP_VERSION, dropDb, freshDb } from './backup.test-helper';
import { runRollingBackup } from './rolling-backup';

/** A desktop host stand-in that keeps what main would write. */
function fakeDesktop(folder: string | null, fail = false) {
  const written: Uint8Array[] = [];
  const status = { supported: true, folder, keep: 3, lastWrittenAt: null, lastFileName: null };
  const host = {
    kind: 'electron',
    async call(channel: string, input: unknown) {
      if (channel === 'backup:rolling-status') return { ok: true, value: status };
      if (channel !== 'backup:rolling-write') throw new Error(channel);
      if (fail) return { ok: false, error: { code: 'backup/folder-unavailable' } };
      written.push((input as { data: Uint8Array }).data);
      return { ok: true, value: { written: true, fileName: `peka-cadangan-otomatis-${written.length}.pekabak`, removed: 0 } };
    },
  } as unknown as HostApi;
  return { host, written };
}

let db: AppDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => dropDb(db));

describe('automatic backups', { timeout: 60_000 }, () => {
  it('write a restorable backup, and not again while nothing changed', async () => {
    const { host, written } = fakeDesktop('/home/bkpsdm/Cadangan');
    expect(await runRollingBackup(db, host, APP_VERSION)).toMatchObject({ kind: 'written' });
    expect(await runRollingBackup(db, host, APP_VERSION)).toEqual({ kind: 'unchanged' });
    await db.employees.update('emp-0001', { name: 'Berubah' });
    expect(await runRollingBackup(db, host, APP_VERSION)).toMatchObject({ kind: 'written' });
    expect(written).toHaveLength(2);
    expect((await checkBackup(db, written[1]!)).ok).toBe(true);
  });

  it('do nothing without a folder or in the browser, and report a folder that has gone', async () => {
    expect(await runRollingBackup(db, fakeDesktop(null).host, APP_VERSION)).toEqual({ kind: 'off' });
    expect(await runRollingBackup(db, createBrowserHost(), APP_VERSION)).toEqual({ kind: 'off' });
    expect(await runRollingBackup(db, fakeDesktop('/media/usb', true).host, APP_VERSION)).toEqual({ kind: 'failed', code: 'backup/folder-unavailable', detail: undefined });
  });
});
