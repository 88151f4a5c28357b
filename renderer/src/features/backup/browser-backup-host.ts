import { ROLLING_KEEP_DEFAULT, type RollingStatus } from '@shared/host/backup-contract';
import type { HostOutput } from '@shared/host/contract';

/**
 * The rolling-backup channels in the browser: a web page cannot write into a folder on its own, so
 * automatic backups are not possible there; the UI says so and offers the manual download instead.
 */
const UNSUPPORTED: RollingStatus = { supported: false, folder: null, keep: ROLLING_KEEP_DEFAULT, lastWrittenAt: null, lastFileName: null };

export function createBrowserBackupHandlers() {
  return {
    'backup:rolling-status': async (): Promise<HostOutput<'backup:rolling-status'>> => UNSUPPORTED,
    'backup:rolling-configure': async (): Promise<HostOutput<'backup:rolling-configure'>> => UNSUPPORTED,
    'backup:rolling-write': async (): Promise<HostOutput<'backup:rolling-write'>> => ({ written: false }),
  };
}
