import { describe, expect, it } from 'vitest';
import { excelSerialToIso } from './cells';
import { autoMap, duplicateColumns, fieldOfHeader, guessHeaderRow, missingRequired } from './fields';
import { golonganFromText } from './golongan';
import { jenisJabatanFromText } from './positions';
import { dateFromCell, nipFromCell, sexFromText, statusFromText } from './values';

const value = <T>(p: { ok: true; value: T } | { ok: false; message: string }) => (p.ok ? p.value : `ERR ${p.message}`);

describe('headers', () => {
  it('match case-, space- and punctuation-insensitively, with synonyms', () => {
    expect(['NIP BARU', 'Nama Pegawai', 'Tgl. Lahir', 'L/P', 'Pangkat/Gol. Ruang', 'JABATAN', 'Unit  Kerja', 'OPD', 'Gelar Belakang'].map(fieldOfHeader)).toEqual([
      'nip', 'nama', 'tanggalLahir', 'jenisKelamin', 'golongan', 'jabatan', 'unitKerja', 'perangkatDaerah', 'gelarBelakang',
    ]);
    expect(fieldOfHeader('Keterangan lain')).toBeNull();
  });

  it('auto-mapping uses each column once and reports missing and doubled columns', () => {
    const mapping = autoMap(['No', 'Nama', 'NIP', 'Nama Lengkap', 'Jabatan']);
    expect(mapping).toMatchObject({ nama: 1, nip: 2, jabatan: 4, unitKerja: null });
    expect(missingRequired(mapping)).toEqual(['unitKerja']);
    expect(duplicateColumns({ ...mapping, unitKerja: 4 })).toEqual([{ column: 4, fields: ['jabatan', 'unitKerja'] }]);
  });

  it('the header row is the one naming most fields', () => {
    expect(guessHeaderRow([['Daftar pegawai'], ['Per 1 Januari 2026'], ['No', 'NIP', 'Nama', 'Jabatan'], ['1', '1995', 'A', 'B']])).toBe(2);
    expect(guessHeaderRow([[], ['kolom1', 'kolom2']])).toBe(1);
    expect(guessHeaderRow([[], [null]])).toBe(-1);
  });
});

describe('cell values', () => {
  it('NIP: spaces and dots accepted; numbers and scientific notation refused', () => {
    expect(value(nipFromCell('19951216.202506.1.001'))).toBe('199512162025061001');
    expect(value(nipFromCell("'199512162025061001"))).toBe('199512162025061001');
    // eslint-disable-next-line no-loss-of-precision -- the point: Excel keeps such a NIP as this lossy number
    expect(value(nipFromCell(199512162025061001))).toMatch(/^ERR NIP tersimpan sebagai angka \(1\.99512162025061E\+17\)/);
    expect(value(nipFromCell(12345))).toMatch(/5 digit/);
    expect(value(nipFromCell('1.99512E+17'))).toMatch(/notasi ilmiah/);
  });

  it('Excel serials, including the 1900 leap-year quirk', () => {
    expect(excelSerialToIso(34684)).toBe('1994-12-16');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45658.75)).toBe('2025-01-01');
    expect(excelSerialToIso(12)).toBeNull();
    expect(value(dateFromCell(45658))).toBe('2025-01-01');
    expect(value(dateFromCell('1 Agustus 1990'))).toBe('1990-08-01');
    expect(value(dateFromCell('tidak tahu'))).toMatch(/tidak dikenali sebagai tanggal/);
  });

  it('sex and status words', () => {
    expect(['L', 'Laki-laki', 'laki laki', 'P', 'Perempuan', 'WANITA'].map((t) => value(sexFromText(t)))).toEqual(['L', 'L', 'L', 'P', 'P', 'P']);
    expect(['Aktif', 'PENSIUN', 'Mutasi Keluar', 'tugas belajar', 'CLTN'].map((t) => value(statusFromText(t)))).toEqual(['aktif', 'pensiun', 'mutasi-keluar', 'tugas-belajar', 'cltn']);
    expect(value(statusFromText('cuti'))).toMatch(/Aktif, Pensiun, Mutasi Keluar, Tugas Belajar, atau CLTN/);
  });

  it('pangkat/golongan in the forms HR writes', () => {
    const pns = (t: string) => value(golonganFromText(t, 'pns'));
    expect(['Penata Muda, III/a', 'III/a', 'iii-a', 'Penata Muda', 'Penata Muda Tk. I, III/b', 'Pembina Utama Muda (IV/c)', '3a'].map(pns)).toEqual([
      { golonganRuang: 'III/a' }, { golonganRuang: 'III/a' }, { golonganRuang: 'III/a' }, { golonganRuang: 'III/a' },
      { golonganRuang: 'III/b' }, { golonganRuang: 'IV/c' }, { golonganRuang: 'III/a' },
    ]);
    expect(pns('Penata Muda, III/c')).toMatch(/pangkat Penata Muda adalah golongan III\/a, bukan III\/c/);
    expect(pns('IX')).toMatch(/golongan PPPK, padahal NIP ini milik PNS/);
    expect(pns('III/f')).toMatch(/tidak dikenali/);
    expect(value(golonganFromText('Golongan IX', 'pppk'))).toEqual({ golonganPppk: 'IX' });
    expect(value(golonganFromText('9', 'pppk'))).toEqual({ golonganPppk: 'IX' });
    expect(value(golonganFromText('XVIII', 'pppk'))).toMatch(/bukan golongan PPPK/);
  });

  it('jenis jabatan for a new position', () => {
    expect(value(jenisJabatanFromText('JPT Pratama', 'Kepala Dinas'))).toEqual({ type: 'jpt-pratama' });
    expect(value(jenisJabatanFromText('Pelaksana', 'Operator Layanan Operasional'))).toEqual({ type: 'pelaksana', pelaksanaGroup: 'operator' });
    expect(value(jenisJabatanFromText('JF Keahlian', 'Perencana Ahli Muda'))).toEqual({ type: 'jf-keahlian', jfLevel: 'ahli-muda' });
    expect(value(jenisJabatanFromText('Jabatan Fungsional', 'Arsiparis Terampil'))).toEqual({ type: 'jf-keterampilan', jfLevel: 'terampil' });
    expect(value(jenisJabatanFromText('JF', 'Dokter'))).toMatch(/jenjang jabatan fungsional "Dokter" tidak diketahui/);
    expect(value(jenisJabatanFromText('Eselon IV', 'Kepala Seksi'))).toMatch(/tidak dikenali/);
  });
});
