import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { useAppVersion } from './backup-ui';
import { runRollingBackup } from './rolling-backup';

/** First automatic backup a little after start (not during start-up work), then every half hour. */
export const ROLLING_FIRST_DELAY_MS = 2 * 60_000;
export const ROLLING_INTERVAL_MS = 30 * 60_000;

/**
 * Runs automatic backups while the app is open (desktop only). Renders nothing; mount it once
 * inside the providers, e.g. next to the router in App.tsx. A failing folder is reported once.
 */
export function RollingBackupRunner() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const version = useAppVersion();
  const warned = useRef(false);
  useEffect(() => {
    if (host.kind !== 'electron' || !version) return;
    const run = async () => {
      const result = await runRollingBackup(db, host, version);
      if (result.kind === 'written') warned.current = false;
      if (result.kind !== 'failed' || warned.current) return;
      warned.current = true;
      const message = result.code === 'backup/folder-unavailable' ? t('backup.rolling.folderUnavailable') : t('backup.rolling.failed', { detail: result.detail ?? result.code });
      notifications.show({ color: 'red', title: t('backup.rolling.title'), message, autoClose: false });
    };
    const first = setTimeout(() => void run(), ROLLING_FIRST_DELAY_MS);
    const every = setInterval(() => void run(), ROLLING_INTERVAL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [db, host, version, t]);
  return null;
}
