/**
 * RHK of the JPT (Sekretaris Daerah, Kepala Dinas/Badan), written from the goals of each
 * perangkat daerah in a fictional RPJMD; every IKI carries its perspektif (domain.md §3).
 */
import { jptIki as p, rhk, TREND_IKI, type RhkTpl } from './skp-types';

/** Every perangkat daerah also answers for its own internal governance and budget. */
const tataKelola = (short: string): RhkTpl =>
  rhk(`Terwujudnya tata kelola internal ${short} yang akuntabel`, [
    p(`Nilai evaluasi SAKIP ${short}`, 80, 'poin', 'penguatan-internal'),
    p(`Persentase realisasi anggaran ${short}`, 95, '%', 'anggaran'),
  ]);

export const JPT_RHK: Record<string, RhkTpl[]> = {
  'unit-setda': [
    rhk('Meningkatnya kualitas tata kelola pemerintahan daerah', [
      p('Nilai evaluasi SAKIP Pemerintah Kota Tangerang Selatan', 80, 'poin', 'penguatan-internal'),
      p('Indeks Reformasi Birokrasi Pemerintah Kota Tangerang Selatan', 78, 'poin', 'proses-bisnis'),
    ]),
    rhk('Meningkatnya kualitas pelayanan publik perangkat daerah', [
      p('Indeks Kepuasan Masyarakat Kota Tangerang Selatan', 85, 'poin', 'penerima-layanan'),
      p('Persentase perangkat daerah dengan predikat pelayanan publik minimal B', 90, '%', 'proses-bisnis'),
    ]),
    rhk('Terkendalinya pelaksanaan anggaran Sekretariat Daerah', [p('Persentase realisasi anggaran Sekretariat Daerah', 95, '%', 'anggaran')]),
  ],
  'unit-dukcapil': [
    rhk('Meningkatnya cakupan kepemilikan dokumen kependudukan', [
      p('Persentase penduduk wajib KTP-el yang memiliki KTP-el', 99, '%', 'penerima-layanan'),
      p('Persentase anak usia 0-18 tahun yang memiliki akta kelahiran', 98, '%', 'penerima-layanan'),
    ]),
    rhk('Meningkatnya kualitas pelayanan administrasi kependudukan', [
      p(TREND_IKI, 3, 'hari', 'proses-bisnis'),
      p('Indeks Kepuasan Masyarakat terhadap layanan Disdukcapil', 85, 'poin', 'penerima-layanan'),
    ]),
    rhk('Meningkatnya pemanfaatan data kependudukan oleh perangkat daerah dan lembaga pengguna', [
      p('Jumlah lembaga pengguna yang memanfaatkan data kependudukan', 40, 'lembaga', 'proses-bisnis'),
    ]),
    tataKelola('Disdukcapil'),
  ],
  'unit-bkpsdm': [
    rhk('Meningkatnya kualitas manajemen ASN berbasis sistem merit', [
      p('Nilai Indeks Sistem Merit', 325, 'poin', 'penguatan-internal'),
      p('Persentase ASN yang SKP-nya disetujui tepat waktu', 95, '%', 'proses-bisnis'),
    ]),
    rhk('Meningkatnya kompetensi dan profesionalitas ASN', [
      p('Persentase ASN yang memenuhi 20 JP pengembangan kompetensi', 80, '%', 'penerima-layanan'),
      p('Indeks Profesionalitas ASN', 75, 'poin', 'penerima-layanan'),
    ]),
    tataKelola('BKPSDM'),
  ],
  'unit-dinkes': [
    rhk('Meningkatnya derajat kesehatan masyarakat', [
      p('Cakupan imunisasi dasar lengkap', 95, '%', 'penerima-layanan'),
      p('Persentase kasus penyakit menular yang ditangani sesuai standar', 100, '%', 'proses-bisnis'),
    ]),
    rhk('Meningkatnya mutu pelayanan kesehatan primer', [
      p('Persentase puskesmas terakreditasi paripurna', 60, '%', 'proses-bisnis'),
      p('Indeks Kepuasan Masyarakat terhadap layanan puskesmas', 85, 'poin', 'penerima-layanan'),
    ]),
    tataKelola('Dinas Kesehatan'),
  ],
  'unit-dindikbud': [
    rhk('Meningkatnya mutu pendidikan dasar', [
      p('Persentase SD yang menerapkan Kurikulum Merdeka', 100, '%', 'proses-bisnis'),
      p('Persentase SD dengan capaian literasi minimum kategori baik', 75, '%', 'penerima-layanan'),
    ]),
    rhk('Meningkatnya pelestarian cagar budaya dan pemajuan kebudayaan daerah', [
      p('Jumlah cagar budaya yang ditetapkan', 5, 'objek', 'proses-bisnis'),
      p('Jumlah kunjungan museum daerah', 12000, 'orang', 'penerima-layanan'),
    ]),
    tataKelola('Dinas Pendidikan dan Kebudayaan'),
  ],
  'unit-bappeda': [
    rhk('Meningkatnya kualitas perencanaan pembangunan daerah', [
      p('Persentase program RKPD yang selaras dengan RPJMD', 95, '%', 'proses-bisnis'),
      p('Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu', 3, 'dokumen', 'penerima-layanan'),
    ]),
    rhk('Meningkatnya kualitas data dan evaluasi pembangunan daerah', [
      p('Persentase indikator RPJMD yang terukur capaiannya', 100, '%', 'proses-bisnis'),
    ]),
    tataKelola('Bappeda'),
  ],
};

/** A JPT unit without its own entry: goals stated for the unit by name. */
export function jptFallback(unitName: string): RhkTpl[] {
  return [
    rhk(`Meningkatnya kinerja pelayanan ${unitName}`, [p(`Indeks Kepuasan Masyarakat terhadap layanan ${unitName}`, 85, 'poin', 'penerima-layanan')]),
    tataKelola(unitName),
  ];
}
