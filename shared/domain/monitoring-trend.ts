/**
 * Service indicators over time (domain.md §2 step 2): for a unit, the same IKI across its SKPs
 * (grouped by identical text and unit of measure) and the numbers reported per period, for example
 * the average days to process a population document at Dinas Kependudukan dan Pencatatan Sipil.
 */
import type { Realisasi } from '../schemas/monitoring';
import type { Iki, Period, Skp } from '../schemas/skp';

/**
 * The first number in a realisation as people write it: "4,5 hari" → 4.5, "1.234 dokumen" → 1234,
 * "1.234,5" → 1234.5, "98%" → 98. Null when the text holds no number.
 */
export function parseRealisasiNumber(text: string): number | null {
  const m = /-?\d[\d.,]*/.exec(text.replace(/\u00a0/g, ' '));
  if (!m) return null;
  let s = m[0].replace(/[.,]+$/, '');
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) s = s.replace(/\./g, '').replace(',', '.');
  else if (hasComma) s = /^-?\d{1,3}(,\d{3}){2,}$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  else if (hasDot && /^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const unitOf = (iki: Iki) => (iki.target.kind === 'kuantitatif' ? iki.target.unit.trim() : '');

/** The grouping key of an IKI: same words (case and spacing aside) and same unit of measure. */
export const ikiGroupKey = (iki: Iki) => `${normalise(iki.text)}|${normalise(unitOf(iki))}`;

export type IkiGroup = { key: string; text: string; unit: string; skpCount: number };

/** The IKI found in these SKPs, grouped, most common first. */
export function ikiGroups(skps: readonly Skp[]): IkiGroup[] {
  const groups = new Map<string, IkiGroup & { skps: Set<string> }>();
  for (const skp of skps) {
    for (const iki of skp.rhk.flatMap((r) => r.iki)) {
      if (!iki.text.trim()) continue;
      const key = ikiGroupKey(iki);
      const g = groups.get(key) ?? { key, text: iki.text.trim(), unit: unitOf(iki), skpCount: 0, skps: new Set<string>() };
      g.skps.add(skp.id);
      g.skpCount = g.skps.size;
      groups.set(key, g);
    }
  }
  return [...groups.values()]
    .map(({ skps: _skps, ...g }) => g)
    .sort((a, b) => b.skpCount - a.skpCount || a.text.localeCompare(b.text, 'id'));
}

export type TrendPoint = { periodId: string; label: string; count: number; avg: number | null; min: number | null; max: number | null };

/** Per period: how many numeric realisations of the IKI group, their average, minimum and maximum. */
export function trendSeries(groupKey: string, skps: readonly Skp[], periods: readonly Period[], realisasi: readonly Realisasi[]): TrendPoint[] {
  const wanted = new Map<string, Set<string>>();
  for (const skp of skps) {
    for (const rhk of skp.rhk) {
      const ikiIds = rhk.iki.filter((i) => ikiGroupKey(i) === groupKey).map((i) => i.id);
      if (ikiIds.length) wanted.set(`${skp.id}|${rhk.id}`, new Set(ikiIds));
    }
  }
  const values = new Map<string, number[]>();
  for (const r of realisasi) {
    const ikiIds = wanted.get(`${r.skpId}|${r.rhkId}`);
    if (!ikiIds) continue;
    for (const id of ikiIds) {
      const n = parseRealisasiNumber(r.realisasi[id] ?? '');
      if (n !== null) values.set(r.periodId, [...(values.get(r.periodId) ?? []), n]);
    }
  }
  return [...periods]
    .sort((a, b) => a.index - b.index)
    .map((p) => {
      const v = values.get(p.id) ?? [];
      const avg = v.length ? Math.round((v.reduce((s, x) => s + x, 0) / v.length) * 100) / 100 : null;
      return { periodId: p.id, label: p.label, count: v.length, avg, min: v.length ? Math.min(...v) : null, max: v.length ? Math.max(...v) : null };
    });
}
