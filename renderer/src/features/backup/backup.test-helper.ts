import Dexie, { type DBCore, type Middleware } from 'dexie';
import { sha256Hex } from '@shared/crypto/sha256';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { exportBackup } from './backup.commands';

/** Test helpers: a fresh demo database per test, fixed clocks, and a fault switch for writes. */

export const NOW = new Date('2026-11-28T09:30:00.000Z');
export const LATER = new Date('2026-11-29T10:00:00.000Z');
export const APP_VERSION = '0.1.0-test';
export const PASSWORD = 'kata-sandi-uji-123';

/** Throws on the n-th table write while armed: an import or restore interrupted halfway. */
export type FaultSwitch = { armAfter(writes: number): void; disarm(): void };

function faultMiddleware(state: { left: number | null }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'test-fault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (state.left !== null && state.left-- <= 0) return Promise.reject(new Error(`simulated fault writing ${name}`));
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

export async function freshDb(options: { seed?: boolean; name?: string } = {}): Promise<AppDb & { fault: FaultSwitch }> {
  const db = new AppDb(options.name ?? `peka-backup-${crypto.randomUUID()}`) as AppDb & { fault: FaultSwitch };
  const state = { left: null as number | null };
  db.use(faultMiddleware(state));
  db.fault = { armAfter: (n) => void (state.left = n), disarm: () => void (state.left = null) };
  await db.open();
  if (options.seed !== false) {
    await ensureInitialised(db, new Date('2026-11-01T08:00:00.000Z'));
    await db.settings.update('app', { deskId: `desk-${db.name.slice(-8)}` });
  }
  return db;
}

export async function dropDb(db: AppDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** The plain backup at a fixed time: the database's whole content as bytes. */
export async function exportPlain(db: AppDb): Promise<Uint8Array> {
  return (await exportBackup(db, { appVersion: APP_VERSION, now: NOW })).bytes;
}

/** The SHA-256 of exportPlain: equal snapshots mean a byte-for-byte equal database. */
export async function snapshot(db: AppDb): Promise<string> {
  return sha256Hex(await exportPlain(db));
}
