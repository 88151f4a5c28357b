/**
 * What can be wrong with a backup file or an exchange package, as codes (architecture.md, pattern
 * 7). The UI words them through i18n keys `backup.error.<reason>` with the same params.
 */
export const BACKUP_PROBLEM_CODES = [
  'backup/not-a-backup',
  'backup/truncated',
  'backup/corrupted',
  'backup/checksum-mismatch',
  'backup/password-required',
  'backup/wrong-password',
  'backup/weak-password',
  'backup/wrong-kind',
  'backup/newer-format',
  'backup/newer-version',
  'backup/missing-entry',
  'backup/unexpected-entry',
  'backup/unknown-table',
  'backup/no-schema',
  'backup/invalid-record',
  'backup/duplicate-key',
  'backup/count-mismatch',
  'backup/audit-broken',
  'backup/record-hash',
  'backup/signature-invalid',
  'backup/unknown-desk',
  'backup/out-of-scope',
  'backup/unsupported-value',
  'backup/migration-failed',
  'backup/stale-preview',
  'backup/empty-package',
  'backup/key-clash',
] as const;
export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

export type BackupProblem = { code: BackupProblemCode; params?: Record<string, string | number> };

/** At most this many problems are listed: enough to show a pattern, not a wall of text. */
export const MAX_PROBLEMS = 20;

/** Thrown inside the pure readers; callers get it back as a list of problems. */
export class BackupFailure extends Error {
  readonly problems: BackupProblem[];
  constructor(problems: BackupProblem | BackupProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.code).join(', '));
    this.name = 'BackupFailure';
    this.problems = list;
  }
}

export function fail(code: BackupProblemCode, params?: BackupProblem['params']): never {
  throw new BackupFailure(params ? { code, params } : { code });
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: BackupProblem[] };

/** Runs a reader; a BackupFailure becomes a result, anything else (a bug) is rethrown. */
export async function checked<T>(run: () => Promise<T> | T): Promise<Checked<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof BackupFailure) return { ok: false, problems: error.problems };
    throw error;
  }
}
