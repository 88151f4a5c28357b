import { expect, test } from './fixtures';
import { generateDemoAgency } from '../../shared/demo/generate';
import { formatNip } from '../../shared/domain';
import { AppPage, EmployeesPage } from './pages/app.page';

const demo = generateDemoAgency();
const total = demo.employees.length;

test.describe('first start', () => {
  test('loads the demo agency and the employee list shows all of it', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(page.getByRole('heading', { name: 'Selamat datang di Peka' })).toBeVisible();
    await expect(page.getByTestId('agency-name')).toHaveText('PEMERINTAH KOTA TANGERANG SELATAN');
    const active = demo.employees.filter((e) => e.status === 'aktif').length;
    await expect(page.getByTestId('stat-active')).toHaveText(active.toLocaleString('id-ID'));

    await app.goTo('Pegawai');
    const list = new EmployeesPage(page);
    await expect(list.count()).toHaveText(`${total} dari ${total} pegawai`);
    const shown = await list.allNips();
    expect(shown).toHaveLength(total);
    const expected = demo.employees.map((e) => (e.nip ? formatNip(e.nip) : '-'));
    expect([...shown].sort()).toEqual([...expected].sort());
  });

  test('finds an employee by NIP typed with spaces, and by name', async ({ page }) => {
    const someone = demo.employees.find((e) => e.kind === 'pppk' && e.status === 'aktif')!;
    const app = new AppPage(page);
    await app.open('pegawai');
    const list = new EmployeesPage(page);
    await list.search(formatNip(someone.nip!));
    await expect(list.rows()).toHaveCount(1);
    await expect(list.rows().first()).toContainText(someone.name);
    await list.search(someone.name.split(' ')[0]!.toLowerCase());
    await expect(list.rows().filter({ hasText: someone.name })).toHaveCount(1);
  });

  test('every area of the navigation opens with its heading', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    for (const area of ['Pegawai', 'SKP', 'Evaluasi', 'Dokumen', 'Pelatihan', 'Pengaturan']) await app.goTo(area);
  });
});

test.describe('persistence', () => {
  test('settings survive a reload and the demo is not loaded twice', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('pengaturan');
    await page.getByLabel('Tempat penandatanganan').fill('Serpong');
    await page.getByLabel(/F4/).check();
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(page.getByText('Pengaturan tersimpan.')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Tempat penandatanganan')).toHaveValue('Serpong');
    await expect(page.getByLabel(/F4/)).toBeChecked();
    await app.goTo('Pegawai');
    await expect(new EmployeesPage(page).count()).toHaveText(`${total} dari ${total} pegawai`);
  });

  test('an empty agency name is refused at the field, nothing is saved', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('pengaturan');
    await page.getByLabel('Nama instansi').fill('   ');
    await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
    await expect(page.getByText('Nama instansi wajib diisi')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Nama instansi')).toHaveValue('PEMERINTAH KOTA TANGERANG SELATAN');
  });

  test('reset demo data asks first, and cancelling changes nothing', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('pengaturan');
    await page.getByRole('button', { name: 'Muat ulang data demo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Muat ulang data demo?' });
    await expect(dialog).toContainText(`${total} pegawai`);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Muat ulang data demo' }).click();
    await dialog.getByRole('button', { name: 'Ya, muat ulang' }).click();
    await expect(page.getByText(`Data demo dimuat ulang: ${total} pegawai.`)).toBeVisible();
  });
});

test.describe('language', () => {
  test('the switch changes the UI and is remembered', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.nav('Pegawai')).toBeVisible();
    await app.switchLanguage('EN');
    await expect(app.nav('Employees')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Welcome to Peka' })).toBeVisible();

    await page.reload();
    await expect(app.nav('Employees')).toBeVisible();
    await app.switchLanguage('ID');
    await expect(app.nav('Pegawai')).toBeVisible();
    await page.reload();
    await expect(app.nav('Pegawai')).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('the skip link and navigation work by keyboard alone, with a visible focus', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Lewati ke konten utama' });
    await expect(skip).toBeFocused();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');

    const employees = app.nav('Pegawai');
    await employees.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Pegawai' })).toBeVisible();
    await expect(page).toHaveURL(/#\/pegawai$/);
  });
});
