/**
 * Which records belong in a supervisor's exchange package (issue: "the evaluations, feedback,
 * evidence and signed documents of their team for a period"). Tables are picked in stages: first
 * the evaluations the supervisor made for the period, then what those refer to, then the bytes.
 * A table without a rule never leaves the desk in a package.
 */
export type ExchangeSelection = {
  supervisorId: string;
  periodId: string;
  /** Records already picked from a table (an earlier stage). */
  picked(table: string): readonly unknown[];
};

export type ExchangeRule = { stage: 0 | 1 | 2 | 3; includes(record: unknown, selection: ExchangeSelection): boolean };

const field = (record: unknown, name: string): unknown => (record as Record<string, unknown> | null)?.[name];

function valuesOf(selection: ExchangeSelection, table: string, name: string): Set<unknown> {
  return new Set(selection.picked(table).map((r) => field(r, name)));
}

/** Stage 0: every revision of the evaluations this supervisor made for the period. */
export const supervisorsEvaluations: ExchangeRule = {
  stage: 0,
  includes: (r, s) => field(r, 'periodId') === s.periodId && field(field(r, 'penilai'), 'employeeId') === s.supervisorId,
};

/** The record is the one an earlier table's records name in `name` (an SKP an evaluation uses). */
export function namedBy(table: string, name: string, stage: ExchangeRule['stage']): ExchangeRule {
  return { stage, includes: (r, s) => valuesOf(s, table, name).has(field(r, 'id')) };
}

/** The record points at a picked record of `table` through its field `name` (a signature at its document). */
export function pointingAt(table: string, name: string, stage: ExchangeRule['stage']): ExchangeRule {
  return { stage, includes: (r, s) => valuesOf(s, table, 'id').has(field(r, name)) };
}

/** Monitoring records of a picked SKP in the package's period (realisasi, evidence, feedback, dialogs). */
export const skpWorkInPeriod: ExchangeRule = {
  stage: 2,
  includes: (r, s) => field(r, 'periodId') === s.periodId && valuesOf(s, 'skps', 'id').has(field(r, 'skpId')),
};

/** Records of a team member for the period (signed documents: employeeId + periodId). */
export const teamMemberInPeriod: ExchangeRule = {
  stage: 2,
  includes: (r, s) => field(r, 'periodId') === s.periodId && valuesOf(s, 'evaluations', 'employeeId').has(field(r, 'employeeId')),
};
