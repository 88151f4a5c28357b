/**
 * The default library of umpan balik (feedback) phrases, seeded on first use; HR may change it.
 * Plain, respectful Indonesian as supervisors write it, usable for any RHK or core value.
 */
import type { FeedbackPhrase } from '../schemas/monitoring';

type Seed = Pick<FeedbackPhrase, 'category' | 'polarity'> & { texts: string[] };

const SEEDS: Seed[] = [
  {
    category: 'hasil-kerja',
    polarity: 'positif',
    texts: [
      'Target periode ini tercapai tepat waktu. Pertahankan.',
      'Realisasi melampaui target; cara kerja ini layak dibagikan ke rekan satu tim.',
      'Bukti dukung lengkap dan rapi sehingga capaian mudah diverifikasi.',
      'Kualitas hasil kerja baik: tidak ada koreksi dari atasan maupun pengguna layanan.',
      'Pekerjaan diselesaikan lebih cepat dari jadwal tanpa mengurangi mutu.',
      'Laporan disusun runtut dan datanya akurat.',
      'Inisiatif perbaikan proses terlihat dampaknya pada waktu layanan.',
      'Koordinasi dengan unit lain berjalan baik sehingga target bersama tercapai.',
      'Keluhan masyarakat ditindaklanjuti dengan cepat dan tuntas.',
      'Capaian konsisten dari periode ke periode.',
    ],
  },
  {
    category: 'hasil-kerja',
    polarity: 'perbaikan',
    texts: [
      'Realisasi masih di bawah target; susun langkah percepatan untuk periode berikutnya.',
      'Bukti dukung belum lengkap. Lampirkan dokumen yang menunjukkan capaian.',
      'Beberapa pekerjaan melewati tenggat; sampaikan kendala lebih awal.',
      'Perlu ketelitian lebih: masih ditemukan kesalahan data pada laporan.',
      'Rencana aksi belum dirinci; tuliskan langkah konkret beserta jadwalnya.',
      'Realisasi belum diisi untuk semua indikator. Lengkapi sebelum periode ditutup.',
      'Kualitas hasil kerja perlu ditingkatkan sesuai standar pelayanan.',
      'Tindak lanjut atas catatan periode lalu belum terlihat.',
      'Perlu koordinasi lebih awal dengan unit terkait agar pekerjaan tidak tertunda.',
      'Dokumentasi pekerjaan perlu dirapikan agar mudah ditelusuri.',
    ],
  },
  {
    category: 'perilaku',
    polarity: 'positif',
    texts: [
      'Melayani masyarakat dengan ramah dan solutif.',
      'Jujur dan bertanggung jawab dalam setiap tugas.',
      'Aktif meningkatkan kompetensi dan berbagi pengetahuan dengan rekan.',
      'Menghargai rekan kerja dan ikut menjaga suasana kerja yang kondusif.',
      'Menjaga nama baik instansi dan kerahasiaan jabatan.',
      'Cepat menyesuaikan diri dengan perubahan aplikasi dan prosedur.',
      'Terbuka bekerja sama dan memberi kesempatan rekan lain untuk berkontribusi.',
      'Disiplin hadir dan menyelesaikan tugas sesuai jadwal.',
      'Proaktif menawarkan bantuan ketika beban kerja tim meningkat.',
      'Memberikan contoh yang baik bagi pegawai lain.',
    ],
  },
  {
    category: 'perilaku',
    polarity: 'perbaikan',
    texts: [
      'Perlu lebih sabar dan ramah ketika melayani pengguna layanan.',
      'Tingkatkan kedisiplinan waktu, terutama pada jam pelayanan.',
      'Ikuti pelatihan yang relevan untuk memperkuat kompetensi teknis.',
      'Perlu lebih terbuka menerima masukan dari rekan dan atasan.',
      'Jaga komunikasi yang santun di grup kerja maupun di depan masyarakat.',
      'Perlu lebih proaktif melaporkan kendala tanpa menunggu ditanya.',
      'Gunakan barang milik negara secara cermat dan bertanggung jawab.',
      'Libatkan rekan satu tim ketika menyelesaikan pekerjaan bersama.',
      'Perlu lebih cepat menyesuaikan diri dengan prosedur baru.',
      'Tunjukkan inisiatif mencari cara kerja yang lebih baik.',
    ],
  },
];

/** The default phrases with stable ids, so seeding twice (or on two desks) yields the same records. */
export function defaultFeedbackPhrases(): FeedbackPhrase[] {
  return SEEDS.flatMap((seed) =>
    seed.texts.map((text, i) => ({ id: `phrase-${seed.category}-${seed.polarity}-${i + 1}`, category: seed.category, polarity: seed.polarity, text })),
  );
}
