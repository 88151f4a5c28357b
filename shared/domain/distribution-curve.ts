/**
 * Capaian Kinerja Organisasi and the allowed distribution of employee predikat in a unit
 * (domain.md §6, SE MenPANRB 3/2023). Violations are reported in words and numbers; nothing here
 * changes a predikat.
 */
import { PREDIKAT_LABEL, PREDIKAT_ORDER, PREDIKAT_PRINT } from './predikat';
import type { Predikat } from './predikat';

export const CAPAIAN_ORDER = ['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;
export type CapaianOrganisasi = (typeof CAPAIAN_ORDER)[number];

export const CAPAIAN_LABEL: Record<CapaianOrganisasi, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  'butuh-perbaikan': 'Butuh Perbaikan',
  kurang: 'Kurang',
  'sangat-kurang': 'Sangat Kurang',
};

export const CAPAIAN_PRINT: Record<CapaianOrganisasi, string> = {
  istimewa: 'ISTIMEWA',
  baik: 'BAIK',
  'butuh-perbaikan': 'BUTUH PERBAIKAN',
  kurang: 'KURANG',
  'sangat-kurang': 'SANGAT KURANG',
};

export type Rounding = 'floor' | 'ceil' | 'round';
/** Rounding of percentage × headcount; not regulated for small units, configurable (§6, §13). */
export interface CurveOptions {
  atMost?: Rounding;
  atLeast?: Rounding;
}
export const DEFAULT_CURVE_ROUNDING: Readonly<Required<CurveOptions>> = { atMost: 'floor', atLeast: 'ceil' };

export interface CurveRuleDef {
  code: string;
  bound: 'at-most' | 'at-least';
  /** Predikat counted together ("and/or" rules count their sum). */
  predikat: readonly Predikat[];
  /** Percent of the unit's evaluated employees; null for the fixed "at least one" rule. */
  percent: number | null;
}

/** The §6 table, one entry per rule. */
export const CURVE_RULES: Record<CapaianOrganisasi, readonly CurveRuleDef[]> = {
  istimewa: [{ code: 'curve/sangat-baik-max', bound: 'at-most', predikat: ['sangat-baik'], percent: 70 }],
  baik: [
    { code: 'curve/baik-max', bound: 'at-most', predikat: ['baik'], percent: 70 },
    // "at least one", not a percentage: a unit of one person must have that person below Baik.
    { code: 'curve/perbaikan-or-kurang-min-one', bound: 'at-least', predikat: ['butuh-perbaikan', 'kurang'], percent: null },
  ],
  'butuh-perbaikan': [
    { code: 'curve/butuh-perbaikan-min', bound: 'at-least', predikat: ['butuh-perbaikan'], percent: 60 },
    { code: 'curve/sangat-baik-max', bound: 'at-most', predikat: ['sangat-baik'], percent: 10 },
  ],
  kurang: [
    { code: 'curve/kurang-min', bound: 'at-least', predikat: ['kurang'], percent: 60 },
    { code: 'curve/butuh-perbaikan-min', bound: 'at-least', predikat: ['butuh-perbaikan'], percent: 10 },
    { code: 'curve/sangat-baik-max', bound: 'at-most', predikat: ['sangat-baik'], percent: 10 },
  ],
  'sangat-kurang': [
    { code: 'curve/sangat-kurang-min', bound: 'at-least', predikat: ['sangat-kurang'], percent: 60 },
    { code: 'curve/kurang-or-perbaikan-min', bound: 'at-least', predikat: ['kurang', 'butuh-perbaikan'], percent: 10 },
    { code: 'curve/sangat-baik-none', bound: 'at-most', predikat: ['sangat-baik'], percent: 0 },
  ],
};

export interface CurveViolation {
  code: string;
  message: string;
  rule: {
    capaian: CapaianOrganisasi;
    bound: 'at-most' | 'at-least';
    predikat: Predikat[];
    /** The limit in percent; null for "at least one". */
    percent: number | null;
    /** Most allowed (at-most) or fewest required (at-least), in employees. */
    allowed: number;
    actual: number;
    headcount: number;
    rounding: Rounding | null;
  };
}

export type PredikatCounts = Partial<Record<Predikat, number>>;

function countOf(counts: PredikatCounts, p: Predikat): number {
  const n = counts[p] ?? 0;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Jumlah predikat ${p} harus bilangan bulat >= 0, bukan ${n}`);
  return n;
}

export function headcountOf(counts: PredikatCounts): number {
  return PREDIKAT_ORDER.reduce((sum, p) => sum + countOf(counts, p), 0);
}

/** Tally a list of predikat into counts (every predikat present, zero when absent). */
export function countPredikat(list: readonly Predikat[]): Record<Predikat, number> {
  const counts = Object.fromEntries(PREDIKAT_ORDER.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of list) counts[p] += 1;
  return counts;
}

function applyRounding(percent: number, headcount: number, rounding: Rounding): number {
  // percent × headcount is an integer, so dividing once by 100 keeps floor/ceil exact (0.7 × 10 ≠ 7 in floats).
  const exact = (percent * headcount) / 100;
  return rounding === 'floor' ? Math.floor(exact) : rounding === 'ceil' ? Math.ceil(exact) : Math.round(exact);
}

/** "80%", "33,3%": Indonesian decimal comma, one decimal at most. */
export function formatPercent(value: number): string {
  return `${String(Math.round(value * 10) / 10).replace('.', ',')}%`;
}

const ROUNDING_WORD: Record<Rounding, string> = {
  floor: 'dibulatkan ke bawah',
  ceil: 'dibulatkan ke atas',
  round: 'dibulatkan ke terdekat',
};

const names = (ps: readonly Predikat[]): string => ps.map((p) => PREDIKAT_LABEL[p]).join(' dan/atau ');
const FIX = 'atau tuliskan alasan saat finalisasi unit';

function violationMessage(v: CurveViolation['rule']): string {
  const who = names(v.predikat);
  const org = `Capaian Kinerja Organisasi ${CAPAIAN_LABEL[v.capaian]}`;
  const share = `${v.actual} dari ${v.headcount} pegawai (${formatPercent((100 * v.actual) / v.headcount)})`;
  if (v.percent === null) {
    return `Belum ada pegawai berpredikat ${who} (${share}), padahal ${org} mensyaratkan paling sedikit 1 pegawai berpredikat ${who}. Tinjau kembali predikat, ${FIX}.`;
  }
  if (v.percent === 0) {
    return `Predikat ${who} ${share}, padahal ${org} tidak membolehkan predikat ${who}. Tinjau kembali predikat ${v.actual} pegawai tersebut, ${FIX}.`;
  }
  const exact = (v.percent * v.headcount) / 100;
  const rounded = Number.isInteger(exact) || v.rounding === null
    ? ''
    : `: ${v.percent}% × ${v.headcount} = ${String(exact).replace('.', ',')}, ${ROUNDING_WORD[v.rounding]}`;
  if (v.bound === 'at-most') {
    return `Predikat ${who} ${share}, melebihi batas ${v.percent}% (paling banyak ${v.allowed} pegawai${rounded}) untuk ${org}. Tinjau kembali predikat agar paling banyak ${v.allowed} pegawai berpredikat ${who}, ${FIX}.`;
  }
  return `Predikat ${who} ${share}, kurang dari batas minimal ${v.percent}% (paling sedikit ${v.allowed} pegawai${rounded}) untuk ${org}. Tinjau kembali predikat agar paling sedikit ${v.allowed} pegawai berpredikat ${who}, ${FIX}.`;
}

/**
 * Every way the predikat counts of one unit break the §6 rules for its Capaian Kinerja Organisasi;
 * empty when compliant or when nobody was evaluated.
 */
export function checkDistribution(
  capaianOrganisasi: CapaianOrganisasi,
  counts: PredikatCounts,
  options: CurveOptions = {},
): CurveViolation[] {
  const headcount = headcountOf(counts);
  if (headcount === 0) return [];
  const atMost = options.atMost ?? DEFAULT_CURVE_ROUNDING.atMost;
  const atLeast = options.atLeast ?? DEFAULT_CURVE_ROUNDING.atLeast;
  const violations: CurveViolation[] = [];
  for (const def of CURVE_RULES[capaianOrganisasi]) {
    const actual = def.predikat.reduce((sum, p) => sum + countOf(counts, p), 0);
    const rounding = def.percent === null ? null : def.bound === 'at-most' ? atMost : atLeast;
    const allowed = def.percent === null || rounding === null ? 1 : applyRounding(def.percent, headcount, rounding);
    const broken = def.bound === 'at-most' ? actual > allowed : actual < allowed;
    if (!broken) continue;
    const rule = { capaian: capaianOrganisasi, bound: def.bound, predikat: [...def.predikat], percent: def.percent, allowed, actual, headcount, rounding };
    violations.push({ code: def.code, message: violationMessage(rule), rule });
  }
  return violations;
}

/** Chart x-axis order: Sangat Kurang → Sangat Baik (§6). */
export const CURVE_CHART_ORDER: readonly Predikat[] = [...PREDIKAT_ORDER].reverse();

export interface CurveBar {
  predikat: Predikat;
  label: string;
  print: string;
  count: number;
  /** 0–100, unrounded; 0 when nobody was evaluated. */
  percent: number;
}

/** Counts and percentages per predikat, in chart order, drawn from the real counts (§6). */
export function curveSummary(counts: PredikatCounts): CurveBar[] {
  const total = headcountOf(counts);
  return CURVE_CHART_ORDER.map((p) => {
    const count = countOf(counts, p);
    return { predikat: p, label: PREDIKAT_LABEL[p], print: PREDIKAT_PRINT[p], count, percent: total === 0 ? 0 : (100 * count) / total };
  });
}

/** "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI ISTIMEWA" (§6). */
export function curveChartTitle(capaian: CapaianOrganisasi): string {
  return `KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI ${CAPAIAN_PRINT[capaian]}`;
}
