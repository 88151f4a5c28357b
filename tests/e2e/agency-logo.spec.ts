import { expect, test } from './fixtures';
import { emblemPng, GIF_1X1, noisyPng } from '../fixtures/logo-images';
import { pdfImages, pdftotext, qpdfCheck, toTempFile } from '../documents/pdf-tools';
import { AppPage } from './pages/app.page';
import { demoDocuments, DocumentsPage } from './pages/documents.page';
import { LogoSettings } from './pages/settings.page';

const PNG = { name: 'lambang-kota.png', mimeType: 'image/png', buffer: Buffer.from(emblemPng()) };

test.describe('agency logo (Pengaturan → Logo instansi)', () => {
  test('a PNG chosen by keyboard is previewed as printed and survives a reload', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open('pengaturan');
    const logo = new LogoSettings(page);
    await expect(logo.card()).toContainText('Belum ada logo');
    await expect(logo.chooseButton()).toHaveAccessibleDescription(/PNG atau JPEG, paling besar 512 KB/);

    await logo.chooseByKeyboard(PNG);
    await expect(page.getByText('Logo instansi disimpan.')).toBeVisible();
    await expect(logo.preview()).toBeVisible();
    expect(await logo.preview().evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(240);
    await expect(logo.info()).toHaveText(`lambang-kota.png · PNG · 240 × 288 piksel · ${Math.max(1, Math.round(PNG.buffer.length / 1024))} KB`);
    await expect(logo.card().getByTestId('logo-preview')).toContainText('PEMERINTAH KOTA TANGERANG SELATAN');
    await page.screenshot({ path: testInfo.outputPath('settings-with-logo.png'), fullPage: true });

    await page.reload();
    await expect(logo.preview()).toBeVisible();
    await expect(logo.info()).toContainText('lambang-kota.png');
  });

  test('a refused file says what is wrong and how to fix it, and the old logo stays', async ({ page }, testInfo) => {
    const app = new AppPage(page);
    await app.open('pengaturan');
    const logo = new LogoSettings(page);
    await logo.chooseByKeyboard(PNG);
    await expect(logo.info()).toContainText('lambang-kota.png');

    // A GIF named .png: recognised by its bytes, not its name.
    await logo.chooseByKeyboard({ name: 'logo-baru.png', mimeType: 'image/png', buffer: Buffer.from(GIF_1X1) });
    await expect(logo.refusal()).toHaveText('Logo tidak disimpan. Berkas logo harus PNG atau JPEG (berkas ini GIF). Simpan ulang gambarnya sebagai PNG atau JPEG, atau pilih berkas lain.');
    await expect(logo.info()).toContainText('lambang-kota.png');
    await logo.card().screenshot({ path: testInfo.outputPath('logo-refused.png') });

    const big = Buffer.from(noisyPng());
    await logo.chooseByKeyboard({ name: 'logo-besar.png', mimeType: 'image/png', buffer: big });
    await expect(logo.refusal()).toContainText(`Berkas logo terlalu besar (${Math.ceil(big.length / 1024)} KB); paling besar 512 KB.`);

    await page.reload();
    await expect(logo.info()).toContainText('lambang-kota.png');
    await expect(logo.refusal()).toHaveCount(0);
    await logo.remove();
    await expect(logo.preview()).toHaveCount(0);
  });

  test('documents rendered in the browser worker carry the logo', async ({ page }) => {
    test.setTimeout(120_000);
    const app = new AppPage(page);
    await app.open('pengaturan');
    const logo = new LogoSettings(page);
    await logo.chooseByKeyboard(PNG);
    await expect(logo.preview()).toBeVisible();

    const ev = demoDocuments().finalIn('period-2026-triwulan-1')[0]!;
    const docs = new DocumentsPage(page);
    await docs.openFinal('TRIWULAN I 2026', ev.pegawai.name);
    const file = await docs.download('Unduh PDF');
    const path = toTempFile(file.bytes, file.name);
    expect(qpdfCheck(path).ok).toBe(true);
    expect(pdfImages(path).filter((i) => i.type === 'image')).toMatchObject([{ page: 1, width: 240, height: 288 }]);
    expect(pdftotext(path)).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
  });
});
