import { z } from 'zod';
import type { HostChannel } from './channels';
import { SIGNING_HOST_ERROR_CODES, signingContract } from './signing-contract';
import { BACKUP_HOST_ERROR_CODES, backupContract } from './backup-contract';
import { PRINT_HOST_ERROR_CODES } from './print';
import { FOLDER_HOST_ERROR_CODES, folderContract } from './folder-contract';

/**
 * The one host contract (architecture.md, pattern 3): every channel between the UI and the host
 * (Electron main process, or the browser) with zod schemas for its input and output. Main validates
 * input with these before a handler runs; the renderer validates output before it trusts it.
 */

const BytesSchema = z.instanceof(Uint8Array);

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(10),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

/** Largest file the host hands to the UI in one message (64 MiB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const SafeFileNameSchema = z
  .string()
  .min(1)
  .max(180)
  // Control characters are exactly what a file name must not contain.
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..', 'Nama berkas tidak sah');

export const hostContract = {
  'app:info': {
    input: z.undefined(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      platform: z.string(),
      electronVersion: z.string().optional(),
    }),
  },
  'file:save': {
    input: z.object({
      suggestedName: SafeFileNameSchema,
      filters: z.array(FileFilterSchema).max(10),
      data: BytesSchema.refine((d) => d.byteLength <= MAX_FILE_BYTES, 'Berkas terlalu besar'),
    }),
    /** A cancelled dialog is not an error (architecture.md, pattern 7). */
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), fileName: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  'file:open': {
    input: z.object({
      filters: z.array(FileFilterSchema).max(10),
      maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).optional(),
    }),
    output: z.discriminatedUnion('opened', [
      z.object({ opened: z.literal(true), fileName: z.string(), data: BytesSchema }),
      z.object({ opened: z.literal(false) }),
    ]),
  },
  /**
   * Shows a PDF the app made for printing: main opens a print-preview window with Chromium's PDF
   * viewer, the browser a hidden frame and its print dialog. Main checks the bytes are a PDF.
   */
  'pdf:print': {
    input: z.object({
      fileName: SafeFileNameSchema,
      data: BytesSchema.refine((d) => d.byteLength <= MAX_FILE_BYTES, 'Berkas terlalu besar'),
    }),
    output: z.object({ opened: z.literal(true) }),
  },
  ...folderContract,
  ...signingContract,
  ...backupContract,
} satisfies Record<HostChannel, { input: z.ZodType; output: z.ZodType }>;

export type HostContract = typeof hostContract;
export type HostInput<C extends HostChannel> = z.input<HostContract[C]['input']>;
export type HostOutput<C extends HostChannel> = z.output<HostContract[C]['output']>;

/** Expected failures travel as codes (architecture.md, pattern 7); the UI turns them into words. */
export const HOST_ERROR_CODES = [
  'host/invalid-input',
  'host/forbidden-sender',
  'host/unknown-channel',
  'host/internal',
  'file/too-large',
  'file/read-failed',
  'file/write-failed',
  ...SIGNING_HOST_ERROR_CODES,
  ...BACKUP_HOST_ERROR_CODES,
  ...PRINT_HOST_ERROR_CODES,
  ...FOLDER_HOST_ERROR_CODES,
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export const HostErrorSchema = z.object({
  code: z.enum(HOST_ERROR_CODES),
  detail: z.string().max(2000).optional(),
});
export type HostError = z.infer<typeof HostErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: HostError };

export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: HostErrorSchema }),
  ]);
}
