/**
 * RHK of unit heads that recur in every perangkat daerah (Sekretariat, subbagian) and of the
 * kecamatan, whose Camat is appraised by the Wali Kota and so types the supported RHK as text.
 */
import type { Unit } from '../schemas/entities';
import { HEAD_RHK } from './skp-content-heads';
import { iki as i, rhk, type RhkTpl } from './skp-types';

const RPJMD = '(Sasaran RPJMD Kota Tangerang Selatan 2025-2029)';

const KECAMATAN: Record<string, RhkTpl[]> = {
  'unit-serpong': [
    rhk('Meningkatnya kualitas pelayanan publik di {unit}', [
      i('Indeks Kepuasan Masyarakat terhadap layanan kecamatan', 85, 'poin', { aspek: 'kualitas' }),
      i('Persentase layanan PATEN yang selesai tepat waktu', 95, '%', { aspek: 'waktu' }),
    ], { ext: `Meningkatnya kualitas pelayanan publik ${RPJMD}` }),
    rhk('Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan', [i('Persentase gangguan ketenteraman yang ditangani', 100, '%')], {
      ext: `Terwujudnya ketenteraman dan ketertiban umum ${RPJMD}`,
    }),
    rhk('Terkoordinasinya pemberdayaan masyarakat kelurahan', [i('Jumlah musrenbang kelurahan dan kecamatan yang terlaksana', 7, 'forum')], {
      ext: `Meningkatnya partisipasi masyarakat dalam pembangunan ${RPJMD}`,
    }),
  ],
  'unit-serpong-sekretariat': [
    rhk('Terselenggaranya administrasi umum, kepegawaian dan keuangan kecamatan', [
      i('Persentase laporan keuangan kecamatan yang disampaikan tepat waktu', 100, '%', { aspek: 'waktu' }),
      i('Jumlah dokumen perencanaan dan pelaporan kinerja kecamatan', 5, 'dokumen'),
    ], { up: 0 }),
  ],
  'unit-serpong-seksi-pemerintahan': [
    rhk('Terlaksananya pembinaan administrasi pemerintahan kelurahan', [i('Jumlah kelurahan yang dibina administrasinya', 9, 'kelurahan'), i('Jumlah laporan penyelenggaraan pemerintahan kecamatan', 4, 'laporan')], { up: 0 }),
    rhk('Terfasilitasinya pelayanan administrasi terpadu kecamatan (PATEN)', [i('Jumlah permohonan PATEN yang diproses', 2400, 'permohonan')], { up: 0 }),
  ],
  'unit-serpong-seksi-trantib': [
    rhk('Terlaksananya patroli dan penanganan gangguan ketenteraman', [i('Jumlah patroli wilayah yang dilaksanakan', 96, 'patroli'), i('Persentase pengaduan ketenteraman yang ditindaklanjuti', 100, '%')], { up: 1 }),
  ],
};

const SEKRETARIAT: RhkTpl[] = [
  rhk('Terselenggaranya perencanaan, keuangan dan pelaporan kinerja {pd} yang akuntabel', [
    i('Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu', 100, '%', { aspek: 'waktu' }),
    i('Persentase realisasi anggaran {pd}', 95, '%', { aspek: 'biaya' }),
  ], { up: -1 }),
  rhk('Terkelolanya administrasi umum dan kepegawaian {pd}', [i('Persentase layanan administrasi kepegawaian yang diselesaikan tepat waktu', 100, '%', { aspek: 'waktu' })], { up: -1 }),
];

const SUBBAG_UMUM: RhkTpl[] = [
  rhk('Terlaksananya layanan administrasi umum dan kepegawaian {pd}', [
    i('Jumlah usulan layanan kepegawaian yang diproses', 120, 'usulan'),
    i('Persentase surat dinas yang terdistribusi tepat waktu', 100, '%', { aspek: 'waktu' }),
  ], { up: 1 }),
  rhk('Tertatausahakannya barang milik daerah di lingkungan {pd}', [i('Persentase barang milik daerah yang tercatat dalam KIB', 100, '%')], { up: 1 }),
];

const SUBBAG_KEUANGAN: RhkTpl[] = [
  rhk('Tersusunnya dokumen perencanaan dan laporan keuangan {pd}', [
    i('Jumlah dokumen perencanaan dan penganggaran yang disusun', 6, 'dokumen'),
    i('Jumlah laporan keuangan yang disusun tepat waktu', 12, 'laporan'),
  ], { up: 0 }),
  rhk('Terkendalinya realisasi anggaran {pd}', [i('Persentase realisasi anggaran {pd}', 95, '%', { aspek: 'biaya' })], { up: 0 }),
];

const KELURAHAN: RhkTpl[] = [
  rhk('Terselenggaranya pelayanan administrasi di {unit}', [
    i('Jumlah surat pengantar dan surat keterangan yang diterbitkan', 1500, 'surat'),
    i('Rata-rata waktu penerbitan surat keterangan', 1, 'hari'),
  ], { up: 0 }),
  rhk('Terlaksananya pemberdayaan masyarakat di {unit}', [i('Jumlah kegiatan musyawarah dan pemberdayaan masyarakat', 12, 'kegiatan')], { up: 2 }),
];

/** RHK of whoever heads the unit (Administrator or Pengawas). */
export function headTemplates(unit: Unit): RhkTpl[] {
  const own = HEAD_RHK[unit.id] ?? KECAMATAN[unit.id];
  if (own) return own;
  if (unit.id.endsWith('-sekretariat')) return SEKRETARIAT;
  if (unit.id.endsWith('-subbag-umum')) return SUBBAG_UMUM;
  if (unit.id.endsWith('-subbag-keuangan')) return SUBBAG_KEUANGAN;
  if (unit.kind === 'kelurahan') return KELURAHAN;
  return [
    rhk('Terlaksananya program dan kegiatan {unit}', [i('Persentase kegiatan {unit} yang terlaksana sesuai rencana', 100, '%')], { up: 0 }),
    rhk('Tersusunnya laporan kinerja {unit}', [i('Jumlah laporan kinerja yang disusun tepat waktu', 4, 'laporan')], { up: -1 }),
  ];
}
