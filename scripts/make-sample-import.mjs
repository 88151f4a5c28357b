#!/usr/bin/env node
/**
 * Makes resources/sample/contoh-impor-pegawai.xlsx: 27 fictional employees of the demo agency
 * (Pemerintah Kota Tangerang Selatan, shared/demo/) in the columns Peka's import reads. Every unit
 * and all but two positions exist in the demo agency; the two new ones carry a Jenis Jabatan, so
 * the import creates them. The file is the same byte for byte on every run.
 *
 *   node scripts/make-sample-import.mjs [--out path.xlsx]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = resolve(ROOT, 'resources/sample/contoh-impor-pegawai.xlsx');
const FIXED = new Date(Date.UTC(2026, 0, 2, 8, 0, 0));

const HEADERS = ['NIP', 'Nama', 'Gelar Depan', 'Gelar Belakang', 'Tanggal Lahir', 'Jenis Kelamin', 'Jenis Pegawai', 'Pangkat/Golongan', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'Perangkat Daerah', 'Status'];
const WIDTHS = [24, 30, 12, 16, 14, 8, 10, 28, 46, 14, 50, 52, 10];

const DINKES = 'Dinas Kesehatan';
const BKPSDM = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';
const DUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';
const DINDIKBUD = 'Dinas Pendidikan dan Kebudayaan';
const BAPPEDA = 'Badan Perencanaan Pembangunan Daerah';
const SETDA = 'Sekretariat Daerah';
const SERPONG = 'Kecamatan Serpong';

// [name, gelar depan, gelar belakang, sex, birth YYYY-MM-DD, kind, PNS TMT "YYYY-MM" | PPPK "YYYY/round", sequence, golongan, jabatan, jenis jabatan, unit, perangkat daerah]
const PEOPLE = [
  ['Ratna Kartikasari', '', 'S.Kep., Ners', 'P', '1990-04-12', 'PNS', '2015-03', 104, 'Penata Muda Tingkat I, III/b', 'Pengadministrasi Perkantoran', '', 'Subbagian Umum dan Kepegawaian', DINKES],
  ['Hendra Wijayakusuma', '', 'A.Md.Kes.', 'L', '1993-09-03', 'PPPK', '2022/1', 117, 'VII', 'Operator Layanan Kesehatan', '', 'Seksi Pelayanan Kesehatan Primer', DINKES],
  ['Intan Permatasari', 'dr.', 'M.Epid.', 'P', '1988-01-25', 'PNS', '2014-02', 121, 'Penata, III/c', 'Epidemiolog Kesehatan Ahli Pertama', '', 'Bidang Pencegahan dan Pengendalian Penyakit', DINKES],
  ['Agus Salim Nugraha', '', 'A.Md.K.L.', 'L', '1995-06-30', 'PPPK', '2023/2', 109, 'VII', 'Tenaga Sanitasi Lingkungan Terampil', '', 'Bidang Pencegahan dan Pengendalian Penyakit', DINKES],
  ['Dewi Anggraini Lestari', '', 'S.K.M., M.Kes.', 'P', '1984-11-08', 'PNS', '2009-03', 132, 'Penata Tingkat I, III/d', 'Administrator Kesehatan Ahli Muda', '', 'Bidang Pelayanan Kesehatan', DINKES],
  ['Fajar Ramadhan', '', 'S.K.M.', 'L', '1992-03-17', 'PNS', '2019-04', 111, 'Penata Muda, III/a', 'Epidemiolog Kesehatan Ahli Muda', 'JF Keahlian', 'Seksi Surveilans dan Imunisasi', DINKES],
  ['Nurul Hidayati', '', 'S.Psi.', 'P', '1991-07-21', 'PNS', '2017-05', 106, 'Penata Muda Tingkat I, III/b', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', '', 'Bidang Mutasi dan Informasi Kepegawaian', BKPSDM],
  ['Bayu Aji Pamungkas', '', 'A.Md.', 'L', '1996-02-14', 'PPPK', '2022/1', 123, 'VII', 'Operator Layanan Operasional', '', 'Seksi Data dan Informasi Kepegawaian', BKPSDM],
  ['Sri Wahyuningsih', '', 'S.Sos., M.Si.', 'P', '1983-05-02', 'PNS', '2008-02', 118, 'Penata Tingkat I, III/d', 'Analis Sumber Daya Manusia Aparatur Ahli Muda', '', 'Bidang Penilaian Kinerja Aparatur dan Penghargaan', BKPSDM],
  ['Rizky Maulana Akbar', '', '', 'L', '1994-10-19', 'PNS', '2018-03', 127, 'Pengatur Tingkat I, II/d', 'Penata Layanan Operasional', '', 'Seksi Penghargaan dan Disiplin', BKPSDM],
  ['Yulia Rachmawati', '', 'S.E.', 'P', '1989-12-05', 'PNS', '2014-04', 112, 'Penata Muda Tingkat I, III/b', 'Pengadministrasi Perkantoran', '', 'Subbagian Umum dan Kepegawaian', BKPSDM],
  ['Teguh Prasetyo', '', 'S.Pd.', 'L', '1990-08-28', 'PNS', '2019-04', 135, 'Penata Muda, III/a', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'JF Keahlian', 'Seksi Pengembangan Kompetensi Teknis dan Fungsional', BKPSDM],
  ['Lia Amalia Putri', '', '', 'P', '1997-04-09', 'PPPK', '2023/1', 102, 'V', 'Operator Layanan Operasional', '', 'Seksi Identitas Penduduk', DUKCAPIL],
  ['Andika Surya Pratama', '', 'S.Kom.', 'L', '1991-01-13', 'PNS', '2017-05', 119, 'Penata Muda Tingkat I, III/b', 'Pranata Komputer Ahli Pertama', '', 'Bidang Pengelolaan Informasi Administrasi Kependudukan', DUKCAPIL],
  ['Maya Sofiana', '', 'A.Md.Kom.', 'P', '1995-11-22', 'PPPK', '2021/2', 114, 'VII', 'Pranata Komputer Terampil', '', 'Bidang Pengelolaan Informasi Administrasi Kependudukan', DUKCAPIL],
  ['Dedi Kurniawan', '', '', 'L', '1987-06-06', 'PNS', '2010-01', 128, 'Pengatur Tingkat I, II/d', 'Penata Layanan Operasional', '', 'Seksi Kelahiran dan Kematian', DUKCAPIL],
  ['Siti Nurhaliza Rahmawati', '', 'S.Pd.', 'P', '1992-09-14', 'PNS', '2019-04', 131, 'Penata Muda, III/a', 'Pengembang Teknologi Pembelajaran Ahli Pertama', '', 'Bidang Pembinaan Sekolah Dasar', DINDIKBUD],
  ['Yusuf Hidayatullah', '', 'S.Ag.', 'L', '1986-03-30', 'PNS', '2011-02', 105, 'Penata Muda Tingkat I, III/b', 'Pengadministrasi Perkantoran', '', 'Seksi Kurikulum dan Penilaian', DINDIKBUD],
  ['Ayu Kusumawardani', '', 'S.S., M.Hum.', 'P', '1985-12-18', 'PNS', '2010-03', 116, 'Penata, III/c', 'Pamong Budaya Ahli Muda', '', 'Bidang Kebudayaan', DINDIKBUD],
  ['Joko Susilo', '', '', 'L', '1993-05-27', 'PPPK', '2022/2', 125, 'V', 'Teknisi Sarana dan Prasarana', '', 'Seksi Cagar Budaya dan Permuseuman', DINDIKBUD],
  ['Indra Gunawan', 'Ir.', 'M.T.', 'L', '1988-10-04', 'PNS', '2013-03', 108, 'Penata Muda Tingkat I, III/b', 'Perencana Ahli Pertama', '', 'Bidang Perencanaan Infrastruktur dan Kewilayahan', BAPPEDA],
  ['Fitri Handayani', '', 'S.Si.', 'P', '1994-02-11', 'PNS', '2019-04', 122, 'Penata Muda, III/a', 'Statistisi Ahli Pertama', '', 'Bidang Perencanaan Pemerintahan dan Pembangunan Manusia', BAPPEDA],
  ['Rudi Hermawan', '', '', 'L', '1990-07-07', 'PPPK', '2021/1', 113, 'V', 'Pengadministrasi Perkantoran', '', 'Seksi Perencanaan Pemerintahan', BAPPEDA],
  ['Nadia Safitri', '', 'S.I.P., M.A.P.', 'P', '1991-04-23', 'PNS', '2016-06', 129, 'Penata Muda Tingkat I, III/b', 'Analis Kebijakan Ahli Pertama', '', 'Bagian Organisasi', SETDA],
  ['Wahyu Setiawan', '', 'A.Md.', 'L', '1996-08-16', 'PPPK', '2023/1', 107, 'VII', 'Arsiparis Terampil', '', 'Bagian Umum', SETDA],
  ['Eka Puspitasari', '', '', 'P', '1993-03-03', 'PNS', '2018-03', 124, 'Pengatur Tingkat I, II/d', 'Penata Layanan Operasional', '', 'Kelurahan Cilenggang', SERPONG],
  ['Ahmad Fauzi', 'H.', 'S.H.', 'L', '1985-05-15', 'PNS', '2010-01', 133, 'Penata, III/c', 'Pengadministrasi Perkantoran', '', 'Seksi Pemerintahan', SERPONG],
];

/** NIP PNS: birth YYYYMMDD, TMT CPNS YYYYMM, sex, sequence; NI PPPK: birth, year, 2, round, sex, sequence (domain.md §9). */
function nipOf(birth, kind, appointment, sex, seq) {
  const middle = kind === 'PNS' ? appointment.replace('-', '') : `${appointment.split('/')[0]}2${appointment.split('/')[1]}`;
  const digits = `${birth.replaceAll('-', '')}${middle}${sex === 'L' ? 1 : 2}${String(seq).padStart(3, '0')}`;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

function rowOf([name, depan, belakang, sex, birth, kind, appointment, seq, golongan, jabatan, jenis, unit, pd]) {
  return [nipOf(birth, kind, appointment, sex, seq), name, depan, belakang, new Date(`${birth}T00:00:00Z`), sex, kind, golongan, jabatan, jenis, unit, pd, 'Aktif'];
}

/** JSZip stamps each entry with the current time; fix it so the file is reproducible. */
function fixZipTimes(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dosTime = 8 << 11;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 2;
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i += 1) {
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

export async function buildSampleWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peka';
  workbook.lastModifiedBy = 'Peka';
  workbook.created = FIXED;
  workbook.modified = FIXED;
  const sheet = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, i) => ({ header, width: WIDTHS[i] }));
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(5).numFmt = 'dd-mm-yyyy';
  sheet.getRow(1).font = { bold: true };
  for (const person of PEOPLE) sheet.addRow(rowOf(person));
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer));
}

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : DEFAULT_OUT;
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = await buildSampleWorkbook();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`${out}: ${PEOPLE.length} pegawai, ${bytes.length} byte`);
}
