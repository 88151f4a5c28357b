import ExcelJS from 'exceljs';
import type { HostApi } from '@shared/host/host-api';
import type { HostErrorCode } from '@shared/host/contract';
import { employeesToRows, exportFileName, type ExportTable, type ImportField } from '@shared/import';
import type { AppDb } from '../../db/db';

const WIDTH: Record<ImportField, number> = {
  nip: 22,
  nama: 32,
  gelarDepan: 12,
  gelarBelakang: 18,
  tanggalLahir: 14,
  jenisKelamin: 8,
  jenisPegawai: 10,
  golongan: 28,
  jabatan: 44,
  jenisJabatan: 16,
  unitKerja: 44,
  perangkatDaerah: 40,
  status: 14,
};

/** An XLSX with the import's columns: NIP kept as text (18 digits do not fit an Excel number). */
export async function buildEmployeeWorkbook(table: ExportTable, created: Date = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peka';
  workbook.created = created;
  workbook.modified = created;
  const sheet = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.fields.map((field, i) => ({
    header: table.headers[i],
    key: field,
    width: WIDTH[field],
    style: field === 'nip' ? { numFmt: '@' } : field === 'tanggalLahir' ? { numFmt: 'dd-mm-yyyy' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? cell : new Date(`${cell.date}T00:00:00Z`))));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.fields.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export type ExportResult = { ok: true; saved: boolean; fileName: string; count: number; skipped: number } | { ok: false; code: HostErrorCode };

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Exports the given employees (all when ids is undefined) and hands the file to the host to save. */
export async function exportEmployees(db: AppDb, host: HostApi, ids?: readonly string[], now: Date = new Date()): Promise<ExportResult> {
  const { employees, units, positions } = await db.transaction('r', [db.employees, db.units, db.positions], async () => ({
    employees: ids ? (await db.employees.bulkGet([...ids])).filter((e) => e !== undefined) : await db.employees.toArray(),
    units: await db.units.toArray(),
    positions: await db.positions.toArray(),
  }));
  employees.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const table = employeesToRows(employees, units, positions);
  const data = await buildEmployeeWorkbook(table, now);
  const suggestedName = exportFileName(localDay(now));
  const saved = await host.call('file:save', {
    suggestedName,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    data,
  });
  if (!saved.ok) return { ok: false, code: saved.error.code };
  const fileName = saved.value.saved ? saved.value.fileName : suggestedName;
  return { ok: true, saved: saved.value.saved, fileName, count: table.rows.length, skipped: table.skipped };
}
