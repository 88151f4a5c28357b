import { z } from 'zod';

/**
 * Bulk export into a folder (issue 6: "into a folder, one file per employee with a predictable
 * name"), desktop only. The renderer never names a path: 'folder:begin' asks the user for a parent
 * folder in main's own dialog, and main writes every file into a hidden staging folder there.
 * 'folder:finish' either renames the staging folder to its final name in one step or deletes it,
 * so a cancelled or failed export leaves no half-written folder behind.
 */

/** Any Uint8Array (a Node Buffer too). */
const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Harus berupa Uint8Array');

/** Largest single file of a folder export (64 MiB, as file:save). */
export const MAX_FOLDER_FILE_BYTES = 64 * 1024 * 1024;
/** Most files in one folder export (a city's ASN with room to spare). */
export const MAX_FOLDER_FILES = 50_000;

const NameSchema = z
  .string()
  .trim()
  .min(1)
  .max(180)
  // Control characters are exactly what a file or folder name must not contain.
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s) && s !== '.' && s !== '..' && !s.startsWith('.'), 'Nama berkas tidak sah');

const TokenSchema = z.string().regex(/^[a-f0-9]{32}$/, 'Token ekspor tidak sah');

export const folderContract = {
  'folder:begin': {
    input: z.object({ folderName: NameSchema }),
    /** A cancelled dialog is not an error. */
    output: z.discriminatedUnion('chosen', [z.object({ chosen: z.literal(true), token: TokenSchema }), z.object({ chosen: z.literal(false) })]),
  },
  'folder:write': {
    input: z.object({ token: TokenSchema, fileName: NameSchema, data: BytesSchema.refine((d) => d.byteLength <= MAX_FOLDER_FILE_BYTES, 'Berkas terlalu besar') }),
    output: z.object({ written: z.number().int().min(1) }),
  },
  'folder:finish': {
    input: z.object({ token: TokenSchema, keep: z.boolean() }),
    output: z.discriminatedUnion('kept', [
      z.object({ kept: z.literal(true), folderName: z.string().max(255), files: z.number().int().min(0) }),
      z.object({ kept: z.literal(false) }),
    ]),
  },
};

export const FOLDER_HOST_ERROR_CODES = [
  /** A folder export in a host that cannot write folders (the browser: it exports a ZIP instead). */
  'folder/unsupported',
  /** An unknown or finished export token, or a file name written twice. */
  'folder/invalid-session',
] as const;
