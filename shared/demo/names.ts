/**
 * Fictional Indonesian personal names for the demo agency, by naming tradition so the mix reads
 * like a Tangerang Selatan office (Betawi, Sundanese and Javanese first, then others). Names are
 * composed at random; combinations that belong to well-known public figures are refused.
 */
import type { JenisKelamin } from '../domain/reference';
import type { Rng } from './random';

interface NameParts {
  first: readonly string[];
  last: readonly string[];
  /** Chance that a surname / second name is added. */
  lastChance: number;
}

interface NamePool {
  weight: (birthYear: number) => number;
  L: NameParts;
  P: NameParts;
  /** Optional Islamic first element ("Muhammad", "Siti") used in some traditions. */
  prefixChance: number;
}

const classic = (w: number) => (y: number) => (y >= 1992 ? w / 2 : w);

const JAWA: NamePool = {
  weight: classic(3),
  prefixChance: 0.1,
  L: {
    first: ['Bambang', 'Agus', 'Slamet', 'Joko', 'Eko', 'Budi', 'Heru', 'Bayu', 'Wahyu', 'Hadi', 'Teguh', 'Sigit', 'Bagus', 'Nanang', 'Yudi', 'Hari', 'Rudi', 'Andri', 'Sutrisno', 'Suryo'],
    last: ['Santoso', 'Prasetyo', 'Nugroho', 'Wibowo', 'Setiawan', 'Susanto', 'Kurniawan', 'Purnomo', 'Hartono', 'Wicaksono', 'Sulistyo', 'Raharjo', 'Utomo', 'Saputro', 'Pamungkas', 'Sasongko'],
    lastChance: 0.9,
  },
  P: {
    first: ['Sri', 'Endang', 'Retno', 'Ratna', 'Wulan', 'Dewi', 'Yuli', 'Tutik', 'Rini', 'Indah', 'Asih', 'Kartika', 'Woro', 'Suci', 'Sumiyati'],
    last: ['Lestari', 'Rahayu', 'Wahyuni', 'Handayani', 'Susanti', 'Purwanti', 'Wulandari', 'Puspitasari', 'Kusumawati', 'Astuti', 'Setyaningsih', 'Widyastuti', 'Utami', 'Ningsih'],
    lastChance: 0.9,
  },
};

const SUNDA: NamePool = {
  weight: classic(3),
  prefixChance: 0.1,
  L: {
    first: ['Asep', 'Ujang', 'Dadang', 'Cecep', 'Deden', 'Yayan', 'Engkus', 'Acep', 'Dedi', 'Iwan', 'Wawan', 'Jajang', 'Didin', 'Aep', 'Oman', 'Usep', 'Entis'],
    last: ['Suherman', 'Sukmana', 'Hermawan', 'Hidayat', 'Rustandi', 'Supriatna', 'Setiadi', 'Permana', 'Sopian', 'Mulyana', 'Ruhiyat', 'Sunarya', 'Saepudin', 'Kusnadi', 'Sutisna'],
    lastChance: 0.9,
  },
  P: {
    first: ['Euis', 'Neneng', 'Imas', 'Iis', 'Lilis', 'Enung', 'Titin', 'Nining', 'Rina', 'Yeni', 'Tati', 'Elis', 'Popon', 'Nenden', 'Teti'],
    last: ['Komalasari', 'Nurhayati', 'Sumarni', 'Mulyani', 'Rohaeti', 'Kurniasih', 'Sukaesih', 'Rosmiati', 'Herawati', 'Sulastri', 'Nurjanah', 'Suryani', 'Karlina', 'Marlina'],
    lastChance: 0.9,
  },
};

const BETAWI: NamePool = {
  weight: classic(2.5),
  prefixChance: 0.25,
  L: {
    first: ['Rojali', 'Mamat', 'Sanusi', 'Mursid', 'Jaelani', 'Bahrudin', 'Sarmili', 'Zakaria', 'Syamsudin', 'Mukhlis', 'Saidi', 'Nasrullah', 'Jamaludin', 'Haerudin', 'Marzuki'],
    last: ['Rahman', 'Halim', 'Syafei', 'Mansur', 'Ridwan', 'Hasan', 'Saleh', 'Muhidin', 'Arifin', 'Mahmud', 'Husein', 'Sulaiman', 'Nawawi', 'Fadhil'],
    lastChance: 0.9,
  },
  P: {
    first: ['Maemunah', 'Rohimah', 'Juleha', 'Mursidah', 'Fatimah', 'Aisyah', 'Zubaedah', 'Rohayati', 'Halimah', 'Salamah', 'Nurlela', 'Romlah', 'Saodah'],
    last: ['Hasanah', 'Fauziah', 'Aminah', 'Rohmah', 'Zakiah', 'Maryam', 'Khadijah', 'Solihah', 'Masitoh', 'Ulfah', 'Jamilah'],
    lastChance: 0.8,
  },
};

const BATAK_LAST = ['Siregar', 'Nasution', 'Simanjuntak', 'Harahap', 'Sitompul', 'Hutapea', 'Panjaitan', 'Simatupang', 'Lubis', 'Sinaga', 'Tambunan', 'Situmorang', 'Manurung', 'Hutagalung', 'Sihombing', 'Pardede', 'Napitupulu'];
const BATAK: NamePool = {
  weight: () => 1,
  prefixChance: 0,
  L: { first: ['Parulian', 'Sahat', 'Maruli', 'Togar', 'Benny', 'Robert', 'Jonson', 'Daniel', 'Samuel', 'Bonar', 'Mangatas', 'Tigor', 'Lamhot', 'Hasudungan'], last: BATAK_LAST, lastChance: 1 },
  P: { first: ['Rosmawati', 'Lasmaria', 'Debora', 'Ruth', 'Friska', 'Yohana', 'Rotua', 'Tiurma', 'Lenny', 'Martha', 'Erna', 'Hotnida'], last: BATAK_LAST, lastChance: 1 },
};

const MINANG: NamePool = {
  weight: () => 1,
  prefixChance: 0,
  L: { first: ['Fadli', 'Rizal', 'Afrizal', 'Yusrizal', 'Zulkifli', 'Hendri', 'Syahrial', 'Irwan', 'Novrizal', 'Erwin', 'Firdaus', 'Deswandi'], last: ['Chaniago', 'Piliang', 'Tanjung', 'Koto', 'Sikumbang', 'Effendi', 'Syahputra'], lastChance: 0.7 },
  P: { first: ['Yelni', 'Rahmi', 'Yusnita', 'Fitriani', 'Elvira', 'Desi', 'Yenti', 'Yuliarni', 'Nelly', 'Afrida', 'Syafrida', 'Gusniati', 'Desmawita'], last: ['Tanjung', 'Chaniago', 'Piliang', 'Yulianti', 'Syafitri'], lastChance: 0.5 },
};

const TIONGHOA_LAST = ['Wijaya', 'Halim', 'Kusuma', 'Tanujaya', 'Hartanto', 'Sugiarto', 'Wibisono', 'Santoso', 'Gunadi', 'Lukito'];
const TIONGHOA: NamePool = {
  weight: () => 0.6,
  prefixChance: 0,
  L: { first: ['Hendra', 'Stefanus', 'Felix', 'Kevin', 'Andreas', 'Hartono', 'Sugianto', 'William', 'Johan', 'Yosef'], last: TIONGHOA_LAST, lastChance: 1 },
  P: { first: ['Lina', 'Meliana', 'Susan', 'Jessica', 'Vivian', 'Yuliana', 'Grace', 'Cindy', 'Angelina', 'Sherly'], last: TIONGHOA_LAST, lastChance: 1 },
};

const TIMUR_LAST = ['Rumondor', 'Pattiasina', 'Sahertian', 'Manuputty', 'Lumintang', 'Wenas', 'Sumampouw', 'Mandagi', 'Lopulalan', 'Tanamal', 'Ndoen', 'Kalangi'];
const TIMUR: NamePool = {
  weight: () => 0.6,
  prefixChance: 0,
  L: { first: ['Yohanis', 'Frans', 'Ferdinand', 'Marthen', 'Jefri', 'Ronald', 'Alfons', 'Decky', 'Hendrik', 'Yosua'], last: TIMUR_LAST, lastChance: 1 },
  P: { first: ['Maria', 'Theresia', 'Agustina', 'Magdalena', 'Christin', 'Meity', 'Novita', 'Veronika', 'Selvi', 'Olivia'], last: TIMUR_LAST, lastChance: 1 },
};

/** Names popular across Indonesia for people born from the late 1980s on. */
const MODERN: NamePool = {
  weight: (y) => (y >= 1992 ? 5 : y >= 1986 ? 1.5 : 0),
  prefixChance: 0.2,
  L: {
    first: ['Rizky', 'Fajar', 'Dimas', 'Raka', 'Aditya', 'Bagas', 'Rafi', 'Farhan', 'Ilham', 'Arief', 'Reza', 'Yoga', 'Galih', 'Bima', 'Fikri', 'Naufal', 'Alif', 'Hafiz', 'Rendy', 'Gilang'],
    last: ['Pratama', 'Maulana', 'Ramadhan', 'Firmansyah', 'Saputra', 'Nugraha', 'Hidayatullah', 'Syahputra', 'Prakoso', 'Wirawan', 'Akbar', 'Fauzi', 'Alfarizi', 'Prayoga'],
    lastChance: 0.9,
  },
  P: {
    first: ['Anisa', 'Nabila', 'Salsabila', 'Putri', 'Ayu', 'Intan', 'Nadia', 'Aulia', 'Amelia', 'Tiara', 'Syifa', 'Nurul', 'Dinda', 'Fitri', 'Rizka', 'Zahra', 'Citra', 'Kirana'],
    last: ['Rahmawati', 'Safitri', 'Maharani', 'Anggraini', 'Permatasari', 'Oktaviani', 'Rahmadani', 'Pertiwi', 'Nuraini', 'Febriani', 'Azzahra', 'Kusumawardani', 'Amalia', 'Ramadhani'],
    lastChance: 0.9,
  },
};

const POOLS: readonly NamePool[] = [JAWA, SUNDA, BETAWI, BATAK, MINANG, TIONGHOA, TIMUR, MODERN];
const PREFIX: Record<JenisKelamin, readonly string[]> = { L: ['Muhammad', 'Ahmad', 'Mohamad'], P: ['Siti', 'Nur'] };

/** Real public figures a random combination could hit; never generated. */
const REFUSED = new Set(['budi gunawan', 'joko widodo', 'benyamin davnie', 'airin rachmi diany', 'pilar saga ichsan']);

function pickPool(rng: Rng, birthYear: number): NamePool {
  const weights = POOLS.map((p) => p.weight(birthYear));
  let roll = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < POOLS.length; i += 1) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return POOLS[i] ?? JAWA;
  }
  return JAWA;
}

function composeName(rng: Rng, sex: JenisKelamin, birthYear: number): string {
  const pool = pickPool(rng, birthYear);
  const parts = pool[sex];
  const words: string[] = [];
  if (rng.chance(pool.prefixChance)) words.push(rng.pick(PREFIX[sex]));
  words.push(rng.pick(parts.first));
  if (words.length === 1 ? rng.chance(parts.lastChance) : rng.chance(parts.lastChance / 2)) {
    words.push(rng.pick(parts.last));
  }
  return words.join(' ');
}

export interface NameRegistry {
  used: Set<string>;
  /** How often each first name / surname has been given (prefixes not counted). */
  words: Map<string, number>;
}

export function createNameRegistry(): NameRegistry {
  return { used: new Set(), words: new Map() };
}

/** At most this many people share a first name or a surname, so the list reads varied. */
const MAX_WORD_USES = 2;
const PREFIXES = new Set([...PREFIX.L, ...PREFIX.P].map((w) => w.toLowerCase()));

function acceptable(name: string, registry: NameRegistry): boolean {
  const key = name.toLowerCase();
  const words = key.split(' ');
  // No word repeated or contained in another ("Wulan Wulandari"), no "Siti Sri".
  if (words.some((w, i) => words.some((v, j) => i !== j && v.startsWith(w)))) return false;
  if (PREFIXES.has(words[0] ?? '') && words[1] === 'sri') return false;
  if (registry.used.has(key) || REFUSED.has(key)) return false;
  // A lone short name ("Sri", "Agus") looks like a nickname on an official document.
  if (words.length === 1 && key.length < 6) return false;
  return words.every((w) => PREFIXES.has(w) || (registry.words.get(w) ?? 0) < MAX_WORD_USES);
}

/** A fictional name not given before; every word in it appears once. */
export function uniqueName(rng: Rng, sex: JenisKelamin, birthYear: number, registry: NameRegistry): string {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const name = composeName(rng, sex, birthYear);
    if (!acceptable(name, registry)) continue;
    registry.used.add(name.toLowerCase());
    for (const w of name.toLowerCase().split(' ')) registry.words.set(w, (registry.words.get(w) ?? 0) + 1);
    return name;
  }
  throw new Error('name pools exhausted');
}
