/**
 * The feedback phrase library HR starts with (10 positive and 10 improvement phrases for work
 * results and for behaviour), and the phrases the demo supervisors use per core value.
 */
import type { NilaiBerakhlak } from '../domain/berakhlak';
import type { FeedbackPhrase } from '../schemas/monitoring';

export const HASIL_POSITIF = [
  'Capaian sudah sesuai target. Pertahankan konsistensinya.',
  'Realisasi melampaui target triwulan ini. Terima kasih atas kerja kerasnya.',
  'Hasil kerja rapi dan bukti dukung lengkap.',
  'Pekerjaan selesai tepat waktu tanpa perlu diingatkan.',
  'Kualitas dokumen baik, hampir tidak ada koreksi.',
  'Inisiatif memperbaiki alur kerja membuat layanan lebih cepat.',
  'Data yang disajikan akurat dan mudah dipahami pimpinan.',
  'Koordinasi dengan unit lain berjalan baik sehingga target tercapai.',
  'Penyelesaian layanan sudah stabil di atas standar waktu.',
  'Laporan disampaikan lengkap dan sesuai format.',
];

export const HASIL_PERBAIKAN = [
  'Realisasi masih di bawah target. Mari susun langkah percepatan untuk triwulan berikutnya.',
  'Bukti dukung belum lengkap. Mohon unggah rekap dan dokumentasi kegiatan.',
  'Masih ada dokumen yang perlu koreksi berulang. Periksa kembali sebelum diserahkan.',
  'Laporan terlambat disampaikan. Gunakan pengingat jadwal agar tepat waktu.',
  'Tumpukan berkas perlu segera diselesaikan. Prioritaskan yang paling lama.',
  'Capaian belum merata tiap bulan. Bagi target menjadi sasaran mingguan.',
  'Data pada laporan belum sinkron dengan aplikasi. Lakukan pencocokan sebelum dikirim.',
  'Rencana aksi belum menjawab kendala. Tuliskan langkah yang lebih konkret.',
  'Waktu penyelesaian masih melebihi standar layanan. Identifikasi tahap yang paling lama.',
  'Perlu lebih proaktif melapor bila ada kendala, jangan menunggu akhir triwulan.',
];

export const PERILAKU_POSITIF = [
  'Melayani pemohon dengan ramah dan sabar, termasuk saat antrean panjang.',
  'Disiplin hadir dan menyelesaikan tugas dengan jujur.',
  'Aktif belajar fitur aplikasi baru dan membantu rekan memahaminya.',
  'Menjaga suasana kerja yang rukun dan saling menghargai.',
  'Menjaga kerahasiaan data dengan baik.',
  'Cepat menyesuaikan diri dengan perubahan prosedur layanan.',
  'Terbuka bekerja sama dan berbagi informasi dengan unit lain.',
  'Sigap membantu rekan kerja yang sedang kewalahan.',
  'Menggunakan fasilitas kantor secara bertanggung jawab.',
  'Memberi usulan perbaikan yang bermanfaat bagi tim.',
];

export const PERILAKU_PERBAIKAN = [
  'Perlu meningkatkan penguasaan aplikasi dan aturan teknis terbaru; ikuti bimtek yang tersedia.',
  'Kualitas hasil kerja belum konsisten; perlu pendalaman kompetensi teknis.',
  'Masih enggan berbagi informasi dengan rekan lintas seksi; mohon lebih terbuka.',
  'Koordinasi dengan tim belum berjalan; libatkan rekan sejak perencanaan kegiatan.',
  'Perlu lebih sabar dan ramah saat melayani pemohon yang kurang paham prosedur.',
  'Beberapa kali terlambat melapor; tingkatkan kedisiplinan.',
  'Belum memanfaatkan pelatihan daring yang disediakan; jadwalkan minimal satu kursus.',
  'Cenderung bekerja sendiri; manfaatkan keahlian rekan untuk hasil yang lebih baik.',
  'Perlu lebih cepat menyesuaikan diri dengan perubahan SOP.',
  'Jaga nada komunikasi di grup kerja agar tetap santun.',
];

/** Behaviour feedback the demo supervisors give, by value and polarity. */
export const PERILAKU_NOTE: Record<NilaiBerakhlak, { positif: string; perbaikan: string }> = {
  'berorientasi-pelayanan': { positif: PERILAKU_POSITIF[0]!, perbaikan: PERILAKU_PERBAIKAN[4]! },
  akuntabel: { positif: PERILAKU_POSITIF[1]!, perbaikan: PERILAKU_PERBAIKAN[5]! },
  kompeten: { positif: PERILAKU_POSITIF[2]!, perbaikan: PERILAKU_PERBAIKAN[0]! },
  harmonis: { positif: PERILAKU_POSITIF[3]!, perbaikan: PERILAKU_PERBAIKAN[9]! },
  loyal: { positif: PERILAKU_POSITIF[4]!, perbaikan: PERILAKU_PERBAIKAN[5]! },
  adaptif: { positif: PERILAKU_POSITIF[5]!, perbaikan: PERILAKU_PERBAIKAN[8]! },
  kolaboratif: { positif: PERILAKU_POSITIF[6]!, perbaikan: PERILAKU_PERBAIKAN[3]! },
};

/** Extra, person-specific wording for the negative Kompeten / Kolaboratif notes. */
export const NEGATIF_KHUSUS: Partial<Record<NilaiBerakhlak, string[]>> = {
  kompeten: [PERILAKU_PERBAIKAN[1]!, PERILAKU_PERBAIKAN[6]!],
  kolaboratif: [PERILAKU_PERBAIKAN[2]!, PERILAKU_PERBAIKAN[7]!],
};

export function phraseLibrary(): FeedbackPhrase[] {
  const lists = [
    ['hasil-kerja', 'positif', 'hk-pos', HASIL_POSITIF],
    ['hasil-kerja', 'perbaikan', 'hk-per', HASIL_PERBAIKAN],
    ['perilaku', 'positif', 'pk-pos', PERILAKU_POSITIF],
    ['perilaku', 'perbaikan', 'pk-per', PERILAKU_PERBAIKAN],
  ] as const;
  return lists.flatMap(([category, polarity, key, texts]) =>
    texts.map((text, n) => ({ id: `phrase-${key}-${String(n + 1).padStart(2, '0')}`, category, polarity, text })),
  );
}
