import { expect, type Page, test } from './fixtures';
import { BERAKHLAK } from '../../shared/domain/berakhlak';
import { completeEvaluation, EvaluationWizard, evaluationSeed, seedRecords } from './pages/evaluation.page';
import { choose } from './pages/organisation.page';

const seed = evaluationSeed();
const [first, second] = seed.members;
const nameOf = (i: number) => seed.skps[i]!.pegawai.name;
const SHOTS = process.env['EVAL_SHOTS'];

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Opens the list for the seeded supervisor and period, and starts (or continues) one evaluation. */
async function openFromList(page: Page, period: string, employee: string) {
  await page.goto('./#/evaluasi');
  await choose(page, page, 'Periode', period);
  await choose(page, page, 'Pejabat Penilai Kinerja', new RegExp(seed.penilai.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), seed.penilai.name.slice(0, 6));
  await expect(page.getByTestId('evaluation-row')).toHaveCount(2);
  await page.getByRole('button', { name: `Mulai evaluasi ${employee}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Evaluasi Kinerja: ${employee}` })).toBeVisible();
}

// Seeding, saving as one types, and keyboard-only walks take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  await seedRecords(page, seed.records);
});

test('a full evaluation by keyboard alone, from the RHK judgements to Finalkan', async ({ page }) => {
  test.setTimeout(150_000);
  expect(first && second).toBeTruthy();
  await openFromList(page, 'TRIWULAN I 2027', nameOf(0));
  const w = new EvaluationWizard(page);
  await expect(w.heading(1, 'Hasil kerja')).toBeVisible();
  await expect(page.getByTestId('step-help')).toContainText('PermenPANRB 6/2022');
  const rhk1 = page.getByTestId('rhk-card').first();
  await expect(rhk1.getByRole('cell', { name: '34 berkas' })).toBeVisible();
  await expect(rhk1.getByRole('link', { name: 'Rekap layanan.pdf' })).toHaveAttribute('href', 'https://example.org/rekap.pdf');
  await expect(rhk1.getByText('Pertahankan kecepatan layanan.')).toBeVisible();
  await shot(page, '1-hasil-kerja-empty');

  await w.judgeByKeyboard('Penilaian RHK A.1', 'Di Atas Ekspektasi');
  await w.typeInto('Umpan balik RHK A.1', 'Berkas layanan melampaui target.');
  await w.judgeByKeyboard('Penilaian RHK A.2', 'Sesuai Ekspektasi');
  await w.typeInto('Umpan balik RHK A.2', 'Laporan tepat waktu.');
  await w.judgeByKeyboard('Penilaian RHK B.1', 'Di Bawah Ekspektasi');
  await w.typeInto('Umpan balik RHK B.1', 'Perlu lebih aktif.');
  await shot(page, '1-hasil-kerja');
  await w.pressButton('Berikutnya');

  await expect(w.heading(2, 'Rating hasil kerja')).toBeFocused();
  await expect(page.getByTestId('step-help')).toContainText('tidak dapat diberikan bila ada RHK Utama di bawah ekspektasi');
  await w.judgeByKeyboard('Rating Hasil Kerja', 'Di Atas Ekspektasi');
  await shot(page, '2-rating-hasil');
  await w.pressButton('Berikutnya');

  await expect(w.heading(3, 'Perilaku kerja')).toBeFocused();
  for (const [i, value] of BERAKHLAK.entries()) {
    await w.judgeByKeyboard(`Penilaian ${value.name}`, i < 4 ? 'Di Atas Ekspektasi' : 'Sesuai Ekspektasi');
  }
  await w.typeInto('Umpan balik Kolaboratif', 'Aktif berbagi data dengan seksi lain.');
  await shot(page, '3-perilaku');
  await w.pressButton('Berikutnya');

  await expect(w.heading(4, 'Rating perilaku kerja')).toBeFocused();
  await expect(page.getByTestId('perilaku-suggestion')).toContainText('Di Atas Ekspektasi');
  await w.pressButton('Pakai saran');
  await expect(w.option('Rating Perilaku Kerja', 'Di Atas Ekspektasi')).toBeChecked();
  await shot(page, '4-rating-perilaku');
  await w.pressButton('Berikutnya');

  await expect(w.heading(5, 'Predikat dan catatan')).toBeFocused();
  await expect(page.getByTestId('predikat-result')).toContainText('Hasil Kerja Di Atas Ekspektasi × Perilaku Di Atas Ekspektasi → Sangat Baik');
  await w.typeInto('Catatan/Rekomendasi', 'Pertahankan kinerja.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ikut pelatihan kepemimpinan.');
  await expect(w.heading(5, 'Predikat dan catatan')).toBeVisible();
  await shot(page, '5-predikat');
  await w.pressButton('Berikutnya');

  await expect(w.heading(6, 'Tinjau dan finalkan')).toBeFocused();
  await expect(page.getByTestId('finalise-issues')).toHaveCount(0);
  await shot(page, '6-review');
  await w.pressButton('Finalkan evaluasi');
  const dialog = page.getByRole('dialog', { name: 'Finalkan evaluasi?' });
  await expect(dialog.getByRole('button', { name: 'Ya, finalkan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('evaluation-status')).toHaveText('Final');
  await expect(page.getByTestId('review-predikat')).toContainText('Sangat Baik');
});

test('a reload in the middle of step 3 loses nothing: same step, judgements and typed feedback', async ({ page }) => {
  await openFromList(page, 'TRIWULAN II 2027', nameOf(1));
  const w = new EvaluationWizard(page);
  await w.option('Penilaian RHK A.1', 'Sesuai Ekspektasi').check();
  await page.getByRole('textbox', { name: 'Umpan balik RHK A.1' }).fill('Sesuai rencana aksi.');
  await w.option('Penilaian RHK A.2', 'Di Bawah Ekspektasi').check();
  await page.getByRole('button', { name: 'Langkah 2: Rating hasil kerja' }).click();
  // The Utama rule: an Utama RHK below expectation rules out Di Atas, and says why.
  await expect(w.option('Rating Hasil Kerja', 'Di Atas Ekspektasi')).toBeDisabled();
  await expect(page.getByText(/tidak dapat dipilih karena 1 RHK Utama dinilai Di Bawah Ekspektasi/)).toBeVisible();
  await shot(page, '2-utama-rule');
  await page.getByRole('button', { name: 'Langkah 3: Perilaku kerja' }).click();
  await expect(w.heading(3, 'Perilaku kerja')).toBeVisible();
  await w.option('Penilaian Akuntabel', 'Di Bawah Ekspektasi').check();
  await w.option('Penilaian Loyal', 'Di Atas Ekspektasi').check();
  await page.getByRole('textbox', { name: 'Umpan balik Akuntabel' }).pressSequentially('Laporan perjalanan dinas terlambat.');
  await w.waitSaved();

  await page.reload();
  await expect(w.heading(3, 'Perilaku kerja')).toBeVisible();
  await expect(w.option('Penilaian Akuntabel', 'Di Bawah Ekspektasi')).toBeChecked();
  await expect(w.option('Penilaian Loyal', 'Di Atas Ekspektasi')).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Umpan balik Akuntabel' })).toHaveValue('Laporan perjalanan dinas terlambat.');
  await page.getByRole('button', { name: 'Langkah 1: Hasil kerja' }).click();
  await expect(w.option('Penilaian RHK A.1', 'Sesuai Ekspektasi')).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Umpan balik RHK A.1' })).toHaveValue('Sesuai rencana aksi.');

  await page.goto('./#/evaluasi');
  await choose(page, page, 'Periode', 'TRIWULAN II 2027');
  await expect(page.getByRole('link', { name: `Lanjutkan evaluasi ${nameOf(1)}` })).toBeVisible();
  await expect(page.getByText('Draf, langkah 1 (revisi 1)')).toBeVisible();
  await shot(page, '0-list');
});

test('a finalised evaluation refuses edits; a revision with its reason appears next to the original', async ({ page }) => {
  const q3 = seed.periods[2]!;
  const evaluation = completeEvaluation(seed.skps[0]!, q3);
  await seedRecords(page, { evaluations: [evaluation] });
  await page.goto(`./#/evaluasi/${evaluation.id}`);
  const w = new EvaluationWizard(page);
  await expect(w.heading(6, 'Tinjau dan finalkan')).toBeVisible();
  await page.getByRole('button', { name: 'Finalkan evaluasi' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, finalkan' }).click();
  await expect(page.getByTestId('evaluation-status')).toHaveText('Final');
  await expect(page.getByRole('button', { name: 'Finalkan evaluasi' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Langkah 1: Hasil kerja' }).click();
  await expect(w.option('Penilaian RHK A.1', 'Di Atas Ekspektasi')).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Umpan balik RHK A.1' })).not.toBeEditable();
  await page.getByRole('button', { name: 'Langkah 5: Predikat dan catatan' }).click();
  await expect(page.getByRole('textbox', { name: 'Catatan/Rekomendasi' })).not.toBeEditable();
  await expect(page.getByRole('textbox', { name: 'Catatan/Rekomendasi' })).toHaveValue('Lanjutkan.');
  await shot(page, '7-final-readonly');

  await page.getByRole('button', { name: 'Buat revisi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat revisi evaluasi' });
  await dialog.getByRole('button', { name: 'Buat revisi' }).click();
  await expect(dialog.getByText(/Tuliskan alasan revisi/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Alasan revisi' }).fill('Realisasi RHK A.2 salah dicatat');
  await dialog.getByRole('button', { name: 'Buat revisi' }).click();

  await expect(page.getByTestId('evaluation-status')).toHaveText('Draf');
  await expect(page.getByTestId('revision-reason')).toContainText('Realisasi RHK A.2 salah dicatat');
  const rows = page.getByTestId('revision-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Final');
  await expect(rows.nth(0)).toContainText('Evaluasi awal');
  await expect(rows.nth(1)).toContainText('Realisasi RHK A.2 salah dicatat');
  await shot(page, '8-revision');
  await rows.nth(0).getByRole('link', { name: 'Revisi 1' }).click();
  await expect(page.getByTestId('evaluation-status')).toHaveText('Final');
  await expect(page.getByRole('link', { name: 'Sudah ada revisi 2: buka versi terbaru' })).toBeVisible();
});

test('keberatan on the annual result: a late objection is flagged, and an accepted one opens a revision', async ({ page }) => {
  const annual = seed.periods.find((p) => p.final)!;
  const evaluation = completeEvaluation(seed.skps[1]!, annual, 'final');
  await seedRecords(page, { evaluations: [evaluation] });
  await page.goto(`./#/evaluasi/${evaluation.id}`);
  const panel = page.getByTestId('keberatan');
  await expect(panel).toBeVisible();
  await panel.getByLabel('Tanggal pegawai menerima hasil').fill('2028-01-05');
  await expect(panel.getByText('Batas pengajuan: 19 Januari 2028')).toBeVisible();
  await panel.getByLabel('Tanggal keberatan diajukan').fill('2028-01-20');
  await expect(panel.getByText(/Lewat dari 14 hari/)).toBeVisible();
  await panel.getByRole('textbox', { name: 'Isi keberatan' }).fill('Realisasi triwulan IV belum dihitung.');
  await panel.getByRole('button', { name: 'Catat keberatan' }).click();
  const item = panel.getByTestId('keberatan-item');
  await expect(item.getByText('Terlambat')).toBeVisible();

  await item.getByRole('textbox', { name: 'Tanggapan Pejabat Penilai Kinerja' }).fill('Bukti sudah diperiksa.');
  await item.getByLabel('Tanggal tanggapan').fill('2028-01-22');
  await item.getByRole('button', { name: 'Simpan tanggapan' }).click();
  await expect(item.getByText('Bukti sudah diperiksa.')).toBeVisible();
  await choose(item, page, 'Keputusan Atasan Pejabat Penilai Kinerja', 'Diterima sebagian');
  await item.getByRole('textbox', { name: 'Pertimbangan keputusan' }).fill('RHK A.2 dinilai ulang');
  await item.getByLabel('Tanggal keputusan').fill('2028-01-25');
  await item.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(item.getByRole('link', { name: 'Buka revisi' })).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Isi keberatan' })).toHaveCount(0);
  await shot(page, '9-keberatan');
  await item.getByRole('link', { name: 'Buka revisi' }).click();
  await expect(page.getByTestId('revision-reason')).toContainText('Keberatan diterima sebagian: RHK A.2 dinilai ulang');
  await expect(page.getByTestId('revision-row')).toHaveCount(2);
});
