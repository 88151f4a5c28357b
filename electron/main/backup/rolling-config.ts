import { z } from 'zod';
import { ROLLING_KEEP_DEFAULT, ROLLING_KEEP_MAX, ROLLING_KEEP_MIN } from '@shared/host/backup-contract';

/** Main's own record of the rolling-backup folder (userData/rolling-backup.json). */
export const ROLLING_CONFIG_FILE = 'rolling-backup.json';

export const RollingConfigSchema = z.object({
  v: z.literal(1),
  folder: z.string().min(1).max(4096).nullable(),
  keep: z.number().int().min(ROLLING_KEEP_MIN).max(ROLLING_KEEP_MAX),
  lastWrittenAt: z.iso.datetime().nullable(),
  lastFileName: z.string().max(255).nullable(),
});
export type RollingConfig = z.infer<typeof RollingConfigSchema>;

export const DEFAULT_ROLLING_CONFIG: RollingConfig = { v: 1, folder: null, keep: ROLLING_KEEP_DEFAULT, lastWrittenAt: null, lastFileName: null };

/** Names main gives its files; only files named like this are ever pruned. */
export const ROLLING_NAME = /^peka-cadangan-otomatis-\d{8}-\d{6}\.pekabak$/;

export function rollingFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `peka-cadangan-otomatis-${day}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}.pekabak`;
}

export function parseRollingConfig(text: string | null): RollingConfig {
  if (text === null) return DEFAULT_ROLLING_CONFIG;
  try {
    const parsed = RollingConfigSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_ROLLING_CONFIG;
  } catch {
    return DEFAULT_ROLLING_CONFIG;
  }
}
