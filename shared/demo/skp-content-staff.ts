/**
 * RHK of staff (Pelaksana and Jabatan Fungsional), by position and unit: the first matching rule
 * wins. Each cascades from the RHK of the Kepala Seksi / Kepala Subbagian / Kepala Bidang above.
 */
import type { Position, Unit } from '../schemas/entities';
import { iki as i, rhk, trendIki, type RhkTpl } from './skp-types';

interface Rule {
  when: (p: Position, u: Unit) => boolean;
  rhk: RhkTpl[];
  /** Positions whose SKP uses the kualitatif approach. */
  kualitatif?: boolean;
}

const inUnit = (id: string) => (_: Position, u: Unit) => u.id === id;
const named = (prefix: string, unitPart = '') => (p: Position, u: Unit) => p.name.startsWith(prefix) && u.id.includes(unitPart);
const LOKET = ['Memverifikasi kelengkapan berkas pemohon di loket', 'Menginput data permohonan ke SIAK', 'Menyerahkan dokumen jadi dan mencatat tanda terima'];

const RULES: Rule[] = [
  { when: inUnit('unit-dukcapil-seksi-identitas'), rhk: [
    rhk('Terlaksananya perekaman dan pencetakan KTP-el', [i('Jumlah KTP-el yang dicetak', 1200, 'keping KTP-el'), trendIki()], { aksi: ['Mencetak KTP-el sesuai antrean harian', 'Memeriksa hasil cetak dan blangko rusak', ...LOKET.slice(2)] }),
    rhk('Terlayaninya perekaman biometrik penduduk', [i('Jumlah penduduk yang direkam biometriknya', 1500, 'orang')]),
  ] },
  { when: inUnit('unit-dukcapil-seksi-pindah'), rhk: [
    rhk('Terprosesnya permohonan pindah datang penduduk', [i('Jumlah Surat Keterangan Pindah yang diterbitkan', 1800, 'dokumen'), trendIki()], { up: 1, aksi: LOKET }),
    rhk('Tertatanya arsip berkas pindah datang', [i('Jumlah berkas pindah datang yang diarsipkan', 1800, 'berkas')], { up: 0 }),
  ] },
  { when: inUnit('unit-dukcapil-seksi-kelahiran'), rhk: [
    rhk('Terverifikasinya berkas permohonan akta kelahiran dan akta kematian', [i('Jumlah berkas akta yang diverifikasi', 6000, 'berkas'), trendIki()], { up: 0, aksi: LOKET }),
  ] },
  { when: inUnit('unit-dukcapil-seksi-perkawinan'), rhk: [
    rhk('Terverifikasinya berkas permohonan akta perkawinan dan perceraian', [i('Jumlah berkas yang diverifikasi', 1200, 'berkas'), trendIki()], { up: 0, aksi: LOKET }),
  ] },
  { when: inUnit('unit-dukcapil-seksi-siak'), rhk: [rhk('Terlaksananya verifikasi data ganda kependudukan', [i('Jumlah data ganda yang diverifikasi', 600, 'data')], { up: 1 })] },
  { when: named('Administrator Database Kependudukan'), rhk: [
    rhk('Termutakhirkannya database kependudukan hasil perekaman', [i('Jumlah data kependudukan yang dimutakhirkan', 24000, 'data'), i('Persentase data perekaman yang tersinkron ke server pusat', 100, '%')]),
  ] },
  { when: named('Pranata Komputer', 'dukcapil'), rhk: [
    rhk('Terpeliharanya perangkat keras dan jaringan SIAK', [i('Jumlah perangkat yang dipelihara', 120, 'unit'), i('Persentase gangguan jaringan yang ditangani dalam 1 hari', 95, '%', { aspek: 'waktu' })], { up: 1 }),
  ] },
  { when: named('Pranata Komputer'), rhk: [rhk('Terpeliharanya aplikasi dan basis data kepegawaian', [i('Persentase ketersediaan layanan aplikasi kepegawaian', 99, '%')], { up: 1 })] },
  { when: named('Analis Kebijakan Ahli Madya'), kualitatif: true, rhk: [
    rhk('Tersusunnya kajian dan rekomendasi kebijakan strategis daerah', [i('Jumlah rekomendasi kebijakan yang disampaikan kepada pimpinan', 4, 'rekomendasi', { kualitatif: 'Rekomendasi kebijakan berbasis data diterima dan ditindaklanjuti pimpinan' })], { up: 0 }),
    rhk('Terlaksananya telaahan atas rancangan kebijakan perangkat daerah', [i('Jumlah telaahan staf yang disusun', 12, 'telaahan', { kualitatif: 'Telaahan disampaikan sebelum rapat pimpinan dengan analisis risiko yang jelas' })], { up: 1 }),
  ] },
  { when: named('Analis Kebijakan'), rhk: [rhk('Tersusunnya bahan analisis kelembagaan perangkat daerah', [i('Jumlah naskah analisis kebijakan kelembagaan', 4, 'naskah')])] },
  { when: named('Arsiparis'), rhk: [
    rhk('Terkelolanya arsip dinamis Sekretariat Daerah', [i('Jumlah berkas arsip yang ditata sesuai klasifikasi', 1200, 'berkas'), i('Jumlah arsip inaktif yang dipindahkan ke record center', 200, 'boks')], { up: 1 }),
  ] },
  { when: named('Analis Sumber Daya Manusia Aparatur', 'mutasi'), rhk: [rhk('Terverifikasinya usulan kenaikan pangkat dan mutasi ASN', [i('Jumlah usulan kenaikan pangkat yang diverifikasi', 800, 'usulan')])] },
  { when: named('Analis Sumber Daya Manusia Aparatur'), rhk: [
    rhk('Terlaksananya analisis hasil penilaian kinerja ASN', [i('Jumlah dokumen SKP yang diverifikasi', 1500, 'dokumen'), i('Jumlah laporan analisis hasil penilaian kinerja', 4, 'laporan')]),
  ] },
  { when: named('Asesor'), rhk: [rhk('Terlaksananya penilaian kompetensi ASN', [i('Jumlah ASN yang dinilai kompetensinya', 150, 'orang'), i('Jumlah laporan hasil penilaian kompetensi', 6, 'laporan')], { up: 1 })] },
  { when: named('Administrator Kesehatan'), kualitatif: true, rhk: [
    rhk('Tersusunnya kajian mutu pelayanan kesehatan primer', [i('Jumlah kajian mutu layanan puskesmas', 2, 'kajian', { kualitatif: 'Kajian mutu memuat rekomendasi perbaikan yang disepakati kepala puskesmas' })]),
  ] },
  { when: named('Epidemiolog'), rhk: [
    rhk('Terlaksananya analisis dan kajian epidemiologi', [i('Jumlah laporan kajian epidemiologi', 12, 'laporan'), i('Persentase sinyal KLB yang diverifikasi dalam 24 jam', 100, '%', { aspek: 'waktu' })], { up: 1 }),
  ] },
  { when: named('Tenaga Sanitasi'), rhk: [rhk('Terlaksananya inspeksi kesehatan lingkungan', [i('Jumlah tempat pengelolaan pangan yang diinspeksi', 240, 'tempat')])] },
  { when: named('Pengembang Teknologi Pembelajaran'), rhk: [rhk('Tersedianya media pembelajaran digital untuk SD', [i('Jumlah media pembelajaran yang dikembangkan', 24, 'media')])] },
  { when: named('Pamong Budaya'), kualitatif: true, rhk: [
    rhk('Terdokumentasinya objek pemajuan kebudayaan daerah', [i('Jumlah objek pemajuan kebudayaan yang dikaji', 8, 'objek', { kualitatif: 'Kajian objek pemajuan kebudayaan lengkap dan siap diusulkan penetapannya' })]),
  ] },
  { when: named('Perencana Ahli Muda', 'infrawil'), kualitatif: true, rhk: [
    rhk('Tersusunnya bahan rencana pembangunan infrastruktur kewilayahan', [i('Jumlah dokumen rencana yang disusun', 3, 'dokumen', { kualitatif: 'Rancangan rencana infrastruktur selaras dengan RTRW dan disepakati perangkat daerah teknis' })]),
  ] },
  { when: named('Perencana'), rhk: [rhk('Tersusunnya bahan perencanaan dan evaluasi program', [i('Jumlah dokumen rencana yang disusun', 4, 'dokumen'), i('Jumlah laporan evaluasi program', 4, 'laporan')])] },
  { when: named('Statistisi'), rhk: [rhk('Tersajinya data statistik sektoral', [i('Jumlah publikasi data statistik sektoral', 4, 'publikasi'), i('Persentase indikator RPJMD yang datanya tersedia', 95, '%')], { up: 1 })] },
  { when: named('Penata Layanan Operasional', 'subbag-keuangan'), rhk: [
    rhk('Terlaksananya penatausahaan keuangan {pd}', [i('Jumlah SPJ yang diverifikasi', 600, 'dokumen'), i('Persentase SPJ yang selesai diverifikasi dalam 3 hari', 95, '%', { aspek: 'waktu' })]),
  ] },
  { when: named('Penata Layanan Operasional', 'penghargaan'), rhk: [rhk('Terverifikasinya berkas usulan penghargaan ASN', [i('Jumlah berkas Satyalancana Karya Satya yang diverifikasi', 300, 'berkas')])] },
  { when: (p, u) => u.kind === 'kelurahan' && p.pelaksanaGroup !== 'teknisi', rhk: [
    rhk('Terlayaninya permohonan surat pengantar dan keterangan warga', [i('Jumlah surat pengantar yang diterbitkan', 900, 'surat'), i('Rata-rata waktu pelayanan surat pengantar', 1, 'hari')]),
  ] },
  { when: named('Pengadministrasi Perkantoran', 'subbag-umum'), rhk: [rhk('Terlaksananya administrasi kepegawaian {pd}', [i('Jumlah usulan layanan kepegawaian yang diadministrasikan', 120, 'usulan')])] },
  { when: named('Pengadministrasi Perkantoran', 'seksi-penilaian'), rhk: [rhk('Terhimpunnya dokumen SKP dan evaluasi kinerja ASN', [i('Jumlah dokumen evaluasi kinerja yang diarsipkan', 1800, 'dokumen')])] },
  { when: named('Operator Layanan Operasional', 'seksi-data'), rhk: [rhk('Terinputnya pemutakhiran data ASN ke SIASN', [i('Jumlah data ASN yang diinput ke SIASN', 3000, 'data')])] },
  { when: named('Operator Layanan Operasional', 'trantib'), rhk: [rhk('Terekapnya laporan patroli dan pengaduan ketenteraman', [i('Jumlah laporan patroli yang direkap', 96, 'laporan')])] },
  { when: named('Operator Layanan Operasional', 'subbag-tu'), rhk: [rhk('Tercatatnya agenda dan tamu pimpinan', [i('Jumlah agenda pimpinan yang dicatat', 480, 'agenda')])] },
  { when: named('Operator Layanan Kesehatan'), rhk: [rhk('Terekapnya data kunjungan layanan kesehatan primer', [i('Jumlah laporan kunjungan puskesmas yang direkap', 348, 'laporan')])] },
  { when: (p) => p.pelaksanaGroup === 'teknisi', rhk: [
    rhk('Terpeliharanya sarana dan prasarana {unit}', [i('Jumlah pemeliharaan sarana yang dilaksanakan', 48, 'kegiatan'), i('Persentase kerusakan yang ditangani dalam 2 hari', 90, '%', { aspek: 'waktu' })]),
  ] },
];

const PERSURATAN = rhk('Terlaksananya pengadministrasian persuratan {unit}', [
  i('Jumlah surat masuk dan keluar yang diagendakan', 1200, 'surat'),
  i('Persentase surat yang terdistribusi pada hari yang sama', 100, '%', { aspek: 'waktu' }),
]);

/** The staff RHK for a position, and whether its SKP is kualitatif. */
export function staffTemplates(position: Position, unit: Unit): { rhk: RhkTpl[]; kualitatif: boolean } {
  const rule = RULES.find((r) => r.when(position, unit));
  return rule ? { rhk: rule.rhk, kualitatif: rule.kualitatif ?? false } : { rhk: [PERSURATAN], kualitatif: false };
}

/** Second Utama RHK for staff with one: the periodic report of their own work. */
export const LAPORAN_RHK: RhkTpl = rhk('Tersusunnya laporan pelaksanaan tugas pada {unit}', [i('Jumlah laporan bulanan yang disusun tepat waktu', 12, 'laporan')], {
  up: -1,
  aksi: ['Merekap hasil kerja harian', 'Menyusun laporan bulanan dan menyampaikannya kepada atasan'],
});
