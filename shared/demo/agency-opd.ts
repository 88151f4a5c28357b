/**
 * Dinas and badan of the demo Pemerintah Kota Tangerang Selatan. Fictional organisation charts
 * shaped like a city's: Sekretariat with subbagian, bidang with seksi and functional staff.
 */
import type { StatusPegawai } from '../domain/reference';
import { bidang, fungsional as jf, pelaksana as pel, perangkatDaerah, sekretariat, seksi, subbagian, type UnitSpec } from './spec';

const PENGADMINISTRASI = 'Pengadministrasi Perkantoran';
const PENATA_LAYANAN = 'Penata Layanan Operasional';
const OPERATOR = 'Operator Layanan Operasional';
const TEKNISI = 'Teknisi Sarana dan Prasarana';

/** The usual two subbagian of a Sekretariat. */
function sekretariatUmum(pd: string, pdName: string, umumStaff = 1, umumPppk = 0, keuanganStaff = 1, opt: { statuses?: StatusPegawai[] } = {}): UnitSpec {
  return sekretariat(pd, pdName, [
    subbagian(pd, 'umum', 'Umum dan Kepegawaian', { staff: [pel('klerek', PENGADMINISTRASI, umumStaff, { pppk: umumPppk, ...opt })] }),
    subbagian(pd, 'keuangan', 'Perencanaan dan Keuangan', { staff: [pel('klerek', PENATA_LAYANAN, keuanganStaff, { edu: 'pelaksana' })] }),
  ]);
}

/** Seksi Pindah Datang Penduduk has no Kepala Seksi: its staff fall back to the Kepala Bidang. */
export const VACANT_SEKSI_KEY = 'dukcapil-seksi-pindah';

const DUKCAPIL_NAME = 'Dinas Kependudukan dan Pencatatan Sipil';
export const dukcapil: UnitSpec = perangkatDaerah('dukcapil', DUKCAPIL_NAME, 'Disdukcapil', 'jpt', [
  sekretariatUmum('dukcapil', DUKCAPIL_NAME, 2, 1),
  bidang('dukcapil', 'dafduk', 'Pelayanan Pendaftaran Penduduk', {
    staff: [jf('adminduk', 'Administrator Database Kependudukan Ahli Pertama', 'ahli-pertama', 2, { pppk: 1, edu: 'komputer' })],
    children: [
      seksi('dukcapil', 'identitas', 'Identitas Penduduk', { staff: [pel('operator', OPERATOR, 3, { pppk: 2 })] }),
      seksi('dukcapil', 'pindah', 'Pindah Datang Penduduk', { vacant: true, staff: [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 })] }),
    ],
  }),
  bidang('dukcapil', 'capil', 'Pelayanan Pencatatan Sipil', {
    children: [
      seksi('dukcapil', 'kelahiran', 'Kelahiran dan Kematian', { staff: [pel('klerek', PENATA_LAYANAN, 2, { pppk: 1, statuses: ['pensiun'] })] }),
      seksi('dukcapil', 'perkawinan', 'Perkawinan dan Perceraian', { staff: [pel('klerek', PENGADMINISTRASI, 1)] }),
    ],
  }),
  bidang('dukcapil', 'piak', 'Pengelolaan Informasi Administrasi Kependudukan', {
    staff: [
      jf('prakom-terampil', 'Pranata Komputer Terampil', 'terampil', 2, { pppk: 1, edu: 'komputer-d3' }),
      jf('prakom-ahli', 'Pranata Komputer Ahli Pertama', 'ahli-pertama', 1, { edu: 'komputer', statuses: ['tugas-belajar'] }),
      pel('teknisi', TEKNISI, 1),
    ],
    children: [seksi('dukcapil', 'siak', 'Sistem Informasi Administrasi Kependudukan', { edu: 'komputer', staff: [pel('operator', OPERATOR, 1, { pppk: 1 })] })],
  }),
]);

const BKPSDM_NAME = 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia';
export const bkpsdm: UnitSpec = perangkatDaerah('bkpsdm', BKPSDM_NAME, 'BKPSDM', 'jpt', [
  sekretariatUmum('bkpsdm', BKPSDM_NAME, 2, 1),
  bidang('bkpsdm', 'mutasi', 'Mutasi dan Informasi Kepegawaian', {
    staff: [
      jf('asn-pertama', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'ahli-pertama', 1, { edu: 'sdm' }),
      jf('prakom', 'Pranata Komputer Terampil', 'terampil', 1, { pppk: 1, edu: 'komputer-d3' }),
    ],
    children: [
      seksi('bkpsdm', 'data', 'Data dan Informasi Kepegawaian', {
        staff: [pel('klerek', PENGADMINISTRASI, 1, { statuses: ['mutasi-keluar'] }), pel('operator', OPERATOR, 1, { pppk: 1 })],
      }),
    ],
  }),
  bidang('bkpsdm', 'kinerja', 'Penilaian Kinerja Aparatur dan Penghargaan', {
    staff: [
      jf('asn-muda', 'Analis Sumber Daya Manusia Aparatur Ahli Muda', 'ahli-muda', 2, { edu: 'sdm' }),
      jf('asn-pertama', 'Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'ahli-pertama', 1, { pppk: 1, edu: 'sdm' }),
    ],
    children: [
      seksi('bkpsdm', 'penilaian', 'Penilaian Kinerja', { staff: [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 })] }),
      seksi('bkpsdm', 'penghargaan', 'Penghargaan dan Disiplin', { staff: [pel('klerek', PENATA_LAYANAN, 1, { pppk: 1 })] }),
    ],
  }),
  bidang('bkpsdm', 'bangkom', 'Pengembangan Kompetensi Aparatur', {
    staff: [jf('asesor', 'Asesor Sumber Daya Manusia Aparatur Ahli Pertama', 'ahli-pertama', 1, { edu: 'sdm' })],
    children: [seksi('bkpsdm', 'diklat', 'Pengembangan Kompetensi Teknis dan Fungsional', { staff: [pel('klerek', PENGADMINISTRASI, 1)] })],
  }),
]);

export const dinkes: UnitSpec = perangkatDaerah('dinkes', 'Dinas Kesehatan', 'Dinkes', 'jpt-kesehatan', [
  sekretariatUmum('dinkes', 'Dinas Kesehatan', 1, 1, 2),
  bidang('dinkes', 'yankes', 'Pelayanan Kesehatan', {
    edu: 'kesehatan',
    staff: [jf('adminkes', 'Administrator Kesehatan Ahli Muda', 'ahli-muda', 1, { edu: 'kesehatan' })],
    children: [
      seksi('dinkes', 'primer', 'Pelayanan Kesehatan Primer', {
        edu: 'kesehatan',
        staff: [pel('operator', 'Operator Layanan Kesehatan', 2, { pppk: 1, edu: 'kesehatan-d3', statuses: ['mutasi-keluar'] })],
      }),
    ],
  }),
  bidang('dinkes', 'p2p', 'Pencegahan dan Pengendalian Penyakit', {
    edu: 'kesehatan',
    staff: [
      jf('epidemiolog', 'Epidemiolog Kesehatan Ahli Pertama', 'ahli-pertama', 1, { pppk: 1, edu: 'kesehatan' }),
      jf('sanitasi', 'Tenaga Sanitasi Lingkungan Terampil', 'terampil', 1, { edu: 'kesehatan-d3' }),
    ],
    children: [seksi('dinkes', 'surveilans', 'Surveilans dan Imunisasi', { edu: 'kesehatan', staff: [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 })] })],
  }),
]);

export const dindikbud: UnitSpec = perangkatDaerah('dindikbud', 'Dinas Pendidikan dan Kebudayaan', 'Dindikbud', 'jpt-pendidikan', [
  sekretariatUmum('dindikbud', 'Dinas Pendidikan dan Kebudayaan', 2, 1, 1, { statuses: ['cltn'] }),
  bidang('dindikbud', 'sd', 'Pembinaan Sekolah Dasar', {
    staff: [jf('ptp', 'Pengembang Teknologi Pembelajaran Ahli Pertama', 'ahli-pertama', 1, { pppk: 1, edu: 'pendidikan' })],
    children: [seksi('dindikbud', 'kurikulum', 'Kurikulum dan Penilaian', { edu: 'pendidikan', staff: [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 })] })],
  }),
  bidang('dindikbud', 'kebudayaan', 'Kebudayaan', {
    staff: [jf('pamong', 'Pamong Budaya Ahli Muda', 'ahli-muda', 1, { edu: 'pendidikan' })],
    children: [
      seksi('dindikbud', 'cagar', 'Cagar Budaya dan Permuseuman', { staff: [pel('klerek', PENGADMINISTRASI, 1, { pppk: 1 }), pel('teknisi', TEKNISI, 1)] }),
    ],
  }),
]);

const BAPPEDA_NAME = 'Badan Perencanaan Pembangunan Daerah';
export const bappeda: UnitSpec = perangkatDaerah('bappeda', BAPPEDA_NAME, 'Bappeda', 'jpt', [
  sekretariat(
    'bappeda',
    BAPPEDA_NAME,
    [subbagian('bappeda', 'umum', 'Umum dan Kepegawaian', { staff: [pel('klerek', PENGADMINISTRASI, 1)] })],
    [jf('perencana', 'Perencana Ahli Pertama', 'ahli-pertama', 1, { edu: 'perencana', statuses: ['tugas-belajar'] })],
  ),
  bidang('bappeda', 'ppm', 'Perencanaan Pemerintahan dan Pembangunan Manusia', {
    edu: 'perencana',
    staff: [
      jf('perencana', 'Perencana Ahli Muda', 'ahli-muda', 2, { edu: 'perencana' }),
      jf('statistisi', 'Statistisi Ahli Pertama', 'ahli-pertama', 1, { pppk: 1, edu: 'statistik' }),
    ],
    children: [seksi('bappeda', 'pemerintahan', 'Perencanaan Pemerintahan', { staff: [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 })] })],
  }),
  bidang('bappeda', 'infrawil', 'Perencanaan Infrastruktur dan Kewilayahan', {
    edu: 'perencana',
    staff: [
      jf('perencana-muda', 'Perencana Ahli Muda', 'ahli-muda', 1, { edu: 'perencana' }),
      jf('perencana-pertama', 'Perencana Ahli Pertama', 'ahli-pertama', 1, { pppk: 1, edu: 'perencana' }),
    ],
  }),
]);
