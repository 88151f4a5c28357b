import { expect, type Page } from '@playwright/test';
import type { Employee } from '../../../shared/schemas/entities';
import type { Skp } from '../../../shared/schemas/skp';
import { makeSkp } from '../../../renderer/src/features/monitoring/monitoring.test-helper';
import { choose } from './organisation.page';

type FileInput = { name: string; mimeType: string; buffer: Buffer };

/** Reads one object store of the app's IndexedDB ('peka') in the page. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('peka');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** SHA-256 of a stored evidence blob, computed in the page from the bytes IndexedDB holds. */
export async function storedBlobHash(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('peka');
        open.onsuccess = () => {
          const req = open.result.transaction('evidenceBlobs', 'readonly').objectStore('evidenceBlobs').get(key);
          req.onsuccess = async () => {
            open.result.close();
            const digest = await crypto.subtle.digest('SHA-256', await (req.result.data as Blob).arrayBuffer());
            resolve([...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    id,
  );
}

/** Writes an approved 2027 SKP for the first active operator of Seksi Identitas Penduduk, appraised by its head. */
export async function seedApprovedSkp(page: Page): Promise<{ skp: Skp; head: Employee }> {
  const [units, employees] = await Promise.all([readStore<{ id: string; name: string; kind: string; headEmployeeId: string | null }>(page, 'units'), readStore<Employee>(page, 'employees')]);
  // A seksi other than the demo desk user's (Seksi Identitas Penduduk), so "make desk user" is offered.
  const staffed = (u: { id: string; headEmployeeId: string | null }) => employees.some((e) => e.unitId === u.id && e.id !== u.headEmployeeId && e.status === 'aktif');
  const unit = units.filter((u) => u.kind === 'seksi' && u.headEmployeeId && u.name !== 'Seksi Identitas Penduduk' && staffed(u)).sort((a, b) => a.id.localeCompare(b.id))[0]!;
  const head = employees.find((e) => e.id === unit.headEmployeeId)!;
  const staff = employees.filter((e) => e.unitId === unit.id && e.id !== head.id && e.status === 'aktif').sort((a, b) => a.name.localeCompare(b.name));
  const skp = makeSkp(staff[0]!, head);
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('peka');
        open.onsuccess = () => {
          const tx = open.result.transaction('skps', 'readwrite');
          tx.objectStore('skps').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    skp,
  );
  return { skp, head };
}

/** The SKP area's tabs: years and periods, the team, and one SKP's monitoring. */
export class MonitoringPage {
  constructor(readonly page: Page) {}

  async openTab(name: 'Tahun dan periode' | 'Tim saya' | 'Tren indikator') {
    await this.page.goto('./#/skp');
    await this.page.getByRole('tab', { name }).click();
  }

  async createYear(year: number) {
    const form = this.page.getByRole('form', { name: 'Siapkan tahun' });
    await form.getByLabel('Tahun').fill(String(year));
    await expect(form.getByLabel('Batas waktu SKP')).toHaveValue(`${year}-01-31`);
    await form.getByRole('button', { name: 'Siapkan tahun' }).click();
    await expect(this.page.getByRole('table', { name: `Periode tahun ${year}` }).getByTestId('period-row')).toHaveCount(4);
  }

  async closePeriod(label: string) {
    await this.page.getByRole('button', { name: `Tutup periode ${label}`, exact: true }).click();
    await expect(this.page.getByRole('button', { name: `Buka kembali periode ${label}`, exact: true })).toBeVisible();
  }

  async openSkp(skpId: string) {
    await this.page.goto(`./#/skp/${encodeURIComponent(skpId)}`);
    await expect(this.page.getByTestId('skp-monitoring')).toBeVisible();
  }

  async choosePeriod(label: string) {
    await choose(this.page.getByTestId('skp-monitoring'), this.page, 'Periode', new RegExp(`^${label} \\(`));
  }

  rhkCard(n: number) {
    return this.page.getByTestId('skp-monitoring').getByTestId('monitor-rhk-card').nth(n - 1);
  }

  async attach(n: number, file: FileInput) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.rhkCard(n).getByRole('button', { name: 'Lampirkan berkas' }).click();
    await (await chooser).setFiles(file);
  }
}
