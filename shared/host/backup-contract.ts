import { z } from 'zod';

/**
 * The rolling-backup channels of the host contract (desktop only). The renderer never names a
 * path: main keeps the folder the user picked in its own dialog and writes only there, under
 * names it makes itself, and prunes only files with that name pattern.
 */

/** Any Uint8Array (a Node Buffer too). */
const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Harus berupa Uint8Array');

/** Largest rolling backup (512 MiB: the database with all evidence files and signed documents). */
export const MAX_ROLLING_BACKUP_BYTES = 512 * 1024 * 1024;
export const ROLLING_KEEP_MIN = 1;
export const ROLLING_KEEP_MAX = 100;
export const ROLLING_KEEP_DEFAULT = 10;

export const RollingStatusSchema = z.object({
  /** False in the browser: a web page cannot write to a folder by itself. */
  supported: z.boolean(),
  /** The folder's full path as the user picked it (shown, never sent back). */
  folder: z.string().max(4096).nullable(),
  keep: z.number().int().min(ROLLING_KEEP_MIN).max(ROLLING_KEEP_MAX),
  lastWrittenAt: z.iso.datetime().nullable(),
  lastFileName: z.string().max(255).nullable(),
});
export type RollingStatus = z.infer<typeof RollingStatusSchema>;

export const backupContract = {
  'backup:rolling-status': { input: z.undefined(), output: RollingStatusSchema },
  'backup:rolling-configure': {
    input: z.discriminatedUnion('action', [
      z.object({ action: z.literal('choose-folder') }),
      z.object({ action: z.literal('set-keep'), keep: z.number().int().min(ROLLING_KEEP_MIN).max(ROLLING_KEEP_MAX) }),
      z.object({ action: z.literal('turn-off') }),
    ]),
    output: RollingStatusSchema,
  },
  'backup:rolling-write': {
    input: z.object({ data: BytesSchema.refine((d) => d.byteLength > 0 && d.byteLength <= MAX_ROLLING_BACKUP_BYTES, 'Ukuran cadangan tidak sah') }),
    output: z.discriminatedUnion('written', [
      z.object({ written: z.literal(true), fileName: z.string(), removed: z.number().int().nonnegative() }),
      z.object({ written: z.literal(false) }),
    ]),
  },
} as const;

export const BACKUP_HOST_ERROR_CODES = ['backup/folder-unavailable'] as const;
