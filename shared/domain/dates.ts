/**
 * Calendar helpers for the domain rules: real-date checks and Indonesian date text
 * ("31 Desember 2026", domain.md §7). Pure arithmetic, no clock and no time zone.
 */

export const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year; 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** "2026-03-31" from its parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parts of an ISO date "YYYY-MM-DD", or null when it is not a real calendar date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Month name in Indonesian ("Maret"); empty for a month outside 1–12. */
export function namaBulan(month: number): string {
  return BULAN[month - 1] ?? '';
}

/** "31 Maret 2026" from "2026-03-31"; the input unchanged when it is not a real date. */
export function formatTanggal(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.day} ${namaBulan(d.month)} ${d.year}` : iso;
}
