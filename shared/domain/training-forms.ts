/**
 * Competency development (domain.md §10): the forms (bentuk) of development, classical and
 * non-classical, the yearly right of 20 JP, and the priorities of a recommendation.
 *
 * Glossary: JP = jam pelajaran (a lesson hour, the unit of development time); bentuk = form of
 * development; klasikal / nonklasikal = classical (in a class) / non-classical (on the job, online,
 * coaching…); angkatan = one class of a course with its dates; pengembangan kompetensi =
 * competency development.
 */

/** Every PNS has the right to at least 20 JP of competency development a year (PP 17/2020 Pasal 203). */
export const JP_TARGET = 20;

export const TRAINING_MODES = ['klasikal', 'nonklasikal'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];

export const MODE_LABEL: Record<TrainingMode, string> = { klasikal: 'Klasikal', nonklasikal: 'Nonklasikal' };

/** The forms of domain.md §10, classical first, each with the name printed on lists. */
export const BENTUK_INFO = [
  { key: 'pkn-1', mode: 'klasikal', label: 'Pelatihan Kepemimpinan Nasional Tingkat I' },
  { key: 'pkn-2', mode: 'klasikal', label: 'Pelatihan Kepemimpinan Nasional Tingkat II' },
  { key: 'pka', mode: 'klasikal', label: 'Pelatihan Kepemimpinan Administrator' },
  { key: 'pkp', mode: 'klasikal', label: 'Pelatihan Kepemimpinan Pengawas' },
  { key: 'manajerial', mode: 'klasikal', label: 'Pelatihan manajerial' },
  { key: 'teknis', mode: 'klasikal', label: 'Pelatihan teknis' },
  { key: 'fungsional', mode: 'klasikal', label: 'Pelatihan fungsional' },
  { key: 'sosial-kultural', mode: 'klasikal', label: 'Pelatihan sosial kultural' },
  { key: 'seminar', mode: 'klasikal', label: 'Seminar/konferensi' },
  { key: 'workshop', mode: 'klasikal', label: 'Workshop' },
  { key: 'kursus', mode: 'klasikal', label: 'Kursus' },
  { key: 'penataran', mode: 'klasikal', label: 'Penataran' },
  { key: 'bimtek', mode: 'klasikal', label: 'Bimbingan teknis' },
  { key: 'sosialisasi', mode: 'klasikal', label: 'Sosialisasi' },
  { key: 'coaching', mode: 'nonklasikal', label: 'Coaching' },
  { key: 'mentoring', mode: 'nonklasikal', label: 'Mentoring' },
  { key: 'e-learning', mode: 'nonklasikal', label: 'E-learning' },
  { key: 'jarak-jauh', mode: 'nonklasikal', label: 'Pelatihan jarak jauh' },
  { key: 'detasering', mode: 'nonklasikal', label: 'Detasering' },
  { key: 'alam-terbuka', mode: 'nonklasikal', label: 'Pembelajaran alam terbuka' },
  { key: 'patok-banding', mode: 'nonklasikal', label: 'Patok banding' },
  { key: 'pertukaran', mode: 'nonklasikal', label: 'Pertukaran pegawai' },
  { key: 'belajar-mandiri', mode: 'nonklasikal', label: 'Belajar mandiri' },
  { key: 'komunitas-belajar', mode: 'nonklasikal', label: 'Komunitas belajar' },
  { key: 'bimbingan-kerja', mode: 'nonklasikal', label: 'Bimbingan di tempat kerja' },
  { key: 'magang', mode: 'nonklasikal', label: 'Magang' },
] as const satisfies readonly { key: string; mode: TrainingMode; label: string }[];

export type Bentuk = (typeof BENTUK_INFO)[number]['key'];
export const BENTUK = BENTUK_INFO.map((b) => b.key) as [Bentuk, ...Bentuk[]];

export const BENTUK_LABEL = Object.fromEntries(BENTUK_INFO.map((b) => [b.key, b.label])) as Record<Bentuk, string>;

/** Classical or non-classical follows from the form (domain.md §10), so it is never stored apart. */
export function modeOf(bentuk: Bentuk): TrainingMode {
  return BENTUK_INFO.find((b) => b.key === bentuk)?.mode ?? 'klasikal';
}

/** The form from its key or its printed name, case-insensitive (spreadsheet import). */
export function parseBentuk(text: string): Bentuk | null {
  const t = text.trim().toLowerCase();
  return BENTUK_INFO.find((b) => b.key === t || b.label.toLowerCase() === t)?.key ?? null;
}

export const PRIORITIES = ['tinggi', 'sedang', 'rendah'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABEL: Record<Priority, string> = { tinggi: 'Tinggi', sedang: 'Sedang', rendah: 'Rendah' };

/** The higher of two priorities. */
export function higherPriority(a: Priority, b: Priority): Priority {
  return PRIORITIES.indexOf(a) <= PRIORITIES.indexOf(b) ? a : b;
}
