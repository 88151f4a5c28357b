import { expect, type Locator, type Page } from '@playwright/test';
import { BERAKHLAK } from '../../../shared/domain/berakhlak';
import type { Evaluation } from '../../../shared/schemas/evaluation';
import type { Period, Skp } from '../../../shared/schemas/skp';
import { approvedSkp, team, yearRecords } from '../../../renderer/src/features/evaluation/evaluation.fixtures.test-helper';

type Records = Record<string, unknown[]>;

/** Writes records into the app's IndexedDB after first start (the demo agency is loaded), then reloads. */
export async function seedRecords(page: Page, records: Records) {
  await page.goto('./#/beranda');
  await expect(page.getByTestId('agency-name')).toHaveText(/TANGERANG SELATAN/);
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('peka');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(Object.keys(data), 'readwrite');
    for (const [store, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(store).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** What monitoring recorded for the first RHK in a period: realisation, a link as evidence, feedback. */
function monitoring(skp: Skp, period: Period) {
  const at = `${period.end}T03:00:00.000Z`;
  return {
    realisasi: [{ id: `${skp.id}|${period.id}|rhk-1`, skpId: skp.id, periodId: period.id, rhkId: 'rhk-1', rencanaAksi: ['Memproses berkas masuk'], realisasi: { 'iki-1': '34 berkas' }, updatedAt: at }],
    evidence: [{ id: `ev-${skp.id}-${period.id}`, skpId: skp.id, periodId: period.id, rhkId: 'rhk-1', kind: 'link', name: 'Rekap layanan.pdf', url: 'https://example.org/rekap.pdf', addedAt: at }],
    feedback: [{ id: `fb-${skp.id}-${period.id}`, skpId: skp.id, periodId: period.id, target: { kind: 'rhk', rhkId: 'rhk-1' }, text: 'Pertahankan kecepatan layanan.', byEmployeeId: null, at }],
  };
}

/** A supervisor with two subordinates, each with an approved 2027 SKP, and the 2027 quarters. */
export function evaluationSeed() {
  const { appraisalYear, periods } = yearRecords();
  const { penilai, members } = team(2);
  const skps = members.map((m) => approvedSkp(m));
  const m = monitoring(skps[0]!, periods[0]!);
  return { penilai, members, skps, periods, records: { appraisalYears: [appraisalYear], periods, skps, ...m } };
}

/** A complete draft evaluation, waiting on the review step (or already final). */
export function completeEvaluation(skp: Skp, period: Period, status: Evaluation['status'] = 'draft'): Evaluation {
  const at = `${period.end}T05:00:00.000Z`;
  return {
    id: `eval-${skp.employeeId}-${period.id}`, skpId: skp.id, employeeId: skp.employeeId, periodId: period.id, year: period.year, revision: 1, status,
    pegawai: skp.pegawai, penilai: skp.penilai, atasanPenilai: skp.atasanPenilai,
    rhk: skp.rhk.map((r) => ({ rhkId: r.id, judgement: 'sesuai', feedback: 'Sesuai target.' })),
    ratingHasilKerja: 'sesuai', pimpinanUnit: false,
    perilaku: BERAKHLAK.map((v) => ({ value: v.key, judgement: 'sesuai', feedback: '' })),
    ratingPerilaku: 'sesuai', predikat: 'baik', catatan: 'Lanjutkan.', capaianOrganisasi: null, step: 5,
    createdAt: at, updatedAt: at, ...(status === 'final' ? { finalisedAt: at } : {}),
  };
}

/** Page object for the evaluation area: the list of evaluations to do and the six-step wizard. */
export class EvaluationWizard {
  constructor(readonly page: Page) {}

  heading(step: number, label: string | RegExp) {
    return this.page.getByRole('heading', { level: 3, name: typeof label === 'string' ? `Langkah ${step}. ${label}` : label });
  }

  group(name: string): Locator {
    return this.page.getByRole('radiogroup', { name });
  }

  option(group: string, label: string): Locator {
    return this.group(group).getByRole('radio', { name: label, exact: true });
  }

  saved() {
    return this.page.getByTestId('save-status');
  }

  private async focusInside(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
  }

  /** Presses Tab until the focus is on (or inside) the target: keyboard only, no clicks. */
  async tabTo(target: Locator, max = 80) {
    for (let i = 0; i < max; i += 1) {
      if (await this.focusInside(target)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** Tabs into a judgement group and chooses with the arrow keys (or Space), as a keyboard user does. */
  async judgeByKeyboard(group: string, label: string) {
    await this.tabTo(this.group(group));
    const target = this.option(group, label);
    for (let i = 0; i < 4 && !(await target.isChecked()); i += 1) {
      await this.page.keyboard.press((await this.focusInside(target)) ? 'Space' : 'ArrowRight');
    }
    await expect(target).toBeChecked();
  }

  async typeInto(label: string, text: string) {
    await this.tabTo(this.page.getByRole('textbox', { name: label }));
    await this.page.keyboard.type(text);
  }

  async pressButton(name: string) {
    await this.tabTo(this.page.getByRole('button', { name, exact: true }));
    await this.page.keyboard.press('Enter');
  }

  async waitSaved() {
    await expect(this.saved()).toHaveText('Tersimpan');
  }
}
