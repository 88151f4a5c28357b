/**
 * The seven BerAKHLAK core values with their fixed descriptors (domain.md §5). Reference text,
 * verified against the regulation: not user-editable, printed as is on SKP and evaluation documents.
 */
export const BERAKHLAK = [
  {
    key: 'berorientasi-pelayanan',
    name: 'Berorientasi Pelayanan',
    descriptors: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
  },
  {
    key: 'akuntabel',
    name: 'Akuntabel',
    descriptors: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    key: 'kompeten',
    name: 'Kompeten',
    descriptors: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik'],
  },
  {
    key: 'harmonis',
    name: 'Harmonis',
    descriptors: ['Menghargai setiap orang apapun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
  },
  {
    key: 'loyal',
    name: 'Loyal',
    descriptors: [
      'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    key: 'adaptif',
    name: 'Adaptif',
    descriptors: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
  },
  {
    key: 'kolaboratif',
    name: 'Kolaboratif',
    descriptors: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
] as const;

export type NilaiBerakhlak = (typeof BERAKHLAK)[number]['key'];
export const NILAI_BERAKHLAK = BERAKHLAK.map((v) => v.key) as [NilaiBerakhlak, ...NilaiBerakhlak[]];
