import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE, importCatalogueRows } from '@shared/domain/training-catalogue';
import type { CourseListModel } from '@shared/documents/training-list';
import { readXlsx } from '../import/read-xlsx';
import { buildCatalogueWorkbook, buildCourseListWorkbook, COURSE_LIST_HEADERS } from './training-xlsx';

async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as never);
  return wb.worksheets[0]!;
}

describe('catalogue XLSX', () => {
  it('exports every course with the import columns, read back with exceljs', async () => {
    const sheet = await open(await buildCatalogueWorkbook(DEFAULT_CATALOGUE, new Date('2026-11-28T08:00:00Z')));
    expect(sheet.name).toBe('Katalog');
    expect(sheet.getRow(1).values).toEqual([undefined, 'ID', 'Nama pelatihan', 'Bentuk', 'Jalur', 'JP', 'Penyelenggara', 'Kompetensi', 'Nilai BerAKHLAK', 'Jabatan yang sesuai', 'Tag', 'Keterangan', 'Aktif']);
    expect(sheet.actualRowCount).toBe(DEFAULT_CATALOGUE.length + 1);
    const pkp = DEFAULT_CATALOGUE.findIndex((c) => c.id === 'kat-pkp');
    const row = sheet.getRow(pkp + 2);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value, row.getCell(6).value, row.getCell(9).value]).toEqual(['kat-pkp', 'Pelatihan Kepemimpinan Pengawas', 'Pelatihan Kepemimpinan Pengawas', 'Klasikal', 320, 'BPSDM Provinsi Banten', 'Pengawas']);
    const coaching = sheet.getRow(DEFAULT_CATALOGUE.findIndex((c) => c.id === 'kat-coa-perilaku') + 2);
    expect(coaching.getCell(4).value).toBe('Nonklasikal');
    expect(String(coaching.getCell(8).value)).toContain('Berorientasi Pelayanan; Akuntabel');
  });

  it('round-trips: export, read with the import reader, import → the same catalogue', async () => {
    const table = await readXlsx(await buildCatalogueWorkbook(DEFAULT_CATALOGUE));
    const result = importCatalogueRows(table.rows, []);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.courses).toEqual(DEFAULT_CATALOGUE);
  });
});

describe('class and recommendation list XLSX', () => {
  it('one row per person with the NIP kept as 18-digit text', async () => {
    const model: CourseListModel = {
      kind: 'kelas',
      year: 2026,
      filters: '',
      sections: [{ course: 'Bimbingan Teknis SIAK Terpusat', summary: 'Bimbingan teknis, 24 JP, Ditjen Dukcapil Kemendagri', className: 'Angkatan I Tahun 2026', dates: { start: '2026-11-23', end: '2026-12-04' }, rows: [{ name: 'Siti Nurhaliza', nip: '199512162025062001', unit: 'Dinas Kependudukan dan Pencatatan Sipil', reason: 'RHK A.1 dinilai Di Bawah Ekspektasi.', priority: 'Tinggi', date: '28 November 2026', status: 'Hadir, selesai' }] }],
    };
    const sheet = await open(await buildCourseListWorkbook(model));
    expect(sheet.name).toBe('Peserta');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...COURSE_LIST_HEADERS]);
    const row = sheet.getRow(2);
    expect(row.getCell(7).value).toBe('199512162025062001');
    expect([row.getCell(2).value, row.getCell(4).value, row.getCell(5).value, row.getCell(8).value, row.getCell(13).value]).toEqual(['Bimbingan Teknis SIAK Terpusat', 'Angkatan I Tahun 2026', '2026-11-23', 'Siti Nurhaliza', 'Hadir, selesai']);
  });
});
