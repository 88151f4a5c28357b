import { z } from 'zod';
import { inspectLogo, LOGO_MIMES, type LogoProblem } from '../domain/agency-logo';
import { createTranslator, type MessageKey, type Translate } from '../i18n/translate';

const PROBLEM_KEYS: Record<LogoProblem['code'] | 'mismatch', MessageKey> = {
  empty: 'settings.logo.problem.empty',
  'not-image': 'settings.logo.problem.not-image',
  'wrong-format': 'settings.logo.problem.wrong-format',
  'too-large': 'settings.logo.problem.too-large',
  damaged: 'settings.logo.problem.damaged',
  'unsupported-jpeg': 'settings.logo.problem.unsupported-jpeg',
  'too-small': 'settings.logo.problem.too-small',
  'too-many-pixels': 'settings.logo.problem.too-many-pixels',
  aspect: 'settings.logo.problem.aspect',
  mismatch: 'settings.logo.problem.mismatch',
};

/** What is wrong with a logo file and how to fix it, in the given language. */
export function logoProblemText(t: Translate, problem: LogoProblem | { code: 'mismatch' }): string {
  const { code, ...params } = problem;
  return t(PROBLEM_KEYS[code], params);
}

/** Schema messages are Indonesian, like the others; the UI translates from the problem instead. */
const indonesian = createTranslator('id');

/**
 * The logo as stored in the settings record (and so in every backup, as bytes). The description is
 * re-checked against the bytes, so a backup edited by hand cannot bring in a file that was refused.
 */
export const AgencyLogoSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    mime: z.enum(LOGO_MIMES),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    data: z.instanceof(Uint8Array),
  })
  .superRefine((logo, ctx) => {
    const check = inspectLogo(logo.data);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', path: ['data'], message: logoProblemText(indonesian, check.problem), params: { problem: check.problem } });
    } else if (check.info.mime !== logo.mime || check.info.width !== logo.width || check.info.height !== logo.height) {
      ctx.addIssue({ code: 'custom', path: ['data'], message: logoProblemText(indonesian, { code: 'mismatch' }) });
    }
  });
export type AgencyLogo = z.infer<typeof AgencyLogoSchema>;

/** A base name the audit log and the Settings page can show ("logo.png"); never a path. */
function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.trim().slice(0, 255) || 'logo';
}

/**
 * The boundary: a file the user chose, as bytes. Becomes the stored logo (format and pixel size
 * read from the bytes) or fails with one issue whose `params.problem` says what is wrong.
 */
export const AgencyLogoFileSchema = z
  .object({ fileName: z.string().max(1000), data: z.instanceof(Uint8Array) })
  .transform((file, ctx): AgencyLogo => {
    const check = inspectLogo(file.data);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', path: ['data'], message: logoProblemText(indonesian, check.problem), params: { problem: check.problem } });
      return z.NEVER;
    }
    return { fileName: baseName(file.fileName), ...check.info, data: file.data };
  });

/** The problem a failed parse of either schema carries, if it came from the bytes. */
export function logoProblemOf(error: z.ZodError): LogoProblem | null {
  for (const issue of error.issues) {
    const problem = (issue as { params?: { problem?: LogoProblem } }).params?.problem;
    if (problem) return problem;
  }
  return null;
}
