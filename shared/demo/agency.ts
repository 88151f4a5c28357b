/**
 * The demo agency as a whole: a fictional Pemerintah Kota Tangerang Selatan. Office names follow
 * the real city's pattern; every person in it is invented.
 *
 * No JPT Utama post appears: city governments have none (their most senior ASN, the Sekretaris
 * Daerah, is JPT Madya).
 */
import { bappeda, bkpsdm, dindikbud, dinkes, dukcapil, VACANT_SEKSI_KEY } from './agency-opd';
import {
  bagian,
  customUnit,
  fungsional as jf,
  kecamatan,
  kelurahan,
  lead,
  pelaksana as pel,
  seksi,
  subbagian,
  type UnitSpec,
} from './spec';

const PENGADMINISTRASI = 'Pengadministrasi Perkantoran';

const setda: UnitSpec = customUnit('setda', 'Sekretariat Daerah', 'perangkat-daerah', lead('setda-sekda', 'Sekretaris Daerah', 'jpt-madya', 'jpt'), {
  shortName: 'Setda',
  staff: [jf('analis-kebijakan', 'Analis Kebijakan Ahli Madya', 'ahli-madya', 1, { edu: 'kebijakan' })],
  children: [
    bagian('setda', 'organisasi', 'Organisasi', {
      staff: [jf('analis-kebijakan', 'Analis Kebijakan Ahli Pertama', 'ahli-pertama', 1, { edu: 'kebijakan' })],
      children: [subbagian('setda', 'kelembagaan', 'Kelembagaan dan Analisis Jabatan', { staff: [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 })] })],
    }),
    bagian('setda', 'umum', 'Umum', {
      staff: [
        jf('arsiparis-mahir', 'Arsiparis Mahir', 'mahir', 1, { edu: 'arsip' }),
        jf('arsiparis-terampil', 'Arsiparis Terampil', 'terampil', 1, { pppk: 1, edu: 'arsip' }),
      ],
      children: [
        subbagian('setda', 'tu', 'Tata Usaha Pimpinan', {
          staff: [
            pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 }),
            pel('operator', 'Operator Layanan Operasional', 1, { pppk: 1 }),
            pel('teknisi', 'Teknisi Sarana dan Prasarana', 1, { statuses: ['pensiun'] }),
          ],
        }),
      ],
    }),
  ],
});

const KEC = 'serpong';
const serpong: UnitSpec = kecamatan(KEC, 'Serpong', [
  customUnit(`${KEC}-sekretariat`, 'Sekretariat Kecamatan', 'bagian', lead(`${KEC}-sekcam`, 'Sekretaris Kecamatan Serpong', 'administrator', 'pemerintahan'), {
    children: [subbagian(KEC, 'umum', 'Umum dan Kepegawaian', { staff: [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 })] })],
  }),
  seksi(KEC, 'pemerintahan', 'Pemerintahan', { edu: 'pemerintahan', staff: [pel('klerek', PENGADMINISTRASI, 2, { statuses: ['cltn'] })] }),
  seksi(KEC, 'trantib', 'Ketenteraman dan Ketertiban Umum', { staff: [pel('operator', 'Operator Layanan Operasional', 1, { pppk: 1 })] }),
  kelurahan(KEC, 'lengkong-gudang', 'Lengkong Gudang', [pel('klerek', PENGADMINISTRASI, 2, { pppk: 1 }), pel('operator', 'Operator Layanan Operasional', 1, { pppk: 1 })]),
  kelurahan(KEC, 'rawa-mekar-jaya', 'Rawa Mekar Jaya', [pel('klerek', PENGADMINISTRASI, 1), pel('operator', 'Operator Layanan Operasional', 1, { pppk: 1 })]),
  kelurahan(KEC, 'cilenggang', 'Cilenggang', [pel('klerek', 'Penata Layanan Operasional', 1, { pppk: 1 }), pel('teknisi', 'Teknisi Sarana dan Prasarana', 1)]),
]);

export const DEMO_AGENCY_SPEC: UnitSpec = customUnit(
  'pemkot',
  'Pemerintah Kota Tangerang Selatan',
  'instansi',
  lead('pemkot-walikota', 'Wali Kota Tangerang Selatan', 'kepala-daerah', 'kepala-daerah'),
  { shortName: 'Pemkot Tangsel', children: [setda, dukcapil, bkpsdm, dinkes, dindikbud, bappeda, serpong] },
);

export const DEMO_VACANT_UNIT_ID = `unit-${VACANT_SEKSI_KEY}`;
