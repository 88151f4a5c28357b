import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsSchema } from '@shared/schemas/entities';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { removeAppLock, saveAppLock, saveDeskProfile } from './access.commands';
import { verifyPassword } from './app-lock';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-access-${Math.random()}`);
  await db.open();
  await ensureInitialised(db, new Date('2026-11-28T05:00:00Z'));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const settings = async () => SettingsSchema.parse(await db.settings.get('app'));

describe('app password', () => {
  it('stores a salted hash with idle minutes, never the password, and audits without the hash', async () => {
    let before: string | undefined;
    const result = await saveAppLock(db, { password: 'meja-bersama-1', repeat: 'meja-bersama-1', idleMinutes: 10, beforeWrite: (l) => (before = l.hash) });
    expect(result.ok).toBe(true);
    const { appLock } = await settings();
    expect(appLock).toMatchObject({ iterations: 600_000, idleMinutes: 10 });
    expect(before).toBe(appLock?.hash);
    expect(await verifyPassword('meja-bersama-1', appLock!)).toBe(true);
    const everything = JSON.stringify({ s: await db.settings.toArray(), a: await db.audit.toArray() });
    expect(everything).not.toContain('meja-bersama-1');
    const last = await db.audit.orderBy('id').last();
    expect(last?.summary).toBe('Kata sandi aplikasi dipasang');
    expect(JSON.stringify(last)).not.toContain(appLock!.hash);
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('refuses a short or mistyped new password and an idle time out of range', async () => {
    expect(await saveAppLock(db, { password: 'pendek', repeat: 'pendek', idleMinutes: 10 })).toEqual({ ok: false, problem: 'too-short' });
    expect(await saveAppLock(db, { password: 'cukup-panjang', repeat: 'cukup-panjang!', idleMinutes: 10 })).toEqual({ ok: false, problem: 'mismatch' });
    expect(await saveAppLock(db, { password: 'cukup-panjang', repeat: 'cukup-panjang', idleMinutes: 0 })).toEqual({ ok: false, problem: 'idle-range' });
    expect((await settings()).appLock).toBeUndefined();
  });

  it('changes the idle time or the password, and removes it, only with the current password', async () => {
    await saveAppLock(db, { password: 'meja-bersama-1', repeat: 'meja-bersama-1', idleMinutes: 10 });
    const first = (await settings()).appLock!;
    expect(await saveAppLock(db, { current: 'salah-tebak', idleMinutes: 5 })).toEqual({ ok: false, problem: 'wrong-password' });
    expect((await saveAppLock(db, { current: 'meja-bersama-1', idleMinutes: 5 })).ok).toBe(true);
    expect((await settings()).appLock).toEqual({ ...first, idleMinutes: 5 });
    expect((await saveAppLock(db, { current: 'meja-bersama-1', password: 'meja-bersama-2', repeat: 'meja-bersama-2', idleMinutes: 5 })).ok).toBe(true);
    expect(await removeAppLock(db, 'meja-bersama-1')).toEqual({ ok: false, problem: 'wrong-password' });
    expect(await removeAppLock(db, 'meja-bersama-2')).toEqual({ ok: true, lock: null });
    expect((await settings()).appLock).toBeUndefined();
  });
});

describe('desk profile', () => {
  it('a Pejabat Penilai needs an active employee, who becomes the desk employee', async () => {
    expect(await saveDeskProfile(db, { role: 'penilai', name: 'Yuli' })).toEqual({ ok: false, problem: 'employee' });
    expect(await saveDeskProfile(db, { role: 'penilai', employeeId: 'emp-nope', name: 'Yuli' })).toEqual({ ok: false, problem: 'employee-missing' });
    expect((await saveDeskProfile(db, { role: 'penilai', employeeId: 'emp-0027', name: ' Yuli Wahyuni ' })).ok).toBe(true);
    expect(await settings()).toMatchObject({ deskProfile: { role: 'penilai', employeeId: 'emp-0027', name: 'Yuli Wahyuni' }, deskEmployeeId: 'emp-0027' });
    expect((await db.audit.orderBy('id').last())?.summary).toBe('Profil meja: Pejabat Penilai — Yuli Wahyuni');
  });

  it('with an app password, only someone who knows it changes the profile', async () => {
    await saveAppLock(db, { password: 'meja-bersama-1', repeat: 'meja-bersama-1', idleMinutes: 10 });
    expect(await saveDeskProfile(db, { role: 'hr', name: 'BKPSDM' })).toEqual({ ok: false, problem: 'wrong-password' });
    expect(await saveDeskProfile(db, { role: 'hr', name: 'BKPSDM' }, 'salah')).toEqual({ ok: false, problem: 'wrong-password' });
    expect((await saveDeskProfile(db, { role: 'pelatih', name: 'Diklat' }, 'meja-bersama-1')).ok).toBe(true);
    expect((await settings()).deskProfile).toEqual({ role: 'pelatih', name: 'Diklat' });
  });
});
