import { expect, type Page } from '@playwright/test';
import { generateDemoAgency } from '../../../shared/demo/generate';
import { generateDemoSkpYear } from '../../../shared/demo/skp-demo';
import { choose } from './organisation.page';

/** A demo Kepala Seksi with at least two approved subordinates, their team, and an SKP outside it. */
export function demoKepalaSeksi() {
  const year = generateDemoSkpYear(generateDemoAgency());
  const approved = year.skps.filter((s) => s.status === 'disetujui' && s.penilai?.jabatan.startsWith('Kepala Seksi'));
  const byPenilai = new Map<string, typeof approved>();
  for (const s of approved) byPenilai.set(s.penilai!.employeeId, [...(byPenilai.get(s.penilai!.employeeId) ?? []), s]);
  const [id, team] = [...byPenilai].find(([, skps]) => skps.length >= 2)!;
  const penilai = team[0]!.penilai!;
  const outside = year.skps.find((s) => s.employeeId !== id && s.penilai?.employeeId !== id)!;
  // The SKP list shows the whole team (any status) and the supervisor's own SKP.
  const skpRows = year.skps.filter((s) => s.penilai?.employeeId === id).length + 1;
  return { id, name: penilai.name, jabatan: penilai.jabatan, team: team.map((s) => s.pegawai.name).sort(), outsideSkpId: outside.id, outsiderName: outside.pegawai.name, skpRows };
}

/** Page object for the desk profile, the app password and the lock screen. */
export class AccessPage {
  constructor(readonly page: Page) {}

  /** Opens a route of the app (the first start is behind us: see fixtures.ts). */
  async open(route: string) {
    await this.page.goto(`./#/${route}`);
    await expect(this.page.getByTestId('agency-name')).toBeVisible();
  }

  menu() {
    return this.page.getByRole('button', { name: /^Profil meja:/ });
  }

  async openMenuItem(name: string) {
    await this.menu().click();
    await this.page.getByRole('menuitem', { name }).click();
  }

  async setPassword(password: string, idleMinutes?: number) {
    await this.openMenuItem('Pasang kata sandi aplikasi');
    const dialog = this.page.getByRole('dialog', { name: 'Kata sandi aplikasi' });
    await dialog.getByRole('textbox', { name: 'Kata sandi baru', exact: true }).fill(password);
    await dialog.getByRole('textbox', { name: 'Ulangi kata sandi baru' }).fill(password);
    if (idleMinutes !== undefined) await dialog.getByRole('textbox', { name: 'Kunci otomatis setelah' }).fill(String(idleMinutes));
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(this.page.getByText('Kata sandi aplikasi dipasang.')).toBeVisible();
    await expect(dialog).toBeHidden();
  }

  lockScreen() {
    return this.page.getByRole('heading', { name: 'Peka terkunci' });
  }

  async unlockWith(password: string) {
    const field = this.page.getByRole('textbox', { name: 'Kata sandi aplikasi' });
    await expect(field).toBeFocused();
    await this.page.keyboard.type(password);
    await this.page.keyboard.press('Enter');
  }

  async switchToPenilai(employeeName: string) {
    await this.openMenuItem('Ganti profil meja');
    const dialog = this.page.getByRole('dialog', { name: 'Profil meja' });
    // The dialog may still be settling (its opening transition) when the first click lands: click until it holds.
    const penilai = dialog.getByRole('radio', { name: 'Pejabat Penilai' });
    await expect(async () => {
      await penilai.click();
      await expect(penilai).toBeChecked({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await choose(dialog, this.page, 'Pegawai di meja ini', new RegExp(`^${employeeName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} —`), employeeName.split(',')[0]);
    await expect(dialog.getByLabel('Nama pengguna meja')).toHaveValue(employeeName);
    await dialog.getByRole('button', { name: 'Simpan profil' }).click();
    await expect(dialog).toBeHidden();
  }

  navLinks() {
    return this.page.getByRole('navigation').getByRole('link');
  }
}
