/**
 * Ratings and Predikat Kinerja Pegawai (domain.md §4, PermenPANRB 6/2022). No numeric score exists:
 * two ratings (hasil kerja, perilaku kerja) map to one predikat through a fixed matrix.
 */
import type { CapaianOrganisasi } from './distribution-curve';

export const RATINGS = ['di-atas', 'sesuai', 'di-bawah'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABEL: Record<Rating, string> = {
  'di-atas': 'Di Atas Ekspektasi',
  sesuai: 'Sesuai Ekspektasi',
  'di-bawah': 'Di Bawah Ekspektasi',
};

export const RATING_PRINT: Record<Rating, string> = {
  'di-atas': 'DI ATAS EKSPEKTASI',
  sesuai: 'SESUAI EKSPEKTASI',
  'di-bawah': 'DI BAWAH EKSPEKTASI',
};

/** Best → worst (§4). */
export const PREDIKAT_ORDER = ['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;
export type Predikat = (typeof PREDIKAT_ORDER)[number];

export const PREDIKAT_LABEL: Record<Predikat, string> = {
  'sangat-baik': 'Sangat Baik',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  'sangat-kurang': 'Sangat Kurang',
};

export const PREDIKAT_PRINT: Record<Predikat, string> = {
  'sangat-baik': 'SANGAT BAIK',
  baik: 'BAIK',
  'butuh-perbaikan': 'BUTUH PERBAIKAN',
  kurang: 'KURANG/MISCONDUCT',
  'sangat-kurang': 'SANGAT KURANG',
};

/** §4 matrix: rows = Rating Hasil Kerja, columns = Rating Perilaku Kerja. */
const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  'di-atas': { 'di-bawah': 'kurang', sesuai: 'baik', 'di-atas': 'sangat-baik' },
  sesuai: { 'di-bawah': 'kurang', sesuai: 'baik', 'di-atas': 'baik' },
  'di-bawah': { 'di-bawah': 'sangat-kurang', sesuai: 'butuh-perbaikan', 'di-atas': 'butuh-perbaikan' },
};

export function predikatKinerja(hasil: Rating, perilaku: Rating): Predikat {
  return MATRIX[hasil][perilaku];
}

/** Negative when `a` is better than `b`; for sorting best first. */
export function comparePredikat(a: Predikat, b: Predikat): number {
  return PREDIKAT_ORDER.indexOf(a) - PREDIKAT_ORDER.indexOf(b);
}

export interface RhkJudgement {
  kind: 'utama' | 'tambahan';
  judgement: Rating;
}

export interface RatingBlock {
  rating: Rating;
  code: string;
  message: string;
}

export interface AllowedRatings {
  allowed: Rating[];
  /** Why each missing rating is not allowed. */
  blocked: RatingBlock[];
}

/**
 * Which Rating Hasil Kerja the supervisor may choose given the per-RHK judgements: "Di Atas" is not
 * allowed when any Utama RHK is judged below expectation (§4). Tambahan RHK never block it.
 */
export function ratingHasilKerjaAllowed(rhkJudgements: readonly RhkJudgement[]): AllowedRatings {
  const below = rhkJudgements.filter((r) => r.kind === 'utama' && r.judgement === 'di-bawah').length;
  if (below === 0) return { allowed: [...RATINGS], blocked: [] };
  return {
    allowed: ['sesuai', 'di-bawah'],
    blocked: [
      {
        rating: 'di-atas',
        code: 'rating/utama-below',
        message: `Rating Hasil Kerja "Di Atas Ekspektasi" tidak dapat dipilih karena ${below} RHK Utama dinilai Di Bawah Ekspektasi. Pilih Sesuai atau Di Bawah Ekspektasi, atau tinjau kembali penilaian RHK Utama tersebut.`,
      },
    ],
  };
}

/** The reason a chosen Rating Hasil Kerja is not allowed, or null when it is. */
export function checkRatingHasilKerja(rating: Rating, rhkJudgements: readonly RhkJudgement[]): RatingBlock | null {
  return ratingHasilKerjaAllowed(rhkJudgements).blocked.find((b) => b.rating === rating) ?? null;
}

export type PimpinanUnitMapping = Record<CapaianOrganisasi, Rating>;

/** Default mapping for a pimpinan unit kerja (§4, configurable in Settings). */
export const DEFAULT_PIMPINAN_UNIT_MAPPING: Readonly<PimpinanUnitMapping> = {
  istimewa: 'di-atas',
  baik: 'sesuai',
  'butuh-perbaikan': 'di-bawah',
  kurang: 'di-bawah',
  'sangat-kurang': 'di-bawah',
};

/** Rating Hasil Kerja of the head of a unit: follows the unit's Capaian Kinerja Organisasi (§4). */
export function pimpinanUnitRating(
  capaianOrganisasi: CapaianOrganisasi,
  mapping: Readonly<PimpinanUnitMapping> = DEFAULT_PIMPINAN_UNIT_MAPPING,
): Rating {
  return mapping[capaianOrganisasi];
}
