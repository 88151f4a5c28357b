import { type CellTable, type ImportProblem, MAX_IMPORT_BYTES } from '@shared/import';
import { looksBinary, readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export const IMPORT_EXTENSIONS = ['xlsx', 'csv', 'txt'] as const;

export type ReadResult = { ok: true; table: CellTable; format: 'xlsx' | 'csv' } | { ok: false; problem: ImportProblem };

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: Excel 97–2003 .xls (and .doc and friends). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const megabytes = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;

async function readWorkbook(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (startsWith(bytes, OLE)) return { ok: false, problem: { code: 'import/old-xls', params: { file: fileName } } };
  if (!startsWith(bytes, ZIP)) return { ok: false, problem: { code: 'import/not-xlsx', params: { file: fileName } } };
  try {
    return { ok: true, table: await readXlsx(bytes), format: 'xlsx' };
  } catch {
    return { ok: false, problem: { code: 'import/bad-xlsx', params: { file: fileName } } };
  }
}

/**
 * File bytes → table of cells, by extension, checking the content really is what the name says
 * (a renamed PDF or .xls must get a clear message, not a parser's stack trace).
 */
export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, problem: { code: 'import/empty', params: { file: fileName } } };
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { code: 'import/too-large', params: { size: megabytes(bytes.byteLength), limit: megabytes(MAX_IMPORT_BYTES) } } };
  }
  const ext = extensionOf(fileName);
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls') return readWorkbook(bytes, fileName);
  if (ext === 'csv' || ext === 'txt') {
    if (startsWith(bytes, ZIP) || startsWith(bytes, OLE) || looksBinary(bytes)) return { ok: false, problem: { code: 'import/not-csv', params: { file: fileName } } };
    return { ok: true, table: readCsv(bytes), format: 'csv' };
  }
  return { ok: false, problem: { code: 'import/unsupported-type', params: { file: fileName } } };
}
