import { describe, expect, it } from 'vitest';
import { generateDemoAgency } from '../demo/generate';
import type { Cell, CellTable } from './cells';
import { employeesToRows } from './export-rows';
import { FIELD_HEADER, IMPORT_FIELDS, type ImportField } from './fields';
import { fullName } from '../schemas/entities';
import { buildPreview, type ImportPreview } from './preview';
import { prepareTable } from './table';

const demo = generateDemoAgency();
const HEADERS = IMPORT_FIELDS.map((f) => FIELD_HEADER[f]);
let counter = 0;
const options = () => ({ fileName: 'uji.xlsx', now: '2026-11-28T01:00:00.000Z', newId: () => `new-${(counter += 1)}` });

function row(over: Partial<Record<ImportField, Cell>> = {}, seq = 1): Cell[] {
  const values: Record<ImportField, Cell> = {
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

function preview(rows: Cell[][], headers: Cell[] = HEADERS, existing = demo): ImportPreview {
  const table: CellTable = { rows: [headers, ...rows] };
  const prepared = prepareTable(table);
  if (!prepared.ok) throw new Error(prepared.problem.code);
  return buildPreview(prepared.value, prepared.value.mapping, existing, options());
}

function exportedRows(): Cell[][] {
  return employeesToRows(demo.employees, demo.units, demo.positions).rows;
}

describe('preview', () => {
  it('the demo agency exported and read back changes nothing', () => {
    const p = preview(exportedRows());
    expect(p.rows.filter((r) => r.cls === 'error').flatMap((r) => r.reasons).slice(0, 5)).toEqual([]);
    expect(p.counts).toEqual({ new: 0, update: 0, unchanged: demo.employees.length - 1, error: 0 });
    expect(p.plan).toMatchObject({ creates: [], updates: [], newPositions: [] });
  });

  it('a valid new row is new, with NIP typed with spaces', () => {
    const p = preview([row()]);
    expect(p.rows[0]).toMatchObject({ cls: 'new', nip: '199503162020012001', reasons: [] });
    const created = p.plan!.creates[0]!;
    expect(created).toMatchObject({ kind: 'pns', sex: 'P', birthDate: '1995-03-16', golonganRuang: 'III/a', unitId: 'unit-dinkes-subbag-umum', status: 'aktif', gelarBelakang: 'S.Kom.' });
    expect(created).not.toHaveProperty('gelarDepan');
  });

  it('marks every bad row with each reason, naming the row, the column and the fix', () => {
    const p = preview([row(), row({ nip: '19950316202001200', nama: '' }, 2), row({ unitKerja: 'Dinas Pariwisata', perangkatDaerah: '' }, 3)]);
    expect(p.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 2 });
    expect(p.plan).toBeNull();
    const [, second, third] = p.rows;
    expect(second!.reasons).toHaveLength(2);
    expect(second!.reasons[0]).toMatch(/^Baris 3, kolom NIP \(A\): NIP berisi 17 digit, seharusnya 18 digit/);
    expect(second!.reasons[1]).toMatch(/^Baris 3, kolom Nama \(B\): Nama wajib diisi/);
    expect(third!.reasons[0]).toMatch(/^Baris 4, kolom Unit Kerja \(K\): unit kerja "Dinas Pariwisata" tidak ada di aplikasi\. Tambahkan unit tersebut/);
  });

  it('a NIP twice in the file is an error on both rows, each naming the other', () => {
    const p = preview([row({}, 1), row({}, 2), row({ nip: '199503162020012001', nama: 'Orang Lain' }, 3)]);
    expect(p.rows.map((r) => r.cls)).toEqual(['error', 'new', 'error']);
    expect(p.rows[0]!.reasons[0]).toContain('juga ada di baris 4');
    expect(p.rows[2]!.reasons[0]).toContain('juga ada di baris 2');
  });

  it('a NIP already in the database updates that employee, listing what changes', () => {
    const someone = demo.employees.find((e) => e.kind === 'pns' && e.status === 'aktif' && e.unitId === 'unit-dinkes-subbag-umum')!;
    const base = exportedRows().find((r) => r[0] === someone.nip)!;
    const changed = [...base];
    changed[IMPORT_FIELDS.indexOf('nama')] = `${someone.name} Putri`;
    changed[IMPORT_FIELDS.indexOf('status')] = 'Tugas Belajar';
    const p = preview([changed]);
    expect(p.rows[0]!.cls).toBe('update');
    expect(p.rows[0]!.changes).toEqual([
      { field: 'Nama', from: someone.name, to: `${someone.name} Putri` },
      { field: 'Status', from: 'Aktif', to: 'Tugas Belajar' },
    ]);
    expect(p.rows[0]!.notes).toEqual([`Baris 2: NIP ini sudah terdaftar atas nama ${fullName(someone)}. Pastikan baris ini orang yang sama; bila bukan, perbaiki NIP di berkas.`]);
    const update = p.plan!.updates[0]!;
    expect(update.after).toMatchObject({ id: someone.id, createdAt: someone.createdAt, status: 'tugas-belajar', searchKey: `${someone.name} putri ${someone.nip}`.toLowerCase() });
  });

  it('optional columns may be absent: birth date, sex and kind come from the NIP, status defaults to Aktif', () => {
    const headers = ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Perangkat Daerah'];
    const p = preview([['199001012015031002', 'Budi Hartono', 'Pengadministrasi Perkantoran', 'Subbagian Umum dan Kepegawaian', 'Dinas Kesehatan']], headers);
    expect(p.plan!.creates[0]).toMatchObject({ kind: 'pns', sex: 'L', birthDate: '1990-01-01', status: 'aktif' });
    expect(p.plan!.creates[0]).not.toHaveProperty('golonganRuang');
  });

  it('cross-checks birth date, sex and kind against the NIP', () => {
    const p = preview([row({ tanggalLahir: '17-03-1995', jenisKelamin: 'L', jenisPegawai: 'PPPK' })]);
    const reasons = p.rows[0]!.reasons.join('\n');
    expect(reasons).toMatch(/kolom Tanggal Lahir \(E\): Tanggal lahir pada NIP/);
    expect(reasons).toMatch(/kolom Jenis Kelamin \(F\): Digit ke-15 NIP/);
    expect(reasons).toMatch(/kolom Jenis Pegawai \(G\): Nomor ini berformat NIP PNS/);
  });

  it('reads PPPK golongan and refuses a pangkat for a PPPK', () => {
    const pppk = { nip: '199204102021212003', jenisPegawai: 'PPPK', tanggalLahir: { date: '1992-04-10' }, jenisKelamin: 'Perempuan' };
    const p = preview([row({ ...pppk, golongan: 'IX' }), row({ ...pppk, nip: '199204102021212004', golongan: 'III/b' })]);
    expect(p.rows[0]!.cls).toBe('new');
    expect(p.rows[1]!.reasons[0]).toMatch(/kolom Pangkat\/Golongan \(H\): PPPK tidak memiliki pangkat/);
  });

  it('names repeated across dinas need the Perangkat Daerah column', () => {
    const p = preview([row({ unitKerja: 'Sekretariat', perangkatDaerah: '', jabatan: 'Sekretaris Dinas Kesehatan' })]);
    expect(p.rows[0]!.reasons[0]).toMatch(/ada 5 unit kerja bernama "Sekretariat".*Isi kolom Perangkat Daerah/);
    const ok = preview([row({ unitKerja: 'sekretariat ', perangkatDaerah: 'DINAS KESEHATAN', jabatan: 'Sekretaris Dinas Kesehatan' })]);
    expect(ok.plan!.creates[0]!.positionId).toBe('pos-dinkes-sekretaris');
  });

  it('a position the unit lacks is created once, from its Jenis Jabatan', () => {
    const jf = { jabatan: 'Analis Kepegawaian Ahli Pertama', jenisJabatan: 'JF Keahlian' };
    const p = preview([row(jf, 1), row({ ...jf, jenisJabatan: '' }, 2), row({ jabatan: 'Penelaah Teknis Kebijakan' }, 3)]);
    expect(p.rows.map((r) => r.cls)).toEqual(['new', 'new', 'error']);
    expect(p.rows[2]!.reasons[0]).toMatch(/kolom Jenis Jabatan \(J\): jabatan "Penelaah Teknis Kebijakan" belum ada di unit kerja ini/);
    expect(p.newPositions).toEqual([{ name: 'Analis Kepegawaian Ahli Pertama', unitName: 'Subbagian Umum dan Kepegawaian', type: 'jf-keahlian' }]);
    const fixed = preview([row(jf, 1), row({ ...jf, jenisJabatan: '' }, 2)]);
    expect(fixed.plan!.newPositions).toEqual([expect.objectContaining({ type: 'jf-keahlian', jfLevel: 'ahli-pertama', unitId: 'unit-dinkes-subbag-umum' })]);
    expect(new Set(fixed.plan!.creates.map((e) => e.positionId))).toEqual(new Set([fixed.plan!.newPositions[0]!.id]));
  });

  it('an NIP that Excel stored as a number is refused with the fix', () => {
    const p = preview([row({ nip: 199503162020012000 })]);
    expect(p.rows[0]!.reasons[0]).toMatch(/kolom NIP \(A\): NIP tersimpan sebagai angka \(1\.99503162020012E\+17\).*Format kolom NIP sebagai Teks/);
    const csv = preview([row({ nip: '1,99503E+17' })]);
    expect(csv.rows[0]!.reasons[0]).toMatch(/notasi ilmiah/);
  });

  it('reads dates from date cells, Excel serials and Indonesian text', () => {
    for (const tanggalLahir of [{ date: '1995-03-16' }, 34774, '34774', '16/03/1995', '1995-03-16', '16 Maret 1995', '16-Mar-1995']) {
      const p = preview([row({ tanggalLahir })]);
      expect(p.rows[0]!.reasons, String(tanggalLahir)).toEqual([]);
    }
    expect(preview([row({ tanggalLahir: '31-02-1995' })]).rows[0]!.reasons[0]).toMatch(/"31-02-1995" bukan tanggal yang ada/);
  });

  it('formula results are used; a formula without a saved result is a row reason', () => {
    expect(preview([row({ nama: 'Rina Kusuma' })]).rows[0]!.cls).toBe('new');
    const p = preview([row({ nama: { error: 'no-result' } }), row({ jabatan: { error: '#N/A' } }, 2)]);
    expect(p.rows[0]!.reasons[0]).toMatch(/kolom Nama \(B\): sel berisi rumus yang hasilnya tidak tersimpan/);
    expect(p.rows[1]!.reasons[0]).toMatch(/kolom Jabatan \(I\): sel berisi galat rumus #N\/A/);
  });

  it('finds the header under a title and skips blank rows, keeping spreadsheet row numbers', () => {
    const table: CellTable = { rows: [['DAFTAR PEGAWAI DINAS KESEHATAN'], [], HEADERS, row(), [null, ''], row({ nama: '' }, 2)] };
    const prepared = prepareTable(table);
    expect(prepared.ok && prepared.value.headerRow).toBe(2);
    const p = buildPreview(prepared.ok ? prepared.value : (undefined as never), prepared.ok ? prepared.value.mapping : (undefined as never), demo, options());
    expect(p.rows.map((r) => r.row)).toEqual([4, 6]);
  });
});

describe('table problems', () => {
  it('empty, header only, and too many rows', () => {
    expect(prepareTable({ rows: [] })).toEqual({ ok: false, problem: { code: 'import/empty' } });
    expect(prepareTable({ rows: [[null, ' '], []] })).toEqual({ ok: false, problem: { code: 'import/empty' } });
    expect(prepareTable({ rows: [HEADERS, [], ['', null]] })).toEqual({ ok: false, problem: { code: 'import/header-only' } });
    const many = Array.from({ length: 20_001 }, (_, i) => [String(i)]);
    expect(prepareTable({ rows: [HEADERS, ...many] })).toEqual({ ok: false, problem: { code: 'import/too-many-rows', params: { rows: 20_001, limit: 20_000 } } });
  });
});
