import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../schemas/training';
import { completedJp, daysLeftInYear, jpProgress, shortfallList } from './training-ledger';

const entry = (employeeId: string, jp: number, year = 2026): LedgerEntry => ({ id: `${employeeId}-${jp}-${year}`, employeeId, year, bentuk: 'e-learning', title: 'Kursus', start: `${year}-03-02`, end: `${year}-03-02`, jp, source: 'manual', createdAt: `${year}-03-02T00:00:00.000Z` });

describe('JP ledger', () => {
  it('sums JP, half hours included', () => {
    expect(completedJp([entry('a', 8), entry('a', 2.5), entry('a', 10)])).toBe(20.5);
    expect(completedJp([])).toBe(0);
  });

  it('progress toward 20 JP counts only the year asked, with planned JP apart', () => {
    const p = jpProgress([entry('a', 12), entry('a', 40, 2025)], 2026, 24);
    expect(p).toEqual({ year: 2026, completed: 12, planned: 24, target: 20, remaining: 8, percent: 60, met: false });
    expect(jpProgress([entry('a', 32)], 2026)).toMatchObject({ remaining: 0, percent: 100, met: true });
  });

  it('lists everyone below 20 JP, largest gap first, then by name; people with no entries too', () => {
    const people = [{ id: 'a', name: 'Budi' }, { id: 'b', name: 'Ani' }, { id: 'c', name: 'Citra' }, { id: 'd', name: 'Dedi' }];
    const ledger = [entry('a', 12), entry('a', 8), entry('b', 8), entry('c', 19), entry('d', 8), entry('d', 30, 2025)];
    const rows = shortfallList(people, ledger, 2026, new Map([['b', 16]]));
    expect(rows.map((r) => [r.person.name, r.completed, r.gap, r.planned])).toEqual([
      ['Ani', 8, 12, 16],
      ['Dedi', 8, 12, 0],
      ['Citra', 19, 1, 0],
    ]);
    expect(shortfallList([{ id: 'x', name: 'Xena' }], [], 2026)[0]).toMatchObject({ completed: 0, gap: 20 });
  });

  it('days left in the year, counting today', () => {
    expect(daysLeftInYear('2026-12-31', 2026)).toBe(1);
    expect(daysLeftInYear('2026-11-28', 2026)).toBe(34);
    expect(daysLeftInYear('2027-01-02', 2026)).toBe(0);
  });
});
