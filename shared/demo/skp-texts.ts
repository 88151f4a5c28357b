/**
 * Indonesian wording for the demo SKP: lampiran items, ekspektasi khusus pimpinan, RHK tambahan,
 * return notes and generic rencana aksi. `{pd}` / `{unit}` are filled in by the builder.
 */
import type { NilaiBerakhlak } from '../domain/berakhlak';
import { iki as i, rhk, type RhkTpl } from './skp-types';

export const DUKUNGAN_UMUM = [
  'Anggaran kegiatan sesuai DPA {pd} Tahun {year}',
  'Perangkat komputer dan jaringan internet kantor',
  'Akses aplikasi SRIKANDI untuk naskah dinas elektronik',
  'Dukungan staf pelaksana pada {unit}',
  'Ruang kerja dan sarana pendukung layanan',
];

/** Extra resources by perangkat daerah unit id prefix. */
export const DUKUNGAN_KHUSUS: Record<string, string[]> = {
  'unit-dukcapil': ['Aplikasi SIAK Terpusat dan alat perekaman KTP-el', 'Ketersediaan blangko KTP-el dari Ditjen Dukcapil'],
  'unit-bkpsdm': ['Akses aplikasi SIASN BKN', 'Data kepegawaian yang mutakhir dari perangkat daerah'],
  'unit-dinkes': ['Data SIMPUS dan laporan rutin puskesmas', 'Kendaraan operasional lapangan'],
  'unit-dindikbud': ['Data pokok pendidikan (Dapodik)', 'Koordinasi dengan kepala sekolah dan pengawas'],
  'unit-bappeda': ['Data capaian indikator dari perangkat daerah', 'Aplikasi SIPD untuk perencanaan'],
  'unit-setda': ['Koordinasi dengan seluruh perangkat daerah', 'Aplikasi SRIKANDI dan sistem agenda pimpinan'],
  'unit-serpong': ['Data kependudukan wilayah dari kelurahan', 'Dukungan RT/RW dan tokoh masyarakat'],
};

export const SKEMA = [
  'Laporan capaian kinerja disampaikan setiap triwulan kepada Pejabat Penilai Kinerja',
  'Realisasi dan bukti dukung dicatat paling lambat tanggal 5 bulan berikutnya',
  'Rapat evaluasi kinerja bulanan bersama atasan langsung',
  'Capaian dipantau melalui rekap aplikasi layanan setiap minggu',
  'Dokumen hasil kerja diarsipkan secara elektronik pada arsip digital {pd}',
];

export const KONSEKUENSI = [
  'Capaian di bawah target dibahas dalam dialog kinerja dan ditindaklanjuti dengan rencana perbaikan',
  'Capaian kinerja menjadi dasar perhitungan tambahan penghasilan pegawai (TPP)',
  'Predikat kinerja menjadi pertimbangan pengembangan karier dan kompetensi',
  'Keterlambatan pelaporan dicatat sebagai bahan pembinaan oleh atasan langsung',
  'Capaian di atas target menjadi dasar usulan penghargaan pegawai berprestasi',
];

export const EKSPEKTASI: Record<NilaiBerakhlak, string[]> = {
  'berorientasi-pelayanan': ['Melayani pemohon dengan ramah dan menuntaskan layanan pada hari yang sama', 'Menindaklanjuti setiap pengaduan masyarakat paling lambat dua hari kerja'],
  akuntabel: ['Mencatat realisasi dan bukti dukung tepat waktu setiap akhir bulan', 'Menggunakan barang milik daerah sesuai peruntukannya'],
  kompeten: ['Menyelesaikan minimal 20 JP pengembangan kompetensi tahun ini', 'Berbagi pengetahuan teknis kepada rekan kerja yang baru'],
  harmonis: ['Menjaga suasana kerja yang saling menghargai di unit kerja', 'Membantu rekan kerja saat beban layanan meningkat'],
  loyal: ['Menjaga kerahasiaan data pribadi penduduk dan pegawai', 'Menjaga nama baik instansi di media sosial'],
  adaptif: ['Menguasai fitur baru aplikasi layanan dalam waktu satu bulan', 'Mengusulkan minimal satu perbaikan proses kerja setiap semester'],
  kolaboratif: ['Aktif berkoordinasi lintas seksi dalam penyelesaian layanan', 'Terbuka menerima masukan dan berbagi data dengan unit lain'],
};

export const TAMBAHAN: { rhk: RhkTpl; dari?: string }[] = [
  { rhk: rhk('Terlaksananya tugas sebagai anggota Tim Pembangunan Zona Integritas {pd}', [i('Jumlah rapat dan kegiatan tim yang diikuti', 12, 'kegiatan')]), dari: '{kepala}' },
  { rhk: rhk('Terlaksananya tugas sebagai pengelola konten laman resmi {pd}', [i('Jumlah berita dan informasi yang diunggah', 48, 'konten')]), dari: '{sekretaris}' },
  { rhk: rhk('Terlaksananya tugas sebagai anggota Tim Penyusun LKjIP {pd}', [i('Jumlah bahan LKjIP yang disusun', 2, 'dokumen')]), dari: '{kepala}' },
  { rhk: rhk('Terlaksananya tugas sebagai pendamping magang mahasiswa', [i('Jumlah mahasiswa magang yang didampingi', 4, 'orang')]) },
  { rhk: rhk('Terlaksananya tugas sebagai petugas piket pelayanan akhir pekan', [i('Jumlah hari piket yang dilaksanakan', 12, 'hari', { aspek: 'kuantitas' })]) },
];

export const RETURN_NOTES = [
  'IKI pada RHK pertama belum terukur. Mohon cantumkan angka target dan satuannya, misalnya jumlah dokumen per tahun.',
  'RHK kedua belum mendukung RHK atasan yang dipilih. Mohon pilih RHK pimpinan yang sesuai dengan tugas Saudara.',
  'Target jumlah dokumen terlalu rendah dibanding realisasi tahun lalu. Mohon disesuaikan, lalu ajukan kembali.',
  'Lampiran Skema Pertanggungjawaban belum menyebut cara pelaporan. Mohon dilengkapi sebelum diajukan kembali.',
];

export const AKSI_UMUM = [
  'Menyusun jadwal kerja dan pembagian tugas triwulan',
  'Melaksanakan kegiatan sesuai jadwal dan SOP yang berlaku',
  'Mengumpulkan dan memverifikasi data pendukung',
  'Berkoordinasi dengan atasan langsung atas kendala pelaksanaan',
  'Memantau capaian target setiap minggu',
  'Menyusun rekap capaian dan mengunggah bukti dukung',
];
