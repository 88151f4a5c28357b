import { checkDeskProfile, type DeskProfileInput, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '@shared/domain/access';
import type { Settings } from '@shared/schemas/entities';
import { SettingsSchema } from '@shared/schemas/entities';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { type AppLock, checkNewPassword, hashPassword, lockSupported, type PasswordProblem, verifyPassword } from './app-lock';

export type AccessProblem = PasswordProblem | 'wrong-password' | 'idle-range' | 'changed' | 'name' | 'employee' | 'employee-missing' | 'unsupported';
export type AccessResult = { ok: true; lock: AppLock | null } | { ok: false; problem: AccessProblem };

const fail = (problem: AccessProblem): AccessResult => ({ ok: false, problem });

/** The current password must match before the lock or the desk profile changes (hashing runs outside any transaction). */
async function checkCurrent(settings: Settings | undefined, current: string | undefined): Promise<boolean> {
  if (!settings?.appLock) return true;
  return current !== undefined && (await verifyPassword(current, settings.appLock));
}

/**
 * Writes settings in one transaction, but only if the lock is still the one checked above
 * (someone changing it in between would otherwise be overwritten). The audit entry says what
 * happened, never the hash or salt.
 */
async function writeSettings(db: AppDb, expected: AppLock | undefined, patch: Partial<Settings>, summary: string): Promise<AccessResult> {
  return db.transaction('rw', [db.settings, db.audit], async () => {
    const now = await db.settings.get('app');
    if (!now || now.appLock?.hash !== expected?.hash) return fail('changed');
    const next = SettingsSchema.parse(Object.fromEntries(Object.entries({ ...now, ...patch }).filter(([, v]) => v !== undefined)));
    await db.settings.put(next);
    await appendAudit(db, { actor: DESK_ACTOR, action: 'settings', entity: 'settings', entityId: 'app', summary });
    return { ok: true as const, lock: next.appLock ?? null };
  });
}

export type LockInput = {
  current?: string | undefined;
  password?: string | undefined;
  repeat?: string | undefined;
  idleMinutes: number;
  /** Called with the new lock just before it is stored (the gate marks it unlocked for this session). */
  beforeWrite?: (lock: AppLock) => void;
};

/** Sets, changes, or only re-times the app password; a new password needs its repetition. */
export async function saveAppLock(db: AppDb, input: LockInput): Promise<AccessResult> {
  if (!lockSupported()) return fail('unsupported');
  const settings = await db.settings.get('app');
  const existing = settings?.appLock;
  if (!Number.isInteger(input.idleMinutes) || input.idleMinutes < MIN_IDLE_MINUTES || input.idleMinutes > MAX_IDLE_MINUTES) return fail('idle-range');
  if (!(await checkCurrent(settings, input.current))) return fail('wrong-password');
  const changing = !existing || !!input.password;
  if (changing) {
    const problem = checkNewPassword(input.password ?? '', input.repeat ?? '');
    if (problem) return fail(problem);
  }
  const hash = changing ? await hashPassword(input.password ?? '') : existing;
  if (!hash) return fail('changed');
  const lock: AppLock = { salt: hash.salt, hash: hash.hash, iterations: hash.iterations, idleMinutes: input.idleMinutes };
  input.beforeWrite?.(lock);
  const summary = !existing ? 'Kata sandi aplikasi dipasang' : changing ? 'Kata sandi aplikasi diganti' : `Kunci otomatis diubah menjadi ${input.idleMinutes} menit`;
  return writeSettings(db, existing, { appLock: lock }, summary);
}

export async function removeAppLock(db: AppDb, current: string): Promise<AccessResult> {
  const settings = await db.settings.get('app');
  if (!settings?.appLock) return { ok: true, lock: null };
  if (!lockSupported()) return fail('unsupported');
  if (!(await checkCurrent(settings, current))) return fail('wrong-password');
  return writeSettings(db, settings.appLock, { appLock: undefined }, 'Kata sandi aplikasi dihapus');
}

const ROLE_WORD: Record<DeskProfileInput['role'], string> = { hr: 'HR', penilai: 'Pejabat Penilai', pelatih: 'Pelatih' };

/**
 * Switches the desk profile. With an app password set, only someone who knows it may do so;
 * a Pejabat Penilai's employee also becomes the desk employee of the "my team" views.
 */
export async function saveDeskProfile(db: AppDb, profile: DeskProfileInput, current?: string): Promise<AccessResult> {
  const settings = await db.settings.get('app');
  if (settings?.appLock && !lockSupported()) return fail('unsupported');
  if (!(await checkCurrent(settings, current))) return fail('wrong-password');
  const employee = profile.employeeId ? await db.employees.get(profile.employeeId) : undefined;
  const [problem] = checkDeskProfile(profile, () => employee !== undefined && employee.status === 'aktif');
  if (problem) return fail(problem);
  const deskProfile = { role: profile.role, name: profile.name.trim(), ...(profile.employeeId ? { employeeId: profile.employeeId } : {}) };
  const patch: Partial<Settings> = { deskProfile, ...(profile.employeeId ? { deskEmployeeId: profile.employeeId } : {}) };
  return writeSettings(db, settings?.appLock, patch, `Profil meja: ${ROLE_WORD[profile.role]} — ${deskProfile.name}`);
}
