/**
 * A coded, explained problem (architecture.md, "errors in three lanes"): `code` is stable for
 * programs and tests (`domain/reason`), `message` is Bahasa Indonesia for people and names both the
 * problem and the fix.
 */
export interface Reason {
  code: string;
  message: string;
}

/** A result that is either a value or every reason it could not be produced. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reasons: Reason[] };
