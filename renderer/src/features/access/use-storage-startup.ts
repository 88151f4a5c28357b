import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { Translate } from '@shared/i18n/translate';
import { formatBytes, readStorageStatus, requestPersistentStorage } from './storage';

let warned = false;

/**
 * At start: ask for persistent storage (once), then warn when the app's storage is at 80 % of
 * what the engine allows, long before a save fails for lack of space.
 */
export function useStorageStartup(t: Translate, locale: string): void {
  useEffect(() => {
    let live = true;
    void (async () => {
      await requestPersistentStorage();
      const status = await readStorageStatus();
      if (!live || warned || !status || (status.level !== 'warn' && status.level !== 'critical')) return;
      warned = true;
      notifications.show({
        color: status.level === 'critical' ? 'red' : 'orange',
        title: t('access.storage.warnTitle'),
        message: t('access.storage.warnBody', {
          percent: Math.round(status.ratio * 100),
          usage: formatBytes(status.usage, locale),
          quota: formatBytes(status.quota, locale),
        }),
        autoClose: false,
      });
    })();
    return () => {
      live = false;
    };
  }, [t, locale]);
}
