/** Small helpers for the demo SKP year: Indonesian numbers, dates, timestamps, sampling. */
import type { Target } from '../schemas/skp';
import type { Rng } from './random';

/** "1.200", "3,8", "97,5": dots group thousands, a comma marks decimals. */
export function formatAngka(n: number, decimals = 0): string {
  const [whole = '0', frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac && Number(frac) !== 0 ? `,${frac}` : ''}`;
}

/** "1.200 keping KTP-el", "100 %", or the described target. */
export function targetLabel(t: Target): string {
  if (t.kind === 'kualitatif') return t.text;
  return t.value === null ? `- ${t.unit}` : `${formatAngka(t.value, 1)} ${t.unit}`;
}

/** YYYY-MM-DD plus a number of days. */
export function addDays(isoDate: string, days: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A timestamp during office hours in Western Indonesia (01:00-09:59 UTC = 08:00-16:59 WIB). */
export function stamp(isoDate: string, rng: Rng): string {
  const hh = String(rng.int(1, 9)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  return `${isoDate}T${hh}:${mm}:00.000Z`;
}

/** The earlier of two ISO timestamps. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);

/** A deterministic shuffled copy. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Between lo and hi distinct items, in their original order. */
export function pickSome<T>(rng: Rng, items: readonly T[], lo: number, hi: number): T[] {
  const n = Math.min(items.length, rng.int(lo, hi));
  const chosen = new Set(shuffled(rng, items.map((_, i) => i)).slice(0, n));
  return items.filter((_, i) => chosen.has(i));
}

/** Lower-case ASCII slug for file names and URL paths. */
export function slug(text: string, max = 60): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, max).replace(/-+$/, '');
}

/** "TRIWULAN III" → "Triwulan III". */
export function periodTitle(label: string): string {
  return label.replace(/^([A-Z])([A-Z]+)/, (_, a: string, b: string) => a + b.toLowerCase());
}
