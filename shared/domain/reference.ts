/**
 * Fixed reference lists of the ASN personnel domain (domain.md §9).
 *
 * Glossary (Indonesian domain word → meaning), so both readers can follow the code:
 * - pegawai: employee; ASN: civil servant (PNS or PPPK)
 * - PNS: Pegawai Negeri Sipil (career civil servant, has NIP and pangkat/golongan ruang)
 * - PPPK: Pegawai Pemerintah dengan Perjanjian Kerja (contract civil servant, NI PPPK, golongan I–XVII)
 * - pangkat / golongan ruang: rank and grade of a PNS (e.g. "Penata Muda", III/a)
 * - jabatan: position; unit kerja: organisational unit; instansi: the agency
 * - JPT: Jabatan Pimpinan Tinggi (senior executive); Administrator, Pengawas: middle/lower management;
 *   Pelaksana: staff; JF: Jabatan Fungsional (functional/specialist)
 * - Pejabat Penilai Kinerja: the appraiser; Atasan Pejabat Penilai Kinerja: the appraiser's superior
 * - Kepala Daerah / Walikota: the elected head of the region (not an ASN, has no NIP)
 */

/** The 17 pangkat/golongan ruang of PNS, lowest first (domain.md §9). */
export const PANGKAT = [
  { golongan: 'I/a', nama: 'Juru Muda' },
  { golongan: 'I/b', nama: 'Juru Muda Tingkat I' },
  { golongan: 'I/c', nama: 'Juru' },
  { golongan: 'I/d', nama: 'Juru Tingkat I' },
  { golongan: 'II/a', nama: 'Pengatur Muda' },
  { golongan: 'II/b', nama: 'Pengatur Muda Tingkat I' },
  { golongan: 'II/c', nama: 'Pengatur' },
  { golongan: 'II/d', nama: 'Pengatur Tingkat I' },
  { golongan: 'III/a', nama: 'Penata Muda' },
  { golongan: 'III/b', nama: 'Penata Muda Tingkat I' },
  { golongan: 'III/c', nama: 'Penata' },
  { golongan: 'III/d', nama: 'Penata Tingkat I' },
  { golongan: 'IV/a', nama: 'Pembina' },
  { golongan: 'IV/b', nama: 'Pembina Tingkat I' },
  { golongan: 'IV/c', nama: 'Pembina Utama Muda' },
  { golongan: 'IV/d', nama: 'Pembina Utama Madya' },
  { golongan: 'IV/e', nama: 'Pembina Utama' },
] as const;

export type GolonganRuang = (typeof PANGKAT)[number]['golongan'];
export const GOLONGAN_RUANG = PANGKAT.map((p) => p.golongan) as [GolonganRuang, ...GolonganRuang[]];

/** PPPK golongan I–XVII (PPPK have no pangkat, domain.md §9). */
export const GOLONGAN_PPPK = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;
export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];

/** Kinds of people in the app: the two ASN kinds, and the Kepala Daerah (no NIP). */
export const JENIS_PEGAWAI = ['pns', 'pppk', 'kepala-daerah'] as const;
export type JenisPegawai = (typeof JENIS_PEGAWAI)[number];

/** Position types (domain.md §9). */
export const JENIS_JABATAN = [
  'kepala-daerah',
  'jpt-utama',
  'jpt-madya',
  'jpt-pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'jf-keahlian',
  'jf-keterampilan',
] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

export const KELOMPOK_PELAKSANA = ['klerek', 'operator', 'teknisi'] as const;
export type KelompokPelaksana = (typeof KELOMPOK_PELAKSANA)[number];

export const JENJANG_JF_KEAHLIAN = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'] as const;
export const JENJANG_JF_KETERAMPILAN = ['pemula', 'terampil', 'mahir', 'penyelia'] as const;
export const JENJANG_JF = [...JENJANG_JF_KEAHLIAN, ...JENJANG_JF_KETERAMPILAN] as const;
export type JenjangJf = (typeof JENJANG_JF)[number];

/** Employment status (issue: Pegawai and organisation). */
export const STATUS_PEGAWAI = ['aktif', 'pensiun', 'mutasi-keluar', 'tugas-belajar', 'cltn'] as const;
export type StatusPegawai = (typeof STATUS_PEGAWAI)[number];

/** Kinds of organisational unit: instansi → perangkat daerah → bidang/bagian → seksi/subbagian; kecamatan → kelurahan. */
export const JENIS_UNIT = [
  'instansi',
  'perangkat-daerah',
  'bidang',
  'bagian',
  'seksi',
  'subbagian',
  'kecamatan',
  'kelurahan',
  'uptd',
] as const;
export type JenisUnit = (typeof JENIS_UNIT)[number];

export const JENIS_KELAMIN = ['L', 'P'] as const;
export type JenisKelamin = (typeof JENIS_KELAMIN)[number];
