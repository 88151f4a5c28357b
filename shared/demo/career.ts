/**
 * Birth dates, entry dates, golongan and NIP / NI PPPK of demo employees (domain.md §9).
 * Ages are reckoned against the demo year so the agency looks the same whatever the clock says.
 */
import {
  GOLONGAN_RUANG,
  type GolonganPppk,
  type GolonganRuang,
  type JenisJabatan,
  type JenisKelamin,
  type JenjangJf,
} from '../domain/reference';
import type { Employee } from '../schemas/entities';
import type { Rng } from './random';
import type { Pendidikan } from './titles';

export const DEMO_REFERENCE_YEAR = 2026;
/** Latest TMT CPNS / PPPK appointment a demo employee may have. */
const LAST_ENTRY_YEAR = 2025;

export interface YearMonthDay {
  y: number;
  m: number;
  d: number;
}

export interface PostLevel {
  type: JenisJabatan;
  jfLevel?: JenjangJf | undefined;
}

const BIRTH_YEARS_BY_TYPE: Record<JenisJabatan, [number, number]> = {
  'kepala-daerah': [1968, 1978],
  'jpt-utama': [1968, 1972],
  'jpt-madya': [1968, 1972],
  'jpt-pratama': [1968, 1976],
  administrator: [1969, 1982],
  pengawas: [1970, 1990],
  pelaksana: [1970, 2003],
  'jf-keahlian': [1976, 1990],
  'jf-keterampilan': [1980, 2000],
};

const BIRTH_YEARS_BY_JF: Record<JenjangJf, [number, number]> = {
  'ahli-pertama': [1988, 2000],
  'ahli-muda': [1976, 1990],
  'ahli-madya': [1968, 1980],
  'ahli-utama': [1968, 1972],
  pemula: [1995, 2003],
  terampil: [1980, 2000],
  mahir: [1975, 1992],
  penyelia: [1968, 1985],
};

/** PNS golongan ruang plausible for the post: [lowest, highest]. */
const GOLONGAN_BY_TYPE: Partial<Record<JenisJabatan, [GolonganRuang, GolonganRuang]>> = {
  'jpt-utama': ['IV/d', 'IV/e'],
  'jpt-madya': ['IV/c', 'IV/d'],
  'jpt-pratama': ['IV/c', 'IV/d'],
  administrator: ['IV/a', 'IV/b'],
  pengawas: ['III/c', 'III/d'],
};

const GOLONGAN_BY_JF: Record<JenjangJf, [GolonganRuang, GolonganRuang]> = {
  'ahli-pertama': ['III/a', 'III/b'],
  'ahli-muda': ['III/c', 'III/d'],
  'ahli-madya': ['IV/a', 'IV/c'],
  'ahli-utama': ['IV/d', 'IV/e'],
  pemula: ['II/a', 'II/a'],
  terampil: ['II/b', 'II/d'],
  mahir: ['III/a', 'III/b'],
  penyelia: ['III/c', 'III/d'],
};

const GOLONGAN_PELAKSANA: Record<Pendidikan, [GolonganRuang, GolonganRuang]> = {
  sma: ['II/a', 'II/d'],
  d3: ['II/c', 'III/a'],
  s1: ['III/a', 'III/b'],
  s2: ['III/a', 'III/b'],
  s3: ['III/a', 'III/b'],
};

const PPPK_BY_EDUCATION: Record<Pendidikan, GolonganPppk> = { sma: 'V', d3: 'VII', s1: 'IX', s2: 'X', s3: 'XI' };
const PPPK_BY_JF: Record<JenjangJf, GolonganPppk> = {
  'ahli-pertama': 'IX',
  'ahli-muda': 'X',
  'ahli-madya': 'XI',
  'ahli-utama': 'XIII',
  pemula: 'V',
  terampil: 'VII',
  mahir: 'VIII',
  penyelia: 'IX',
};

export function isLeadership(type: JenisJabatan): boolean {
  return type !== 'pelaksana' && type !== 'jf-keahlian' && type !== 'jf-keterampilan';
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function randomBirthDate(rng: Rng, post: PostLevel, pppk: boolean): YearMonthDay {
  const [lo, hi] = post.jfLevel ? BIRTH_YEARS_BY_JF[post.jfLevel] : BIRTH_YEARS_BY_TYPE[post.type];
  const y = rng.int(pppk ? Math.max(lo, 1972) : lo, hi);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, daysInMonth(y, m)) };
}

/** Someone who reached the retirement age (BUP 58) during the past year. */
export function retiredBirthDate(rng: Rng): YearMonthDay {
  const y = DEMO_REFERENCE_YEAR - 59;
  const m = rng.int(2, 11);
  return { y, m, d: rng.int(1, daysInMonth(y, m)) };
}

/** TMT CPNS: aged 20–35, no later than the last intake, leaders entered young. */
export function randomTmtCpns(rng: Rng, birth: YearMonthDay, post: PostLevel, edu: Pendidikan): { y: number; m: number } {
  const entryAge = isLeadership(post.type) ? rng.int(22, 27) : rng.int(edu === 'sma' ? 20 : 22, 32);
  const y = Math.max(birth.y + 20, Math.min(birth.y + entryAge, LAST_ENTRY_YEAR));
  return { y, m: rng.int(1, 12) };
}

export function pnsGolongan(post: PostLevel, edu: Pendidikan, tmtYear: number): GolonganRuang {
  const [lo, hi] = post.jfLevel
    ? GOLONGAN_BY_JF[post.jfLevel]
    : (GOLONGAN_BY_TYPE[post.type] ?? GOLONGAN_PELAKSANA[edu]);
  const loIdx = GOLONGAN_RUANG.indexOf(lo);
  const hiIdx = GOLONGAN_RUANG.indexOf(hi);
  const service = DEMO_REFERENCE_YEAR - tmtYear;
  const fraction = Math.min(1, Math.max(0, (service - 4) / 20));
  return GOLONGAN_RUANG[loIdx + Math.round((hiIdx - loIdx) * fraction)] ?? lo;
}

export function pppkGolongan(post: PostLevel, edu: Pendidikan): GolonganPppk {
  return post.jfLevel ? PPPK_BY_JF[post.jfLevel] : PPPK_BY_EDUCATION[edu];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoDate(date: YearMonthDay): string {
  return `${date.y}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

const sexDigit = (sex: JenisKelamin): string => (sex === 'L' ? '1' : '2');
const birthPart = (b: YearMonthDay): string => `${b.y}${pad(b.m, 2)}${pad(b.d, 2)}`;

/** NIP PNS: birth date, TMT CPNS year+month, sex, sequence. */
export function nipPns(birth: YearMonthDay, tmt: { y: number; m: number }, sex: JenisKelamin, seq: number): string {
  return `${birthPart(birth)}${tmt.y}${pad(tmt.m, 2)}${sexDigit(sex)}${pad(seq, 3)}`;
}

/** NI PPPK: birth date, appointment year, "2", round, sex, sequence. */
export function nipPppk(birth: YearMonthDay, year: number, round: number, sex: JenisKelamin, seq: number): string {
  return `${birthPart(birth)}${year}2${round}${sexDigit(sex)}${pad(seq, 3)}`;
}

/** A PPPK appointment year: 2019 or later (PPPK first recruited that year), aged at least 20. */
export function randomPppkYear(rng: Rng, birth: YearMonthDay): number {
  return rng.int(Math.max(2019, birth.y + 20), LAST_ENTRY_YEAR);
}

/** Sequence numbers start low, as in real NIPs (1 to `maxStart`); the next free one when taken. */
export function uniqueNip(rng: Rng, taken: Set<string>, maxStart: number, build: (seq: number) => string): string {
  const start = rng.int(1, maxStart);
  for (let offset = 0; offset < 999; offset += 1) {
    const nip = build(((start - 1 + offset) % 999) + 1);
    if (!taken.has(nip)) {
      taken.add(nip);
      return nip;
    }
  }
  throw new Error('no free NIP sequence');
}

export type CareerInput = { birth: YearMonthDay; level: PostLevel; pendidikan: Pendidikan; sex: JenisKelamin; taken: Set<string>; maxSeqStart: number };

/** Gives a PNS a TMT, pangkat and NIP, a PPPK an appointment, golongan and NI PPPK (domain.md §9). */
export function assignCareer(rng: Rng, employee: Employee, c: CareerInput): void {
  if (employee.kind === 'pns') {
    const tmt = randomTmtCpns(rng, c.birth, c.level, c.pendidikan);
    employee.golonganRuang = pnsGolongan(c.level, c.pendidikan, tmt.y);
    employee.nip = uniqueNip(rng, c.taken, c.maxSeqStart, (seq) => nipPns(c.birth, tmt, c.sex, seq));
  } else if (employee.kind === 'pppk') {
    const year = randomPppkYear(rng, c.birth);
    const round = rng.int(1, 3);
    employee.golonganPppk = pppkGolongan(c.level, c.pendidikan);
    employee.nip = uniqueNip(rng, c.taken, c.maxSeqStart, (seq) => nipPppk(c.birth, year, round, c.sex, seq));
  }
}
