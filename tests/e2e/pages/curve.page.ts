import { expect, type Locator, type Page } from '@playwright/test';
import { generateDemoAgency } from '../../../shared/demo/generate';
import { demoCurveEvaluations } from '../../../shared/demo/curve-demo';
import { generatePeriods } from '../../../shared/domain/skp';
import type { Evaluation } from '../../../shared/schemas/evaluation';
import type { AppraisalYear, Period } from '../../../shared/schemas/skp';
import { summariesOfEvaluations } from '../../../renderer/src/db/summaries';
import { AppPage } from './app.page';
import { choose } from './organisation.page';

export type CurveSeed = { year: AppraisalYear; periods: Period[]; evaluations: Evaluation[] };

/** Year 2027 by quarter, with final evaluations for the first quarter; `allBaikUnitId`'s people all Baik. */
export function curveSeed(allBaikUnitId: string): CurveSeed {
  const periods = generatePeriods(2027, 'triwulan');
  const evaluations = demoCurveEvaluations({ ...generateDemoAgency(), periods: periods.slice(0, 1), at: '2027-04-02T08:00:00.000Z', allBaikUnitId });
  return { year: { id: 'year-2027', year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31', createdAt: '2027-01-02T08:00:00.000Z' }, periods, evaluations };
}

/** Reads a whole object store of the app's IndexedDB ('peka'). */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('peka');
        open.onsuccess = () => {
          const req = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

/** Page object for HR's organisation results and curves (mounted at #/evaluasi/kurva for now). */
export class CurvePage {
  readonly app: AppPage;
  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  /**
   * First start (demo agency), then the seed written straight into IndexedDB, then a reload. The
   * app keeps packed summaries of the evaluations in the same transaction as every write
   * (renderer/src/db/summaries.ts); a raw write bypasses that, so the seed also writes the summaries
   * built by the app's own function (its 2027 periods are new: whole records of their own).
   */
  async openSeeded(seed: CurveSeed) {
    await this.app.open('evaluasi/kurva');
    await expect(this.page.getByTestId('agency-name')).not.toBeEmpty();
    await this.page.evaluate(
      (s) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('peka');
          open.onsuccess = () => {
            const tx = open.result.transaction(['appraisalYears', 'periods', 'evaluations', 'summaries'], 'readwrite');
            tx.objectStore('appraisalYears').put(s.year);
            for (const p of s.periods) tx.objectStore('periods').put(p);
            for (const e of s.evaluations) tx.objectStore('evaluations').put(e);
            for (const summary of s.summaries) tx.objectStore('summaries').put(summary);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { ...seed, summaries: summariesOfEvaluations(seed.evaluations) },
    );
    await this.page.reload();
    await expect(this.heading()).toBeVisible();
  }

  heading() {
    return this.page.getByRole('heading', { level: 2, name: 'Capaian organisasi dan kurva distribusi' });
  }

  async choosePeriod(label: string) {
    await choose(this.page, this.page, 'Periode penilaian', label);
  }

  row(unit: string): Locator {
    return this.page.getByTestId('curve-unit-row').filter({ has: this.page.getByRole('button', { name: `Lihat kurva ${unit}` }) });
  }

  async recordOrgResult(unit: string, capaian: RegExp) {
    await choose(this.row(unit), this.page, `Capaian Kinerja Organisasi ${unit}`, capaian);
  }

  async openUnit(unit: string) {
    await this.page.getByRole('button', { name: `Lihat kurva ${unit}` }).click();
    await expect(this.detail()).toBeVisible();
  }

  detail(): Locator {
    return this.page.getByRole('region').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  violations(): Locator {
    return this.page.getByTestId('curve-violations');
  }

  async simulateFirstMember(predikat: RegExp) {
    const select = this.page.getByRole('combobox', { name: /^Simulasi predikat / }).first();
    await select.click();
    await this.page.getByRole('option', { name: predikat }).click();
  }

  banner(): Locator {
    return this.page.getByTestId('whatif-banner');
  }
}
