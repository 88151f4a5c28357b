import { expect, type Locator, type Page } from '@playwright/test';
import { choose } from './organisation.page';

/** Page object for the SKP list (`#/skp`) and the year set-up tab it depends on. */
export class SkpListPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./#/skp');
    await expect(this.page.getByRole('heading', { level: 2, name: 'SKP' })).toBeVisible();
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** Sets up the appraisal year through the "Tahun dan periode" tab when it is not there yet. */
  async ensureYear(year: number) {
    await this.tab('Tahun dan periode').click();
    const table = this.page.getByRole('table', { name: 'Daftar tahun penilaian' });
    const form = this.page.getByRole('form', { name: 'Siapkan tahun' });
    await expect(form).toBeVisible();
    if ((await table.count()) === 0 || (await table.getByRole('cell', { name: String(year), exact: true }).count()) === 0) {
      await form.getByLabel('Tahun', { exact: false }).first().fill(String(year));
      await form.getByRole('button', { name: 'Siapkan tahun' }).click();
      await expect(table.getByRole('cell', { name: String(year), exact: true })).toBeVisible();
    }
    await this.tab('Daftar SKP').click();
    await choose(this.page, this.page, 'Tahun penilaian', String(year));
    await expect(this.page.getByRole('table', { name: `SKP tahun ${year}` })).toBeVisible();
  }

  async search(text: string) {
    await this.page.getByLabel('Cari nama atau NIP').fill(text);
  }

  rows() {
    return this.page.getByTestId('skp-row');
  }

  /** Creates an SKP from the list and waits for its editor. */
  async create(nip: string, name: string, year: number) {
    await this.search(nip);
    await expect(this.rows()).toHaveCount(1);
    await this.page.getByRole('button', { name: `Buat SKP ${name}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: `SKP ${year}: ${name}` })).toBeVisible();
  }
}

/** Page object for one SKP (`#/skp/<id>`). */
export class SkpEditor {
  constructor(readonly page: Page) {}

  status() {
    return this.page.getByTestId('skp-status').first();
  }

  saveStatus() {
    return this.page.getByTestId('save-status');
  }

  rhk(n = 0): Locator {
    return this.page.getByTestId('rhk-card').nth(n);
  }

  iki(rhk: Locator, n = 0): Locator {
    return rhk.getByTestId('iki-row').nth(n);
  }

  lampiran(title: 'Dukungan Sumber Daya' | 'Skema Pertanggungjawaban' | 'Konsekuensi'): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  issues() {
    return this.page.getByTestId('skp-issues');
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async addLampiran(title: 'Dukungan Sumber Daya' | 'Skema Pertanggungjawaban' | 'Konsekuensi', text: string) {
    const list = this.lampiran(title);
    await list.getByRole('button', { name: `Tambah butir ${title}` }).click();
    await list.getByRole('textbox', { name: /^Butir \d+/ }).last().fill(text);
  }

  /** One Utama RHK with a typed supervisor RHK and one IKI whose target is left to the caller. */
  async fillRhk(text: string, supported: string, ikiText: string) {
    await this.button('Tambah RHK utama').click();
    const rhk = this.rhk(0);
    await rhk.getByLabel('RHK pimpinan yang diintervensi').fill(supported);
    await rhk.getByLabel('Rencana Hasil Kerja (RHK)').fill(text);
    const iki = this.iki(rhk);
    await iki.getByLabel('Indikator Kinerja Individu (IKI) 1').fill(ikiText);
    await choose(iki, this.page, 'Aspek', 'Kuantitas');
  }

  async setTarget(value: string, unit: string) {
    const iki = this.iki(this.rhk(0));
    await iki.getByLabel('Target', { exact: true }).fill(value);
    await iki.getByLabel('Satuan', { exact: true }).fill(unit);
  }

  async submit() {
    await this.button('Ajukan').click();
  }

  /** Returns or reopens through the dialog that asks for the note or reason. */
  async withText(action: 'Kembalikan' | 'Buka kembali', text: string) {
    await this.button(action).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(text);
    await dialog.getByRole('button', { name: action === 'Kembalikan' ? 'Kembalikan SKP' : 'Buka kembali' }).click();
    await expect(dialog).toBeHidden();
  }
}
