import { describe, expect, it } from 'vitest';
import { buildPreview, type CellTable, MAX_IMPORT_BYTES, prepareTable } from '@shared/import';
import { demo, HEADERS, makeXlsx, newRow } from './fixtures.test-helper';
import { readImportFile, type ReadResult } from './read-file';

const encode = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of text (Latin-1 range is the same code points). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in test range: ${ch}`);
    return code;
  }));
}

function table(result: ReadResult): CellTable {
  if (!result.ok) throw new Error(`unexpected ${result.problem.code}`);
  return result.table;
}

function previewOf(t: CellTable) {
  const prepared = prepareTable(t);
  if (!prepared.ok) throw new Error(prepared.problem.code);
  return buildPreview(prepared.value, prepared.value.mapping, demo, { fileName: 'x', now: '2026-11-28T00:00:00.000Z', newId: () => crypto.randomUUID() });
}

describe('XLSX', () => {
  it('reads a real workbook: text NIP, date cells, formulas by their saved result, rich text', async () => {
    const bytes = await makeXlsx([HEADERS, newRow({ tanggalLahir: new Date(Date.UTC(1995, 2, 16)) }, 1), newRow({}, 2)], (sheet) => {
      sheet.getCell('B3').value = { formula: 'CONCAT("Rina"," Kusuma")', result: 'Rina Kusuma' };
      sheet.getCell('L2').value = { richText: [{ text: 'Dinas ' }, { text: 'Kesehatan', font: { bold: true } }] };
      sheet.getCell('E3').value = 34774;
    });
    const t = table(await readImportFile('pegawai.xlsx', bytes));
    expect(t.rows[1]![4]).toEqual({ date: '1995-03-16' });
    expect(t.rows[2]![1]).toBe('Rina Kusuma');
    expect(t.rows[1]![11]).toBe('Dinas Kesehatan');
    const p = previewOf(t);
    expect(p.counts).toEqual({ new: 2, update: 0, unchanged: 0, error: 0 });
    expect(p.plan!.creates.map((e) => e.birthDate)).toEqual(['1995-03-16', '1995-03-16']);
  });

  it('a formula saved without its result, and a NIP stored as a number, are row reasons', async () => {
    const bytes = await makeXlsx([HEADERS, newRow({ nip: 199503162020012000 }, 1), newRow({}, 2)], (sheet) => {
      sheet.getCell('B3').value = { formula: 'A1&"x"' } as never;
    });
    const p = previewOf(table(await readImportFile('pegawai.xlsx', bytes)));
    expect(p.rows[0]!.reasons[0]).toMatch(/^Baris 2, kolom NIP \(A\): NIP tersimpan sebagai angka/);
    expect(p.rows[1]!.reasons[0]).toMatch(/^Baris 3, kolom Nama \(B\): sel berisi rumus yang hasilnya tidak tersimpan/);
    expect(p.plan).toBeNull();
  });

  it('refuses a text file or a PDF renamed to .xlsx, an old .xls, and a damaged workbook', async () => {
    expect(await readImportFile('pegawai.xlsx', encode('NIP,Nama\n1,2'))).toEqual({ ok: false, problem: { code: 'import/not-xlsx', params: { file: 'pegawai.xlsx' } } });
    expect(await readImportFile('pegawai.xlsx', encode('%PDF-1.7\n%âãÏÓ'))).toMatchObject({ ok: false, problem: { code: 'import/not-xlsx' } });
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await readImportFile('pegawai.xlsx', ole)).toMatchObject({ ok: false, problem: { code: 'import/old-xls' } });
    expect(await readImportFile('lama.xls', ole)).toMatchObject({ ok: false, problem: { code: 'import/old-xls' } });
    const real = await makeXlsx([HEADERS, newRow()]);
    expect(await readImportFile('rusak.xlsx', real.subarray(0, real.length / 2))).toMatchObject({ ok: false, problem: { code: 'import/bad-xlsx' } });
  });

  it('an empty file, an empty workbook and a header-only workbook get their own message', async () => {
    expect(await readImportFile('kosong.xlsx', new Uint8Array())).toMatchObject({ ok: false, problem: { code: 'import/empty' } });
    expect(prepareTable(table(await readImportFile('kosong.xlsx', await makeXlsx([]))))).toEqual({ ok: false, problem: { code: 'import/empty' } });
    expect(prepareTable(table(await readImportFile('judul.xlsx', await makeXlsx([HEADERS]))))).toEqual({ ok: false, problem: { code: 'import/header-only' } });
  });

  it('a 50,000-row workbook is refused with its row count and the limit', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`1995031620200120${String(i % 100).padStart(2, '0')}`, `Nama ${i}`]);
    const bytes = await makeXlsx([['NIP', 'Nama'], ...rows]);
    const prepared = prepareTable(table(await readImportFile('besar.xlsx', bytes)));
    expect(prepared).toEqual({ ok: false, problem: { code: 'import/too-many-rows', params: { rows: 50_000, limit: 20_000 } } });
  }, 60_000);

  it('a file above the size limit is refused before parsing', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(await readImportFile('besar.xlsx', big)).toEqual({ ok: false, problem: { code: 'import/too-large', params: { size: 20, limit: 20 } } });
  });
});

describe('CSV', () => {
  const header = 'NIP;Nama;Gelar Belakang;Jabatan;Unit Kerja;Perangkat Daerah';
  const line = (nip: string, nama: string, gelar: string) => `${nip};${nama};${gelar};Pengadministrasi Perkantoran;Subbagian Umum dan Kepegawaian;Dinas Kesehatan`;

  it('reads Windows-1252 (Excel "CSV" on Indonesian Windows) with semicolons and quoted commas', async () => {
    const text = [header, line('199503162020012001', 'Siti Nurhaliza Rahmawati', '"S.Pd., M.Pd."'), line('199001012015031002', 'José Ramírez Gonçalves', 'S.E.')].join('\r\n');
    const result = await readImportFile('pegawai.csv', cp1252(text));
    const t = table(result);
    expect(t.rows[1]).toEqual(['199503162020012001', 'Siti Nurhaliza Rahmawati', 'S.Pd., M.Pd.', 'Pengadministrasi Perkantoran', 'Subbagian Umum dan Kepegawaian', 'Dinas Kesehatan']);
    expect(t.rows[2]![1]).toBe('José Ramírez Gonçalves');
    const p = previewOf(t);
    expect(p.counts.new).toBe(2);
    expect(p.plan!.creates[0]).toMatchObject({ name: 'Siti Nurhaliza Rahmawati', gelarBelakang: 'S.Pd., M.Pd.' });
  });

  it('reads UTF-8 with a BOM and comma separators', async () => {
    const text = '\uFEFFNIP,Nama,Jabatan,Unit Kerja,Perangkat Daerah\n"19950316 202001 2 001","Siti Nurhaliza Rahmawati, S.Pd.",Pengadministrasi Perkantoran,Subbagian Umum dan Kepegawaian,Dinas Kesehatan\n';
    const t = table(await readImportFile('pegawai.csv', encode(text)));
    expect(t.rows[0]![0]).toBe('NIP');
    expect(t.rows[1]![1]).toBe('Siti Nurhaliza Rahmawati, S.Pd.');
    expect(previewOf(t).counts.new).toBe(1);
  });

  it('refuses a binary file named .csv and an unknown file type', async () => {
    const xlsx = await makeXlsx([HEADERS]);
    expect(await readImportFile('pegawai.csv', xlsx)).toMatchObject({ ok: false, problem: { code: 'import/not-csv' } });
    expect(await readImportFile('foto.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatchObject({ ok: false, problem: { code: 'import/not-csv' } });
    expect(await readImportFile('pegawai.pdf', encode('%PDF'))).toMatchObject({ ok: false, problem: { code: 'import/unsupported-type' } });
  });
});
