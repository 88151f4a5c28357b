import { expect, test } from './fixtures';
import { AccessPage, demoKepalaSeksi } from './pages/access.page';

const PASSWORD = 'Meja-Bersama-2026';

// Each password check is 600,000 PBKDF2 rounds (a fraction of a second, more on a busy machine).
test.describe.configure({ timeout: 90_000 });

test.describe('app lock', () => {
  test('set a password, lock: nothing of the app stays on the page; wrong password refused, right one unlocks', async ({ page }) => {
    const access = new AccessPage(page);
    await access.open('pegawai');
    await expect(page.getByTestId('employee-row').first()).toBeVisible();
    await access.setPassword(PASSWORD);

    await page.getByRole('button', { name: 'Kunci sekarang' }).click();
    await expect(access.lockScreen()).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByTestId('employee-row')).toHaveCount(0);
    await expect(page.getByTestId('agency-name')).toHaveCount(0);
    const shown = await page.locator('body').innerText();
    expect(shown).not.toMatch(/TANGERANG|NIP|\d{8} ?\d{6}/);
    expect(await page.locator('#root').evaluate((root) => root.textContent ?? '')).not.toMatch(/TANGERANG|Pegawai/);

    await access.unlockWith('salah-sandi');
    await expect(page.getByRole('alert').filter({ hasText: 'Kata sandi salah' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);

    await access.unlockWith(PASSWORD);
    await expect(page.getByRole('navigation')).toBeVisible();
    await expect(page.getByTestId('employee-row').first()).toBeVisible();

    await page.reload();
    await expect(access.lockScreen()).toBeVisible();
    await access.unlockWith(PASSWORD);
    await expect(page.getByRole('navigation')).toBeVisible();
  });

  test('locks itself after the idle minutes', async ({ page }) => {
    await page.clock.install();
    const access = new AccessPage(page);
    await access.open('beranda');
    await access.setPassword(PASSWORD, 1);
    await page.clock.fastForward('00:50');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.clock.fastForward('00:15');
    await expect(access.lockScreen()).toBeVisible();
  });
});

test.describe('desk profile', () => {
  const kasi = demoKepalaSeksi();

  test('first start is HR with everything visible, and Beranda says so', async ({ page }) => {
    const access = new AccessPage(page);
    await access.open('beranda');
    await expect(page.getByTestId('desk-notice')).toContainText('Profil meja: HR');
    await expect(page.getByTestId('desk-notice')).toContainText('semua menu dan data terlihat');
    await expect(access.navLinks()).toHaveText(['Beranda', 'Pegawai', 'SKP', 'Evaluasi', 'Dokumen', 'Pelatihan', 'Pengaturan']);
    await page.goto('./#/evaluasi');
    await expect(page.getByRole('link', { name: 'Kurva distribusi (HR)' })).toBeVisible();
  });

  test('a Pejabat Penilai desk loses HR areas and sees only its own team', async ({ page }) => {
    const access = new AccessPage(page);
    await access.open('beranda');
    await access.switchToPenilai(kasi.name);

    await expect(access.navLinks()).toHaveText(['Beranda', 'SKP', 'Evaluasi', 'Dokumen']);
    await expect(page.getByTestId('desk-notice')).toContainText('Profil meja: Pejabat Penilai');

    await page.goto('./#/pengaturan');
    await expect(page.getByTestId('no-access')).toContainText('tidak tersedia untuk profil meja Pejabat Penilai');
    await page.goto('./#/pegawai');
    await expect(page.getByTestId('no-access')).toBeVisible();
    await page.goto('./#/evaluasi/kurva');
    await expect(page.getByTestId('no-access')).toBeVisible();
    await page.goto(`./#/skp/${encodeURIComponent(kasi.outsideSkpId)}`);
    await expect(page.getByTestId('no-access')).toBeVisible();

    await page.goto('./#/skp');
    await expect(page.getByTestId('skp-count')).toContainText(`${kasi.skpRows} dari ${kasi.skpRows} pegawai`);
    await expect(page.getByRole('tab', { name: 'Tahun dan periode' })).toHaveCount(0);

    await page.goto('./#/evaluasi');
    await expect(page.getByRole('link', { name: 'Kurva distribusi (HR)' })).toHaveCount(0);
    const supervisor = page.getByRole('textbox', { name: 'Pejabat Penilai Kinerja' }).or(page.getByRole('combobox', { name: 'Pejabat Penilai Kinerja' }));
    await expect(supervisor).toBeDisabled();
    await expect(supervisor).toHaveValue(new RegExp(`^${kasi.name.split(',')[0]}`));
    const rows = page.getByTestId('evaluation-row');
    await expect(rows).toHaveCount(kasi.team.length);
    const names = await rows.locator('td:first-child p:first-child').allInnerTexts();
    expect(names.sort()).toEqual(kasi.team);

    // Dokumen: the picker offers the team, not someone outside it.
    await page.goto('./#/dokumen');
    const picker = page.getByRole('combobox', { name: 'Pegawai', exact: true });
    await picker.fill(kasi.outsiderName.slice(0, 12));
    await expect(page.getByText('Tidak ada pegawai yang cocok')).toBeVisible();
    await picker.fill(kasi.team[0]!.slice(0, 12));
    await expect(page.getByRole('option', { name: new RegExp(kasi.team[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
  });
});
