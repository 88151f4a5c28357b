/**
 * RHK of the Administrator and Pengawas heading each unit, cascading from their penilai's RHK
 * (`up` names the supported Utama RHK; -1 = the last, the governance one of a JPT).
 */
import { iki as i, rhk, trendIki, type RhkTpl } from './skp-types';

const KASI_DUKCAPIL_AKSI = ['Membagi jadwal loket dan petugas verifikasi', 'Memantau antrean dan waktu layanan harian', 'Merekap dokumen terbit per minggu'];

export const HEAD_RHK: Record<string, RhkTpl[]> = {
  'unit-setda-bagian-organisasi': [
    rhk('Tersusunnya kelembagaan dan tata laksana perangkat daerah yang efektif', [
      i('Jumlah rancangan peraturan kelembagaan dan tata laksana yang disusun', 4, 'rancangan'),
      i('Persentase perangkat daerah yang memiliki peta proses bisnis mutakhir', 80, '%'),
    ], { up: 0 }),
    rhk('Terlaksananya evaluasi akuntabilitas kinerja perangkat daerah', [i('Jumlah laporan hasil evaluasi SAKIP perangkat daerah', 32, 'laporan')], { up: 0 }),
  ],
  'unit-setda-subbag-kelembagaan': [
    rhk('Termutakhirkannya analisis jabatan dan analisis beban kerja perangkat daerah', [i('Jumlah perangkat daerah yang dokumen anjab dan ABK-nya dimutakhirkan', 32, 'perangkat daerah')], { up: 0 }),
    rhk('Terfasilitasinya evaluasi kelembagaan perangkat daerah', [i('Jumlah laporan evaluasi kelembagaan', 2, 'laporan')], { up: 0 }),
  ],
  'unit-setda-bagian-umum': [
    rhk('Terselenggaranya pelayanan ketatausahaan dan keprotokolan pimpinan', [
      i('Persentase agenda pimpinan yang terlayani', 100, '%'),
      i('Jumlah naskah dinas pimpinan yang diproses', 2400, 'naskah'),
    ], { up: 1 }),
    rhk('Terkelolanya arsip dinamis Sekretariat Daerah', [i('Jumlah berkas arsip yang ditata sesuai klasifikasi', 1800, 'berkas')], { up: 0 }),
  ],
  'unit-setda-subbag-tu': [
    rhk('Terlaksananya tata usaha pimpinan yang tertib', [
      i('Jumlah naskah dinas pimpinan yang diagendakan', 2400, 'naskah'),
      i('Rata-rata waktu penyampaian disposisi pimpinan', 1, 'hari'),
    ], { up: 0 }),
    rhk('Terpenuhinya dukungan rapat dan agenda pimpinan', [i('Jumlah rapat pimpinan yang difasilitasi', 96, 'rapat')], { up: 0 }),
  ],
  'unit-dukcapil-bidang-dafduk': [
    rhk('Meningkatnya cakupan kepemilikan KTP-el dan KIA', [
      i('Persentase penduduk wajib KTP-el yang telah merekam', 99, '%', { aspek: 'kuantitas' }),
      i('Jumlah Kartu Identitas Anak yang diterbitkan', 15000, 'keping KIA'),
    ], { up: 0 }),
    rhk('Terselenggaranya pelayanan pendaftaran penduduk yang cepat', [trendIki()], { up: 1 }),
  ],
  'unit-dukcapil-seksi-identitas': [
    rhk('Terlaksananya perekaman dan pencetakan KTP-el', [i('Jumlah KTP-el yang dicetak', 4800, 'keping KTP-el'), trendIki()], { up: 0, aksi: KASI_DUKCAPIL_AKSI }),
    rhk('Terlaksananya pelayanan jemput bola perekaman KTP-el', [i('Jumlah kegiatan perekaman keliling di sekolah dan panti', 24, 'kegiatan')], { up: 0 }),
  ],
  'unit-dukcapil-bidang-capil': [
    rhk('Meningkatnya cakupan kepemilikan akta pencatatan sipil', [
      i('Persentase anak usia 0-18 tahun yang memiliki akta kelahiran', 98, '%', { aspek: 'kuantitas' }),
      i('Jumlah akta pencatatan sipil yang diterbitkan', 24000, 'akta'),
    ], { up: 0 }),
    rhk('Terselenggaranya pelayanan pencatatan sipil yang cepat', [trendIki()], { up: 1 }),
  ],
  'unit-dukcapil-seksi-kelahiran': [
    rhk('Terbitnya akta kelahiran dan akta kematian tepat waktu', [i('Jumlah akta kelahiran dan akta kematian yang diterbitkan', 18000, 'akta'), trendIki()], { up: 1, aksi: KASI_DUKCAPIL_AKSI }),
    rhk('Terintegrasinya pelaporan kelahiran dan kematian dengan fasilitas kesehatan', [i('Jumlah fasilitas kesehatan yang terhubung layanan pelaporan', 30, 'faskes')], { up: 0 }),
  ],
  'unit-dukcapil-seksi-perkawinan': [
    rhk('Terbitnya akta perkawinan dan akta perceraian tepat waktu', [i('Jumlah akta perkawinan dan perceraian yang diterbitkan', 2400, 'akta'), trendIki()], { up: 1, aksi: KASI_DUKCAPIL_AKSI }),
    rhk('Terlaksananya sosialisasi pencatatan perkawinan bagi penghayat dan nonmuslim', [i('Jumlah kegiatan sosialisasi', 6, 'kegiatan')], { up: 0 }),
  ],
  'unit-dukcapil-bidang-piak': [
    rhk('Meningkatnya pemanfaatan data kependudukan oleh lembaga pengguna', [i('Jumlah perjanjian kerja sama pemanfaatan data yang aktif', 40, 'perjanjian')], { up: 2 }),
    rhk('Terjaganya keandalan sistem informasi administrasi kependudukan', [i('Persentase ketersediaan layanan SIAK', 99, '%')], { up: 1 }),
  ],
  'unit-dukcapil-seksi-siak': [
    rhk('Terpeliharanya jaringan dan perangkat SIAK', [i('Persentase ketersediaan layanan SIAK', 99, '%'), i('Rata-rata waktu penanganan gangguan jaringan', 1, 'hari')], { up: 1 }),
    rhk('Terlaksananya konsolidasi dan pembersihan data kependudukan', [i('Jumlah data ganda yang diselesaikan', 1200, 'data')], { up: 0 }),
  ],
  'unit-bkpsdm-bidang-mutasi': [
    rhk('Terselenggaranya mutasi dan promosi ASN sesuai sistem merit', [
      i('Persentase usulan mutasi yang diproses sesuai ketentuan', 100, '%'),
      i('Rata-rata waktu penyelesaian usulan kenaikan pangkat', 14, 'hari'),
    ], { up: 0 }),
    rhk('Termutakhirkannya data kepegawaian pada SIASN', [i('Persentase data ASN yang mutakhir di SIASN', 98, '%')], { up: 0 }),
  ],
  'unit-bkpsdm-seksi-data': [
    rhk('Termutakhirkannya data dan informasi kepegawaian', [i('Jumlah data ASN yang dimutakhirkan', 6000, 'data'), i('Persentase data ASN yang mutakhir di SIASN', 98, '%')], { up: 1 }),
    rhk('Tersajinya informasi kepegawaian untuk pimpinan', [i('Jumlah laporan statistik kepegawaian', 12, 'laporan')], { up: 1 }),
  ],
  'unit-bkpsdm-bidang-kinerja': [
    rhk('Terselenggaranya penilaian kinerja ASN yang objektif dan tepat waktu', [
      i('Persentase ASN yang SKP-nya disetujui tepat waktu', 95, '%'),
      i('Persentase perangkat daerah yang menetapkan hasil kinerja organisasi', 100, '%'),
    ], { up: 0 }),
    rhk('Terlaksananya pemberian penghargaan dan penegakan disiplin ASN', [i('Jumlah kasus disiplin yang diselesaikan sesuai ketentuan', 20, 'kasus')], { up: 0 }),
  ],
  'unit-bkpsdm-seksi-penilaian': [
    rhk('Terfasilitasinya penyusunan dan penilaian SKP ASN', [
      i('Jumlah perangkat daerah yang didampingi penyusunan SKP', 32, 'perangkat daerah'),
      i('Persentase dokumen evaluasi kinerja yang terarsip', 100, '%'),
    ], { up: 0 }),
    rhk('Tersusunnya rekapitulasi predikat kinerja pegawai', [i('Jumlah laporan rekapitulasi predikat kinerja', 4, 'laporan')], { up: 0 }),
  ],
  'unit-bkpsdm-seksi-penghargaan': [
    rhk('Terlaksananya proses usulan Satyalancana Karya Satya', [i('Jumlah usulan Satyalancana Karya Satya yang diproses', 300, 'usulan')], { up: 1 }),
    rhk('Tertanganinya pelanggaran disiplin ASN', [i('Rata-rata waktu penyelesaian pemeriksaan disiplin', 30, 'hari')], { up: 1 }),
  ],
  'unit-bkpsdm-bidang-bangkom': [
    rhk('Meningkatnya kompetensi teknis, fungsional dan manajerial ASN', [
      i('Persentase ASN yang memenuhi 20 JP pengembangan kompetensi', 80, '%', { aspek: 'kuantitas' }),
      i('Jumlah ASN yang mengikuti pelatihan kepemimpinan', 120, 'orang'),
    ], { up: 1 }),
    rhk('Terlaksananya penilaian kompetensi ASN', [i('Jumlah ASN yang dinilai kompetensinya', 400, 'orang')], { up: 0 }),
  ],
  'unit-bkpsdm-seksi-diklat': [
    rhk('Terselenggaranya pelatihan teknis dan fungsional ASN', [i('Jumlah pelatihan teknis dan fungsional yang diselenggarakan', 12, 'pelatihan'), i('Persentase peserta pelatihan yang lulus', 95, '%')], { up: 0 }),
    rhk('Tercatatnya riwayat pengembangan kompetensi ASN', [i('Jumlah riwayat diklat yang diinput ke SIASN', 3000, 'data')], { up: 0 }),
  ],
  'unit-dinkes-bidang-yankes': [
    rhk('Meningkatnya mutu pelayanan kesehatan primer dan rujukan', [
      i('Persentase puskesmas terakreditasi paripurna', 60, '%'),
      i('Indeks Kepuasan Masyarakat terhadap layanan puskesmas', 85, 'poin', { aspek: 'kualitas' }),
    ], { up: 1 }),
    rhk('Terlaksananya pembinaan fasilitas pelayanan kesehatan', [i('Jumlah fasilitas pelayanan kesehatan yang dibina', 54, 'fasilitas')], { up: 1 }),
  ],
  'unit-dinkes-seksi-primer': [
    rhk('Terlaksananya pembinaan mutu pelayanan puskesmas', [i('Jumlah puskesmas yang dibina mutu layanannya', 29, 'puskesmas'), i('Persentase puskesmas yang melaporkan indikator mutu tepat waktu', 100, '%')], { up: 0 }),
    rhk('Terlaksananya survei kepuasan pasien puskesmas', [i('Jumlah laporan survei kepuasan pasien', 2, 'laporan')], { up: 0 }),
  ],
  'unit-dinkes-bidang-p2p': [
    rhk('Meningkatnya cakupan imunisasi dan pengendalian penyakit menular', [
      i('Cakupan imunisasi dasar lengkap', 95, '%', { aspek: 'kuantitas' }),
      i('Persentase kasus DBD yang ditangani sesuai standar', 100, '%'),
    ], { up: 0 }),
    rhk('Terselenggaranya surveilans penyakit yang responsif', [i('Persentase laporan kewaspadaan dini yang tepat waktu', 90, '%', { aspek: 'waktu' })], { up: 0 }),
  ],
  'unit-dinkes-seksi-surveilans': [
    rhk('Terlaksananya pelayanan imunisasi rutin', [i('Jumlah bayi yang mendapat imunisasi dasar lengkap', 22000, 'bayi')], { up: 0 }),
    rhk('Terlaksananya surveilans dan penyelidikan epidemiologi', [i('Jumlah penyelidikan epidemiologi yang dilaksanakan', 60, 'kegiatan'), i('Persentase laporan SKDR yang tepat waktu', 90, '%', { aspek: 'waktu' })], { up: 1 }),
  ],
  'unit-dindikbud-bidang-sd': [
    rhk('Meningkatnya mutu pembelajaran di sekolah dasar', [i('Persentase SD yang menerapkan Kurikulum Merdeka', 100, '%'), i('Jumlah guru SD yang mengikuti pelatihan pembelajaran', 600, 'orang')], { up: 0 }),
    rhk('Terlaksananya asesmen dan penilaian hasil belajar SD', [i('Persentase SD yang mengikuti Asesmen Nasional', 100, '%', { aspek: 'kuantitas' })], { up: 0 }),
  ],
  'unit-dindikbud-seksi-kurikulum': [
    rhk('Terlaksananya pendampingan implementasi kurikulum di SD', [i('Jumlah SD yang didampingi', 150, 'sekolah')], { up: 0 }),
    rhk('Tersusunnya bahan penilaian hasil belajar', [i('Jumlah paket soal penilaian akhir semester yang disusun', 12, 'paket')], { up: 1 }),
  ],
  'unit-dindikbud-bidang-kebudayaan': [
    rhk('Terlindunginya cagar budaya dan objek pemajuan kebudayaan', [i('Jumlah cagar budaya yang ditetapkan', 5, 'objek'), i('Jumlah objek pemajuan kebudayaan yang didokumentasikan', 20, 'objek')], { up: 1 }),
    rhk('Terselenggaranya kegiatan pemajuan kebudayaan daerah', [i('Jumlah festival dan pergelaran budaya', 4, 'kegiatan')], { up: 1 }),
  ],
  'unit-dindikbud-seksi-cagar': [
    rhk('Terlaksananya pendataan dan pemeliharaan cagar budaya', [i('Jumlah objek diduga cagar budaya yang dikaji', 10, 'objek'), i('Jumlah kegiatan pemeliharaan koleksi museum', 12, 'kegiatan')], { up: 0 }),
    rhk('Meningkatnya kunjungan museum daerah', [i('Jumlah kunjungan museum daerah', 12000, 'orang')], { up: 1 }),
  ],
  'unit-bappeda-bidang-ppm': [
    rhk('Tersusunnya rencana pembangunan bidang pemerintahan dan pembangunan manusia', [
      i('Jumlah dokumen rencana bidang yang disusun', 3, 'dokumen'),
      i('Persentase program bidang yang selaras dengan RPJMD', 95, '%'),
    ], { up: 0 }),
    rhk('Terlaksananya pengendalian dan evaluasi program bidang', [i('Jumlah laporan evaluasi program', 4, 'laporan')], { up: 1 }),
  ],
  'unit-bappeda-seksi-pemerintahan': [
    rhk('Tersusunnya bahan perencanaan urusan pemerintahan', [i('Jumlah renja perangkat daerah yang diverifikasi', 18, 'renja')], { up: 0 }),
    rhk('Terlaksananya musrenbang tematik urusan pemerintahan', [i('Jumlah forum musrenbang yang difasilitasi', 7, 'forum')], { up: 0 }),
  ],
  'unit-bappeda-bidang-infrawil': [
    rhk('Tersusunnya rencana pembangunan infrastruktur dan kewilayahan', [
      i('Jumlah dokumen perencanaan infrastruktur yang disusun', 3, 'dokumen'),
      i('Persentase usulan prioritas infrastruktur yang masuk RKPD', 90, '%'),
    ], { up: 0 }),
    rhk('Tersinkronnya rencana tata ruang dan program pembangunan', [i('Jumlah rapat koordinasi sinkronisasi', 8, 'rapat')], { up: 1 }),
  ],
};
