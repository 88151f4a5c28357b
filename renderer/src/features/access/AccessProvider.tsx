import { Center, Loader } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { auditActorOf } from '@shared/domain/access';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { AccessContext, buildAccess, type DeskProfile, type LockControls } from './access-context';
import { ACTIVITY_EVENTS, createIdleTimer } from './app-lock';
import { LockScreen } from './LockScreen';
import { useStorageStartup } from './use-storage-startup';

const NO_TEAM: ReadonlySet<string> = new Set();

/** The Pejabat Penilai's team: employees whose SKP (any year) names the desk employee as penilai. */
function useTeam(profile: DeskProfile | null | undefined): ReadonlySet<string> | null {
  const db = useDb();
  const supervisor = profile?.role === 'penilai' ? (profile.employeeId ?? null) : null;
  return useLiveQuery(
    async () => {
      if (!supervisor) return NO_TEAM;
      const skps = await db.skps.where('penilai.employeeId').equals(supervisor).toArray();
      return new Set(skps.map((s) => s.employeeId).filter((id) => id !== supervisor));
    },
    [db, supervisor],
    null,
  );
}

/** Locks after the configured minutes without keyboard, pointer or scroll input. */
function useIdleLock(idleMinutes: number | null, lockNow: () => void): void {
  useEffect(() => {
    if (idleMinutes === null) return;
    const timer = createIdleTimer(idleMinutes * 60_000, lockNow);
    const options = { capture: true, passive: true } as const;
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, timer.poke, options);
    return () => {
      timer.stop();
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, timer.poke, options);
    };
  }, [idleMinutes, lockNow]);
}

/**
 * Gives the app its desk profile and app lock. While locked it renders the lock screen and nothing
 * else: no header, no navigation, no page, so no personal data sits in the DOM behind it.
 */
export function AccessProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const settings = useLiveQuery(() => db.settings.get('app'), [db], null);
  const team = useTeam(settings?.deskProfile);
  const deskProfile = settings?.deskProfile;
  // The audit log names who works here (domain: every change is kept with its author); set before
  // the page below can write anything.
  useLayoutEffect(() => {
    db.setDeskActor(auditActorOf(deskProfile));
  }, [db, deskProfile]);
  // Hashes unlocked in this session: the one typed at the lock screen, or one just set here.
  const [unlocked, setUnlocked] = useState<readonly string[]>([]);
  const appLock = settings?.appLock ?? null;
  const locked = appLock !== null && !unlocked.includes(appLock.hash);
  const lockNow = useCallback(() => {
    // Notifications live outside this gate (Root); they may name people, so they go too.
    notifications.clean();
    setUnlocked([]);
  }, []);
  const markUnlocked = useCallback((hash: string) => setUnlocked((list) => [...list, hash]), []);
  useIdleLock(appLock && !locked ? appLock.idleMinutes : null, lockNow);
  useHotkeys(appLock && !locked ? [['mod+shift+L', lockNow]] : []);
  useStorageStartup(t, locale === 'id' ? 'id-ID' : 'en-GB');

  const lock: LockControls = useMemo(
    () => ({ enabled: appLock !== null, idleMinutes: appLock?.idleMinutes ?? null, lockNow, markUnlocked }),
    [appLock, lockNow, markUnlocked],
  );
  const access = useMemo(() => buildAccess(settings?.deskProfile ?? null, team ?? NO_TEAM, lock), [settings?.deskProfile, team, lock]);

  if (settings === null || team === null) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (appLock && locked) return <LockScreen lock={appLock} onUnlocked={() => markUnlocked(appLock.hash)} />;
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}
