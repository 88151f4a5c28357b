/**
 * From a table of cells to header + data rows, refusing files that are empty, have no data rows or
 * more rows than one import handles. File-level problems are codes; the UI words them (i18n).
 */
import { type Cell, type CellTable, cellText, isBlank } from './cells';
import { autoMap, type ColumnMapping, guessHeaderRow } from './fields';

/** Largest file read (the limit; HR lists of a whole city are a few MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows per import: beyond this the preview is no longer readable and the file should be split. */
export const MAX_IMPORT_ROWS = 20_000;

export type ImportProblemCode =
  | 'import/empty'
  | 'import/header-only'
  | 'import/too-many-rows'
  | 'import/too-large'
  | 'import/not-xlsx'
  | 'import/old-xls'
  | 'import/not-csv'
  | 'import/bad-xlsx'
  | 'import/unsupported-type';

export interface ImportProblem {
  code: ImportProblemCode;
  params?: Record<string, string | number>;
}

export interface DataRow {
  /** Spreadsheet row number, 1-based, as HR sees it. */
  row: number;
  cells: Cell[];
}

export interface PreparedTable {
  sheetName?: string;
  headerRow: number;
  headers: string[];
  rows: DataRow[];
  /** What the file's headers map to before the user changes anything. */
  mapping: ColumnMapping;
}

export type Prepared = { ok: true; value: PreparedTable } | { ok: false; problem: ImportProblem };

function isBlankRow(cells: readonly Cell[] | undefined): boolean {
  return !cells || cells.every((c) => isBlank(c));
}

export function prepareTable(table: CellTable): Prepared {
  const headerRow = guessHeaderRow(table.rows);
  if (headerRow < 0) return { ok: false, problem: { code: 'import/empty' } };
  const rawHeaders = table.rows[headerRow] ?? [];
  const rows: DataRow[] = [];
  for (let r = headerRow + 1; r < table.rows.length; r += 1) {
    const cells = table.rows[r];
    if (!isBlankRow(cells)) rows.push({ row: r + 1, cells: cells! });
  }
  if (rows.length === 0) return { ok: false, problem: { code: 'import/header-only' } };
  if (rows.length > MAX_IMPORT_ROWS) {
    return { ok: false, problem: { code: 'import/too-many-rows', params: { rows: rows.length, limit: MAX_IMPORT_ROWS } } };
  }
  const width = Math.max(rawHeaders.length, ...rows.slice(0, 50).map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => cellText(rawHeaders[i]));
  const value: PreparedTable = { headerRow, headers, rows, mapping: autoMap(headers) };
  if (table.sheetName !== undefined) value.sheetName = table.sheetName;
  return { ok: true, value };
}
