import { useLiveQuery } from 'dexie-react-hooks';
import type { DialogKinerja, Evidence, Feedback, FeedbackPhrase, Realisasi } from '@shared/schemas/monitoring';
import type { AppraisalYear, Period } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';

export type YearWithPeriods = AppraisalYear & { periods: Period[] };

const byIndex = (a: Period, b: Period) => a.index - b.index;

/** Every appraisal year, newest first, with its periods in order. */
export async function loadYears(db: AppDb): Promise<YearWithPeriods[]> {
  const [years, periods] = await Promise.all([db.appraisalYears.toArray(), db.periods.toArray()]);
  return years
    .sort((a, b) => b.year - a.year)
    .map((y) => ({ ...y, periods: periods.filter((p) => p.year === y.year).sort(byIndex) }));
}

export function useYears(db: AppDb): YearWithPeriods[] | null {
  return useLiveQuery(() => loadYears(db), [db], null);
}

export function usePeriodsOfYear(db: AppDb, year: number): Period[] | null {
  return useLiveQuery(async () => (await db.periods.where('year').equals(year).toArray()).sort(byIndex), [db, year], null);
}

export type PeriodWork = {
  realisasi: Map<string, Realisasi>;
  evidence: Evidence[];
  feedback: Feedback[];
};

/** In-year work on one SKP in one period, keyed for the per-RHK cards. */
export function usePeriodWork(db: AppDb, skpId: string, periodId: string | null): PeriodWork | null {
  return useLiveQuery(
    async () => {
      if (!periodId) return { realisasi: new Map(), evidence: [], feedback: [] };
      const key: [string, string] = [skpId, periodId];
      const [realisasi, evidence, feedback] = await Promise.all([
        db.realisasi.where('[skpId+periodId]').equals(key).toArray(),
        db.evidence.where('[skpId+periodId]').equals(key).toArray(),
        db.feedback.where('[skpId+periodId]').equals(key).toArray(),
      ]);
      return {
        realisasi: new Map(realisasi.map((r) => [r.rhkId, r])),
        evidence: evidence.sort((a, b) => a.addedAt.localeCompare(b.addedAt)),
        feedback: feedback.sort((a, b) => a.at.localeCompare(b.at)),
      };
    },
    [db, skpId, periodId],
    null,
  );
}

export function useDialogs(db: AppDb, skpId: string): DialogKinerja[] | null {
  return useLiveQuery(async () => (await db.dialogs.where('skpId').equals(skpId).toArray()).sort((a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at)), [db, skpId], null);
}

export function usePhrases(db: AppDb): FeedbackPhrase[] | null {
  return useLiveQuery(() => db.feedbackPhrases.toArray(), [db], null);
}
