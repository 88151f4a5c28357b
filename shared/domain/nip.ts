/**
 * NIP (PNS) and NI PPPK: 18-digit identity numbers (domain.md §9).
 *
 * PNS:  YYYYMMDD (birth) YYYYMM (TMT CPNS) S (sex) NNN (sequence)
 * PPPK: YYYYMMDD (birth) YYYY (appointment year) 2 R (round) S (sex) NNN (sequence)
 * Digits 13–14 tell them apart: a month 01–12 for PNS, 21–29 for PPPK.
 */
import type { JenisKelamin, JenisPegawai } from './reference';
import type { Checked, Reason } from './reason';
import { formatTanggal, isRealDate, isoDate, namaBulan } from './dates';

export type NipKind = 'pns' | 'pppk';

export interface NipParts {
  kind: NipKind;
  /** The 18 digits, as stored. */
  digits: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  sex: JenisKelamin;
  sequence: number;
  /** PNS only: TMT CPNS year and month. */
  tmtCpns?: { year: number; month: number };
  /** PPPK only. */
  appointmentYear?: number;
  /** PPPK only: appointment round 1–9. */
  appointmentRound?: number;
}

export type NipResult = Checked<NipParts>;

export const NIP_LENGTH = 18;
/** First PPPK appointments were made in 2019 (domain.md §9). */
export const FIRST_PPPK_YEAR = 2019;
/** A birth year before this is a typing error, not a living civil servant. */
const MIN_BIRTH_YEAR = 1900;
const EXAMPLE = 'misalnya 19951216 202506 1 001';

/** Removes the spaces and dots people type between NIP groups (domain.md §9: store digits only). */
export function normalizeNipInput(text: string): string {
  return text.replace(/[\s.]/g, '');
}

/** "19951216 202506 1 001": groups 8-6-1-3 as printed on documents (domain.md §7), for PNS and PPPK. */
export function formatNip(digits: string): string {
  const d = normalizeNipInput(digits);
  if (!/^\d{18}$/.test(d)) return digits.trim();
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

const num = (s: string, from: number, to: number): number => Number(s.slice(from - 1, to));

function shapeReasons(cleaned: string): Reason[] {
  if (cleaned === '') {
    return [{ code: 'nip/length', message: `NIP belum diisi. Masukkan 18 digit NIP, ${EXAMPLE}.` }];
  }
  const reasons: Reason[] = [];
  const others = [...new Set(cleaned.replace(/\d/g, ''))];
  if (others.length > 0) {
    const list = others.map((c) => `"${c}"`).join(', ');
    reasons.push({
      code: 'nip/non-digit',
      message: `NIP berisi karakter selain angka: ${list}. Hapus karakter tersebut; hanya angka, spasi, dan titik yang diterima.`,
    });
  }
  const count = cleaned.replace(/\D/g, '').length;
  if (count !== NIP_LENGTH) {
    const fix = count < NIP_LENGTH ? 'Periksa apakah ada digit yang terlewat' : 'Periksa apakah ada digit yang berlebih';
    reasons.push({
      code: 'nip/length',
      message: `NIP berisi ${count} digit, seharusnya 18 digit. ${fix}, ${EXAMPLE}.`,
    });
  }
  return reasons;
}

function birthDateProblem(year: number, month: number, day: number): string | null {
  if (year < MIN_BIRTH_YEAR) return `tahun lahir ${year} tidak masuk akal`;
  if (month < 1 || month > 12) return `bulan ${String(month).padStart(2, '0')} tidak ada (bulan harus 01–12)`;
  if (!isRealDate(year, month, day)) return `tanggal ${day} ${namaBulan(month)} ${year} tidak ada`;
  return null;
}

function checkBirthDate(d: string, reasons: Reason[]): string | null {
  const [year, month, day] = [num(d, 1, 4), num(d, 5, 6), num(d, 7, 8)];
  const problem = birthDateProblem(year, month, day);
  if (problem === null) return isoDate(year, month, day);
  reasons.push({
    code: 'nip/birth-date',
    message: `Digit 1–8 NIP (${d.slice(0, 8)}) harus tanggal lahir yang nyata (TTTTBBHH), tetapi ${problem}. Periksa tanggal lahir pada NIP.`,
  });
  return null;
}

/** Digits 13–14: 01–12 → PNS (TMT month), 21–29 → PPPK ("2" + round), §9. */
export function nipKindOf(digits: string): NipKind | null {
  const code = digits.slice(12, 14);
  if (!/^\d\d$/.test(code)) return null;
  const n = Number(code);
  if (n >= 1 && n <= 12) return 'pns';
  if (n >= 21 && n <= 29) return 'pppk';
  return null;
}

function checkKind(d: string, reasons: Reason[]): NipKind | null {
  const kind = nipKindOf(d);
  if (kind === null) {
    reasons.push({
      code: 'nip/kind',
      message: `Digit 13–14 NIP ("${d.slice(12, 14)}") tidak dikenali: untuk PNS harus bulan TMT CPNS 01–12, untuk PPPK harus 21–29 (angka 2 lalu tahap pengangkatan 1–9). Periksa kembali digit tersebut.`,
    });
  }
  return kind;
}

function checkSex(d: string, reasons: Reason[]): JenisKelamin | null {
  const c = d.charAt(14);
  if (c === '1') return 'L';
  if (c === '2') return 'P';
  reasons.push({
    code: 'nip/sex',
    message: `Digit ke-15 NIP ("${c}") menunjukkan jenis kelamin dan harus 1 (laki-laki) atau 2 (perempuan). Perbaiki digit tersebut.`,
  });
  return null;
}

function checkSequence(d: string, reasons: Reason[]): number | null {
  const seq = num(d, 16, 18);
  if (seq >= 1) return seq;
  reasons.push({
    code: 'nip/sequence',
    message: `Nomor urut pada digit 16–18 NIP (${d.slice(15)}) harus 001 sampai 999. Perbaiki nomor urut tersebut.`,
  });
  return null;
}

function checkTmt(d: string, birthDate: string | null, reasons: Reason[]): NipParts['tmtCpns'] {
  const tmt = { year: num(d, 9, 12), month: num(d, 13, 14) };
  if (birthDate === null) return tmt;
  const [by, bm] = [Number(birthDate.slice(0, 4)), Number(birthDate.slice(5, 7))];
  // TMT CPNS is a month; it must start after the month of birth (§9: "after birth").
  if (tmt.year * 12 + tmt.month > by * 12 + bm) return tmt;
  reasons.push({
    code: 'nip/tmt',
    message: `TMT CPNS pada digit 9–14 NIP (${namaBulan(tmt.month)} ${tmt.year}) harus setelah tanggal lahir (${formatTanggal(birthDate)}). Periksa tahun dan bulan TMT CPNS.`,
  });
  return tmt;
}

function checkPppkYear(d: string, birthDate: string | null, reasons: Reason[]): number {
  const year = num(d, 9, 12);
  if (year < FIRST_PPPK_YEAR) {
    reasons.push({
      code: 'nip/pppk-year',
      message: `Tahun pengangkatan PPPK pada digit 9–12 NI PPPK (${year}) harus ${FIRST_PPPK_YEAR} atau sesudahnya. Periksa digit tersebut.`,
    });
  } else if (birthDate !== null && year <= Number(birthDate.slice(0, 4))) {
    reasons.push({
      code: 'nip/pppk-year',
      message: `Tahun pengangkatan PPPK pada digit 9–12 NI PPPK (${year}) harus setelah tahun lahir (${birthDate.slice(0, 4)}). Periksa digit tersebut.`,
    });
  }
  return year;
}

/**
 * Parses a NIP or NI PPPK typed with or without spaces/dots, returning its parts or every problem
 * found (not only the first), each with a code and an Indonesian message.
 */
export function parseNip(text: string): NipResult {
  const d = normalizeNipInput(text);
  const shape = shapeReasons(d);
  if (shape.length > 0) return { ok: false, reasons: shape };
  const reasons: Reason[] = [];
  const birthDate = checkBirthDate(d, reasons);
  const kind = checkKind(d, reasons);
  const sex = checkSex(d, reasons);
  const sequence = checkSequence(d, reasons);
  const tmtCpns = kind === 'pns' ? checkTmt(d, birthDate, reasons) : undefined;
  const appointmentYear = kind === 'pppk' ? checkPppkYear(d, birthDate, reasons) : undefined;
  if (reasons.length > 0 || !birthDate || !kind || !sex || sequence === null) return { ok: false, reasons };
  const value: NipParts = { kind, digits: d, birthDate, sex, sequence };
  if (kind === 'pns') value.tmtCpns = tmtCpns;
  else {
    value.appointmentYear = appointmentYear;
    value.appointmentRound = num(d, 14, 14);
  }
  return { ok: true, value };
}

const SEX_WORD: Record<JenisKelamin, string> = { L: 'laki-laki', P: 'perempuan' };
const KIND_WORD: Record<NipKind, string> = { pns: 'NIP PNS', pppk: 'NI PPPK' };

const KEPALA_DAERAH_HAS_NO_NIP: Reason = {
  code: 'nip/kepala-daerah',
  message: 'Kepala Daerah tidak memiliki NIP. Kosongkan isian NIP.',
};

export interface RecordedIdentity {
  birthDate?: string;
  sex?: JenisKelamin;
  kind?: JenisPegawai;
}

/** Problems when a valid NIP disagrees with what is recorded about the employee (§9). */
export function crossCheckNip(parsed: NipParts, recorded: RecordedIdentity): Reason[] {
  const reasons: Reason[] = [];
  if (recorded.kind === 'kepala-daerah') {
    reasons.push({ ...KEPALA_DAERAH_HAS_NO_NIP });
  } else if (recorded.kind && recorded.kind !== parsed.kind) {
    const want = recorded.kind === 'pns' ? 'PNS' : 'PPPK';
    reasons.push({
      code: 'nip/mismatch-kind',
      message: `Nomor ini berformat ${KIND_WORD[parsed.kind]} (digit 13–14 = ${parsed.digits.slice(12, 14)}), tetapi pegawai tercatat sebagai ${want}. Periksa nomor tersebut atau ubah jenis pegawai.`,
    });
  }
  if (recorded.birthDate && recorded.birthDate !== parsed.birthDate) {
    reasons.push({
      code: 'nip/mismatch-birth-date',
      message: `Tanggal lahir pada NIP (${formatTanggal(parsed.birthDate)}) berbeda dengan tanggal lahir tercatat (${formatTanggal(recorded.birthDate)}). Periksa NIP atau tanggal lahir.`,
    });
  }
  if (recorded.sex && recorded.sex !== parsed.sex) {
    reasons.push({
      code: 'nip/mismatch-sex',
      message: `Digit ke-15 NIP menunjukkan ${SEX_WORD[parsed.sex]}, tetapi jenis kelamin tercatat ${SEX_WORD[recorded.sex]}. Periksa NIP atau jenis kelamin.`,
    });
  }
  return reasons;
}

/** Parses and cross-checks in one step: every reason, or none when the NIP fits the employee. */
export function checkEmployeeNip(text: string, recorded: RecordedIdentity): Reason[] {
  // A Kepala Daerah has no NIP (§7 prints "-"), so an empty field is correct for them.
  if (recorded.kind === 'kepala-daerah') return normalizeNipInput(text) === '' ? [] : [{ ...KEPALA_DAERAH_HAS_NO_NIP }];
  const parsed = parseNip(text);
  return parsed.ok ? crossCheckNip(parsed.value, recorded) : parsed.reasons;
}
