/**
 * Benchmark of the employee import (issue floor: 10,000 employees from XLSX under 5 s on a 2-core
 * machine). Builds a real workbook with exceljs, then times reading it and checking every row
 * against the demo agency. Runs in Node; the same functions run in the renderer.
 */
import ExcelJS from 'exceljs';
import { generateDemoAgency } from '../shared/demo/generate';
import { buildPreview, FIELD_HEADER, IMPORT_FIELDS, prepareTable } from '../shared/import';
import { readImportFile } from '../renderer/src/features/import/read-file';

const PERANGKAT_DAERAH = ['Dinas Kesehatan', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Pendidikan dan Kebudayaan', 'Badan Perencanaan Pembangunan Daerah'];

/** Row i: a valid PNS with a unique NIP (birth date and sequence vary), placed in a real unit. */
function benchRow(i: number): unknown[] {
  const year = 1970 + (i % 30);
  const month = 1 + (Math.floor(i / 30) % 12);
  const day = 1 + (Math.floor(i / 360) % 28);
  const seq = 1 + Math.floor(i / 10_080);
  const birth = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const sex = i % 2 === 0 ? 'L' : 'P';
  const nip = `${birth}${year + 25}0${1 + (i % 9)}${sex === 'L' ? 1 : 2}${String(seq).padStart(3, '0')}`;
  const values: Record<(typeof IMPORT_FIELDS)[number], unknown> = {
    nip,
    nama: `Pegawai Uji Beban ${i + 1}`,
    gelarDepan: '',
    gelarBelakang: 'S.E.',
    tanggalLahir: new Date(Date.UTC(year, month - 1, day)),
    jenisKelamin: sex,
    jenisPegawai: 'PNS',
    golongan: 'Penata Muda, III/a',
    jabatan: 'Pengadministrasi Perkantoran',
    jenisJabatan: 'Pelaksana',
    unitKerja: 'Subbagian Umum dan Kepegawaian',
    perangkatDaerah: PERANGKAT_DAERAH[i % PERANGKAT_DAERAH.length],
    status: 'Aktif',
  };
  return IMPORT_FIELDS.map((f) => values[f]);
}

export async function makeBenchWorkbook(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pegawai');
  sheet.addRow(IMPORT_FIELDS.map((f) => FIELD_HEADER[f]));
  for (let i = 0; i < rows; i += 1) sheet.addRow(benchRow(i));
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export interface ImportBenchResult {
  rows: number;
  bytes: number;
  readMs: number;
  validateMs: number;
  totalMs: number;
  newRows: number;
  errorRows: number;
}

/** Times parse (XLSX → cells) and validate (cells → preview with commit plan) of `rows` employees. */
export async function benchImport(rows = 10_000): Promise<ImportBenchResult> {
  const bytes = await makeBenchWorkbook(rows);
  const existing = generateDemoAgency();
  const t0 = performance.now();
  const read = await readImportFile('bench.xlsx', bytes);
  if (!read.ok) throw new Error(read.problem.code);
  const t1 = performance.now();
  const prepared = prepareTable(read.table);
  if (!prepared.ok) throw new Error(prepared.problem.code);
  let n = 0;
  const preview = buildPreview(prepared.value, prepared.value.mapping, existing, { fileName: 'bench.xlsx', now: new Date().toISOString(), newId: () => `bench-${(n += 1)}` });
  const t2 = performance.now();
  return { rows, bytes: bytes.length, readMs: t1 - t0, validateMs: t2 - t1, totalMs: t2 - t0, newRows: preview.counts.new, errorRows: preview.counts.error };
}
