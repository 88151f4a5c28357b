import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Evidence } from '../../shared/schemas/monitoring';
import { AppPage } from './pages/app.page';
import { MonitoringPage, readStore, seedApprovedSkp, storedBlobHash } from './pages/monitoring.page';
import { choose } from './pages/organisation.page';

async function makePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([420, 300]);
  page.drawText('Laporan pelayanan akta kelahiran, Triwulan I 2027', { x: 24, y: 250, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

test.beforeEach(async ({ page }) => {
  await new AppPage(page).open('skp');
});

test('a realisation with an attached PDF survives a reload and its stored hash matches the file', async ({ page }) => {
  const mon = new MonitoringPage(page);
  await mon.openTab('Tahun dan periode');
  await mon.createYear(2027);
  const { skp } = await seedApprovedSkp(page);
  await mon.openSkp(skp.id);
  await mon.choosePeriod('TRIWULAN I');

  const card = mon.rhkCard(1);
  await card.getByLabel('Realisasi Rata-rata waktu penerbitan akta kelahiran').fill('4,5 hari');
  await expect(card.getByTestId('monitor-save-state')).toHaveText('Tersimpan');
  // Typed and reloaded at once, before the autosave: the draft keeps it.
  await card.getByLabel('Rencana aksi').fill('Verifikasi berkas setiap hari\nRekap mingguan');

  const pdf = await makePdf();
  const sha = createHash('sha256').update(pdf).digest('hex');
  await mon.attach(1, { name: 'laporan-tw1.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(card.getByTestId('evidence-item')).toContainText('laporan-tw1.pdf');
  await expect(card.getByTestId('evidence-hash')).toHaveText(sha.slice(0, 12));

  await page.reload();
  await expect(page.getByTestId('skp-monitoring')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Periode', exact: true })).toHaveValue(/^TRIWULAN I \(/);
  await expect(card.getByLabel('Realisasi Rata-rata waktu penerbitan akta kelahiran')).toHaveValue('4,5 hari');
  await expect(card.getByLabel('Rencana aksi')).toHaveValue('Verifikasi berkas setiap hari\nRekap mingguan');
  await expect(card.getByTestId('evidence-item')).toContainText('laporan-tw1.pdf');
  await expect(card.getByTestId('evidence-hash')).toHaveText(sha.slice(0, 12));

  const [stored] = (await readStore<Evidence>(page, 'evidence')).filter((e) => e.skpId === skp.id);
  expect(stored).toMatchObject({ name: 'laporan-tw1.pdf', mime: 'application/pdf', size: pdf.byteLength, sha256: sha });
  expect(await storedBlobHash(page, stored!.id)).toBe(sha);
  const mine = async () => (await readStore<{ skpId: string; rhkId: string; rencanaAksi: string[] }>(page, 'realisasi')).find((r) => r.skpId === skp.id && r.rhkId === 'rhk-1');
  await expect.poll(async () => (await mine())?.rencanaAksi).toEqual(['Verifikasi berkas setiap hari', 'Rekap mingguan']);
});

test('bad evidence is refused with a clear message, and a closed period is read-only', async ({ page }) => {
  const mon = new MonitoringPage(page);
  await mon.openTab('Tahun dan periode');
  await mon.createYear(2027);
  const { skp } = await seedApprovedSkp(page);
  await mon.openSkp(skp.id);
  await mon.choosePeriod('TRIWULAN I');

  await mon.attach(1, { name: 'catatan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('ini hanya teks, bukan PDF') });
  await expect(mon.rhkCard(1).getByRole('alert')).toContainText('Berkas catatan.pdf bukan jenis yang diterima');
  await mon.rhkCard(1).getByRole('button', { name: 'Tambah tautan' }).click();
  await mon.rhkCard(1).getByLabel('Tautan (http/https)').fill('javascript:alert(1)');
  await mon.rhkCard(1).getByRole('button', { name: 'Simpan tautan' }).click();
  await expect(mon.rhkCard(1).getByText(/Tautan harus alamat web lengkap/)).toBeVisible();
  expect((await readStore<Evidence>(page, 'evidence')).filter((e) => e.skpId === skp.id)).toEqual([]);

  await mon.openTab('Tahun dan periode');
  await mon.closePeriod('TRIWULAN I');
  await mon.openSkp(skp.id);
  await expect(page.getByTestId('period-banner')).toContainText('Periode TRIWULAN I sudah ditutup');
  await expect(mon.rhkCard(1).getByLabel('Realisasi Rata-rata waktu penerbitan akta kelahiran')).toHaveAttribute('readonly', '');
  await expect(mon.rhkCard(1).getByRole('button', { name: 'Lampirkan berkas' })).toHaveCount(0);
});

test("the supervisor's team view shows the overdue item in words", async ({ page }) => {
  const mon = new MonitoringPage(page);
  await mon.openTab('Tahun dan periode');
  await mon.createYear(2027);
  const { skp, head } = await seedApprovedSkp(page);
  await mon.openSkp(skp.id);
  await mon.choosePeriod('TRIWULAN I');
  await mon.rhkCard(1).getByLabel('Realisasi Rata-rata waktu penerbitan akta kelahiran').fill('3 hari');
  await expect(mon.rhkCard(1).getByTestId('monitor-save-state')).toHaveText('Tersimpan');

  await mon.openTab('Tahun dan periode');
  await mon.closePeriod('TRIWULAN I');
  await mon.openTab('Tim saya');
  await choose(page, page, 'Pejabat Penilai Kinerja', head.name, head.name.split(' ')[0]);
  await choose(page, page, 'Tahun', '2027');
  const row = page.getByTestId('team-row').filter({ hasText: skp.pegawai.name });
  await expect(row.getByTestId('team-overdue')).toContainText('Terlambat: realisasi TRIWULAN I belum lengkap (1 dari 2 RHK), periode sudah ditutup');
  await expect(row.getByRole('link', { name: `Buka SKP ${skp.pegawai.name}` })).toHaveAttribute('href', `#/skp/${encodeURIComponent(skp.id)}`);

  await page.getByRole('button', { name: 'Jadikan pengguna meja ini' }).click();
  await expect(page.getByText('Ini pengguna meja ini.')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Tim saya' }).click();
  await expect(page.getByRole('combobox', { name: 'Pejabat Penilai Kinerja' })).toHaveValue(new RegExp(head.name.split(' ')[0]!));
  await choose(page, page, 'Tahun', '2027');
  await expect(page.getByTestId('team-row').filter({ hasText: skp.pegawai.name })).toContainText('Terlambat');
});
