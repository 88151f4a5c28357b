/**
 * The JP ledger (domain.md §10): completed development per employee and year, progress toward the
 * 20 JP right (PP 17/2020 Pasal 203), planned JP from classes not yet completed, and the list of
 * everyone below 20 JP as the year runs out. Pure arithmetic over records, no clock.
 */
import type { LedgerEntry } from '../schemas/training';
import { JP_TARGET } from './training-forms';

/** JP are whole lesson hours in practice, but half hours occur (non-classical equivalents). */
const round = (n: number) => Math.round(n * 100) / 100;

/** Sum of the JP of the given entries. */
export function completedJp(entries: readonly Pick<LedgerEntry, 'jp'>[]): number {
  return round(entries.reduce((sum, e) => sum + e.jp, 0));
}

export type JpProgress = {
  year: number;
  completed: number;
  /** JP of classes the person is enrolled in and has not completed yet. */
  planned: number;
  target: number;
  /** What is still missing after completed JP (never negative). */
  remaining: number;
  /** Completed JP as a share of the target, capped at 100. */
  percent: number;
  met: boolean;
};

export function jpProgress(entries: readonly Pick<LedgerEntry, 'jp' | 'year'>[], year: number, planned = 0, target = JP_TARGET): JpProgress {
  const completed = completedJp(entries.filter((e) => e.year === year));
  return {
    year,
    completed,
    planned: round(planned),
    target,
    remaining: round(Math.max(0, target - completed)),
    percent: target > 0 ? Math.min(100, Math.round((completed / target) * 100)) : 100,
    met: completed >= target,
  };
}

export type ShortfallRow<P> = { person: P; completed: number; planned: number; gap: number };

/**
 * Everyone whose completed JP of the year is below the target, the largest gap first (then by
 * name). `planned` maps an employee id to JP of classes they are enrolled in but have not finished.
 */
export function shortfallList<P extends { id: string; name: string }>(
  people: readonly P[],
  ledger: readonly Pick<LedgerEntry, 'employeeId' | 'jp' | 'year'>[],
  year: number,
  planned: ReadonlyMap<string, number> = new Map(),
  target = JP_TARGET,
): ShortfallRow<P>[] {
  const done = new Map<string, number>();
  for (const e of ledger) if (e.year === year) done.set(e.employeeId, (done.get(e.employeeId) ?? 0) + e.jp);
  return people
    .map((person) => {
      const completed = round(done.get(person.id) ?? 0);
      return { person, completed, planned: round(planned.get(person.id) ?? 0), gap: round(target - completed) };
    })
    .filter((r) => r.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.person.name.localeCompare(b.person.name, 'id'));
}

/** Days from `today` (YYYY-MM-DD) to 31 December of the year, counting today; 0 once the year is over. */
export function daysLeftInYear(today: string, year: number): number {
  const from = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const end = Date.UTC(year, 11, 31);
  return Math.max(0, Math.round((end - from) / 86_400_000) + 1);
}
