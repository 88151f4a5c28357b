import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateDemoAgency } from '../../../shared/demo/generate';
import { generateDemoEvaluations } from '../../../shared/demo/evaluation-demo';
import { generateDemoSkpYear } from '../../../shared/demo/skp-demo';
import { latestRevisions } from '../../../shared/domain/curve-units';
import { choose } from './organisation.page';

/** The demo agency as the app loads it on first start, with its evaluations. */
export function demoDocuments() {
  const agency = generateDemoAgency();
  const year = generateDemoSkpYear(agency);
  const { evaluations } = generateDemoEvaluations(agency, year, '2026-11-28T02:00:00.000Z');
  const finalIn = (periodId: string) => [...latestRevisions(evaluations.filter((e) => e.periodId === periodId)).values()].filter((e) => e.status === 'final');
  return { agency, year, evaluations, finalIn };
}

/** Page object for the Dokumen area (#/dokumen, #/dokumen/massal). */
export class DocumentsPage {
  constructor(readonly page: Page) {}

  async open(tab: 'pegawai' | 'massal' = 'pegawai') {
    await this.page.goto('./#/beranda');
    await expect(this.page.getByTestId('agency-name')).toHaveText(/TANGERANG SELATAN/);
    await this.page.goto(tab === 'massal' ? './#/dokumen/massal' : './#/dokumen');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Dokumen' })).toBeVisible();
  }

  /** The period list loads with the page; choose again until the field shows it (no fixed sleeps). */
  async choosePeriod(label: string) {
    const field = this.page.getByRole('combobox', { name: 'Periode', exact: true });
    await expect(async () => {
      if ((await field.inputValue()) !== label) await choose(this.page, this.page, 'Periode', label);
      await expect(field).toHaveValue(label, { timeout: 2000 });
    }).toPass({ timeout: 20_000 });
  }

  async chooseEmployee(name: string) {
    await choose(this.page, this.page, 'Pegawai', new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), name.slice(0, 10));
  }

  /** Opens the single-document tab on one employee's final evaluation of a period. */
  async openFinal(periodLabel: string, employeeName: string) {
    await this.open();
    await this.choosePeriod(periodLabel);
    await this.chooseEmployee(employeeName);
    await expect(this.page.getByTestId('document-status')).toContainText('Data final');
  }

  async chooseKind(label: string | RegExp) {
    await choose(this.page, this.page, 'Jenis dokumen', label);
  }

  async chooseUnit(name: string) {
    await choose(this.page, this.page, 'Unit kerja', new RegExp(`^\\s*${name}$`), name.slice(0, 12));
  }

  /** Clicks a button that ends in a download and returns the downloaded bytes with the file name. */
  async download(button: string | RegExp): Promise<{ name: string; bytes: Uint8Array; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 60_000 }), this.page.getByRole('button', { name: button }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)), download };
  }
}
