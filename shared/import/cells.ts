/**
 * The table a spreadsheet or CSV file becomes before any rule looks at it. Readers (XLSX, CSV) live
 * in the renderer; everything from here on is pure and works on these cells only.
 */
import { isoDate } from '../domain/dates';

/** A date the spreadsheet stored as a date (or a serial number in a date-formatted cell). */
export interface DateCell {
  date: string;
}
/** A formula error (#N/A) or a formula the file saved without its result. */
export interface ErrorCell {
  error: string;
}
export type Cell = string | number | boolean | DateCell | ErrorCell | null;

export interface CellTable {
  /** Worksheet name (XLSX) or undefined (CSV). */
  sheetName?: string;
  /** Row i is spreadsheet row i + 1; empty rows are kept so row numbers match what HR sees. */
  rows: Cell[][];
}

/** Error text of a formula cell whose result was not saved with the file. */
export const NO_FORMULA_RESULT = 'no-result';

export function isDateCell(c: Cell): c is DateCell {
  return typeof c === 'object' && c !== null && 'date' in c;
}

export function isErrorCell(c: Cell): c is ErrorCell {
  return typeof c === 'object' && c !== null && 'error' in c;
}

/** Non-breaking spaces and runs of white space become one space; ends trimmed. */
export function cleanText(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The text a person would read in the cell ("" for empty and error cells). */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return cleanText(c);
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (isDateCell(c)) return c.date;
  return '';
}

export function isBlank(c: Cell | undefined): boolean {
  return cellText(c) === '' && !(c !== undefined && isErrorCell(c));
}

/** Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials from 61 on). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** ISO date of an Excel serial day number (time of day dropped); null outside 1900–9999. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return null;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
