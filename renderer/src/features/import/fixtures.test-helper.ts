/** Test fixtures: real XLSX bytes made by exceljs, and the demo agency as the existing data. */
import ExcelJS from 'exceljs';
import { generateDemoAgency } from '@shared/demo/generate';
import { FIELD_HEADER, IMPORT_FIELDS, type ImportField } from '@shared/import';
import type { Employee } from '@shared/schemas/entities';

export type XlsxValue = ExcelJS.CellValue;

export async function makeXlsx(rows: XlsxValue[][], setup?: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row);
  setup?.(sheet);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export const demo = generateDemoAgency();
export const HEADERS = IMPORT_FIELDS.map((f) => FIELD_HEADER[f]);

/** A valid new PNS row in the demo agency (Dinas Kesehatan's Subbagian Umum dan Kepegawaian). */
export function newRow(over: Partial<Record<ImportField, XlsxValue>> = {}, seq = 1): XlsxValue[] {
  const values: Record<ImportField, XlsxValue> = {
    nip: `19950316 202001 2 ${String(seq).padStart(3, '0')}`,
    nama: `Pegawai Uji ${seq}`,
    gelarDepan: '',
    gelarBelakang: 'S.Kom.',
    tanggalLahir: '16-03-1995',
    jenisKelamin: 'P',
    jenisPegawai: 'PNS',
    golongan: 'Penata Muda, III/a',
    jabatan: 'Pengadministrasi Perkantoran',
    jenisJabatan: '',
    unitKerja: 'Subbagian Umum dan Kepegawaian',
    perangkatDaerah: 'Dinas Kesehatan',
    status: 'Aktif',
    ...over,
  };
  return IMPORT_FIELDS.map((f) => values[f]);
}

export function someDemoPns(): Employee {
  return demo.employees.find((e) => e.kind === 'pns' && e.status === 'aktif' && e.gelarBelakang && !e.gelarDepan)!;
}
