import ExcelJS from 'exceljs';
import { type Cell, type CellTable, NO_FORMULA_RESULT } from '@shared/import';

type Raw = ExcelJS.CellValue | undefined;

/** Dates read from a date-formatted cell: exceljs builds them in UTC from the serial. */
function dateCell(d: Date): Cell {
  if (Number.isNaN(d.getTime())) return { error: '#VALUE!' };
  return { date: d.toISOString().slice(0, 10) };
}

function isObject(v: Raw): v is Exclude<Raw, null | undefined | number | string | boolean | Date> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** A spreadsheet value as the import reads it: formulas by their saved result, rich text as text. */
export function toCell(v: Raw): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return dateCell(v);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (!isObject(v)) return null;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: Raw }).result;
    return result === undefined ? { error: NO_FORMULA_RESULT } : toCell(result);
  }
  if ('richText' in v) return v.richText.map((p) => p.text).join('');
  if ('error' in v) return { error: v.error };
  if ('text' in v) return typeof v.text === 'string' ? v.text : toCell(v.text as Raw);
  return null;
}

/** Row i of the result is spreadsheet row i + 1; cells are dense from column A. */
function sheetRows(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as Raw[];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c += 1) cells.push(toCell(values[c]));
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i += 1) rows[i] ??= [];
  return rows;
}

/**
 * Reads the first worksheet that has data. Throws when the bytes are not a workbook; the caller
 * turns that into a message.
 */
export async function readXlsx(data: Uint8Array): Promise<CellTable> {
  const workbook = new ExcelJS.Workbook();
  const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  await workbook.xlsx.load(buffer as never);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw new Error('workbook has no worksheet');
  return { sheetName: sheet.name, rows: sheetRows(sheet) };
}
