/**
 * The appraisal year as HR sets it up (domain.md §2, §13: period type and SKP deadline are
 * configurable) and the rules on when in-year work may be written.
 */
import { PERIOD_TYPES, type Period, type PeriodType, type Skp } from '../schemas/skp';
import { parseIsoDate } from './dates';

export type YearInput = { year: number | string; periodType: PeriodType | string; skpDeadline: string };
export type YearFieldErrors = Partial<Record<'year' | 'periodType' | 'skpDeadline', string>>;

/** The default SKP deadline: 31 January of the year (domain.md §2). */
export const defaultSkpDeadline = (year: number) => `${year}-01-31`;

/** Checks HR's input for a year; the errors are Indonesian and sit at their field. */
export function checkYearInput(input: YearInput): { ok: true; value: { year: number; periodType: PeriodType; skpDeadline: string } } | { ok: false; errors: YearFieldErrors } {
  const errors: YearFieldErrors = {};
  const year = typeof input.year === 'number' ? input.year : Number(String(input.year).trim());
  if (!Number.isInteger(year) || year < 2022 || year > 2100) {
    errors.year = 'Tahun harus angka antara 2022 dan 2100 (PermenPANRB 6/2022 berlaku sejak 2022).';
  }
  const periodType = (PERIOD_TYPES as readonly string[]).includes(input.periodType) ? (input.periodType as PeriodType) : null;
  if (!periodType) errors.periodType = 'Pilih jenis periode: bulanan, triwulan, atau semester.';
  const deadline = parseIsoDate(input.skpDeadline);
  if (!deadline) errors.skpDeadline = 'Isi batas waktu SKP sebagai tanggal yang sah (TTTT-BB-HH).';
  else if (!errors.year && deadline.year !== year) errors.skpDeadline = `Batas waktu SKP harus jatuh pada tahun ${year}.`;
  if (Object.keys(errors).length > 0 || !periodType) return { ok: false, errors };
  return { ok: true, value: { year, periodType, skpDeadline: input.skpDeadline } };
}

export type WriteRefusal =
  | { code: 'monitor/period-closed'; params: { period: string; year: number } }
  | { code: 'monitor/period-other-year'; params: { period: string; year: number } }
  | { code: 'monitor/skp-not-approved'; params: Record<string, never> };

/**
 * Why in-year work on this SKP and period may not be written, or null when it may: the SKP must be
 * approved, and the period must belong to the SKP's year and be open (a closed period is read-only).
 */
export function writeRefusal(skp: Pick<Skp, 'status' | 'year'>, period: Pick<Period, 'label' | 'year' | 'status'>): WriteRefusal | null {
  if (skp.status !== 'disetujui') return { code: 'monitor/skp-not-approved', params: {} };
  if (period.year !== skp.year) return { code: 'monitor/period-other-year', params: { period: period.label, year: period.year } };
  if (period.status === 'closed') return { code: 'monitor/period-closed', params: { period: period.label, year: period.year } };
  return null;
}

/** A period whose last day is before today (both YYYY-MM-DD). */
export const periodHasEnded = (period: Pick<Period, 'end'>, today: string) => period.end < today;

/** The period to show first: the one containing today, else the last open one, else the last one. */
export function defaultPeriod<P extends Pick<Period, 'start' | 'end' | 'status' | 'index'>>(periods: readonly P[], today: string): P | null {
  const sorted = [...periods].sort((a, b) => a.index - b.index);
  return sorted.find((p) => p.start <= today && today <= p.end) ?? sorted.filter((p) => p.status === 'open').at(-1) ?? sorted.at(-1) ?? null;
}
