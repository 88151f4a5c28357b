import { expect, test } from './fixtures';
import { generateDemoAgency } from '../../shared/demo/generate';
import { curveUnitResolver } from '../../shared/domain/curve-units';
import type { AuditEntry } from '../../shared/schemas/entities';
import type { Evaluation } from '../../shared/schemas/evaluation';
import { CurvePage, curveSeed, readStore } from './pages/curve.page';

const BAPPEDA = 'Badan Perencanaan Pembangunan Daerah';
const DUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';
const MIN_ONE = 'paling sedikit 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct';
const seed = curveSeed('unit-bappeda');

test('HR records a Baik result, sees the violations in words, simulates without changing data, and finalises with a reason', async ({ page }) => {
  test.setTimeout(90_000);
  const curve = new CurvePage(page);
  await curve.openSeeded(seed);
  await curve.choosePeriod('TRIWULAN I 2027');

  // A unit spread like the pattern: recording Baik shows it meets the pattern, in words.
  await curve.recordOrgResult(DUKCAPIL, /^Baik$/);
  await expect(curve.row(DUKCAPIL)).toContainText('Sesuai pola');
  await expect(curve.row(DUKCAPIL)).toContainText('27 dari 27 pegawai');

  // Bappeda: everyone Baik. Under Baik that breaks two rules.
  await expect(curve.row(BAPPEDA)).toContainText('Capaian belum dicatat');
  await curve.recordOrgResult(BAPPEDA, /^Baik$/);
  await expect(curve.row(BAPPEDA)).toContainText('2 pelanggaran');
  await curve.openUnit(BAPPEDA);
  await expect(curve.violations()).toContainText(MIN_ONE);
  await expect(curve.violations()).toContainText('Predikat Baik 14 dari 14 pegawai (100%), melebihi batas 70% (paling banyak 9 pegawai: 70% × 14 = 9,8, dibulatkan ke bawah)');
  const chart = page.getByTestId('curve-chart');
  await expect(chart).toHaveAccessibleName(/KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK/);
  await expect(page.getByTestId('curve-limit')).toHaveCount(2);
  await page.locator('figure').screenshot({ path: 'test-results/curve-chart.png' });

  // What if one person were Butuh Perbaikan: the "at least one" violation goes; Baik 13 of 14 is still too many.
  await curve.simulateFirstMember(/^Butuh Perbaikan$/);
  await expect(curve.banner()).toContainText('Simulasi — tidak mengubah data');
  await expect(curve.violations()).not.toContainText(MIN_ONE);
  await expect(curve.violations()).toContainText('Predikat Baik 13 dari 14 pegawai');
  await expect(page.getByTestId('curve-table').getByRole('row', { name: /Butuh Perbaikan/ })).toContainText('7,1%');
  await page.screenshot({ path: 'test-results/curve-whatif.png', fullPage: true });
  await page.getByRole('button', { name: 'Hapus simulasi' }).click();
  await expect(curve.banner()).toBeHidden();
  await expect(curve.violations()).toContainText(MIN_ONE);

  // The simulation never reached the records.
  await curve.simulateFirstMember(/^Sangat Baik$/);
  await page.reload();
  await expect(curve.heading()).toBeVisible();
  await curve.choosePeriod('TRIWULAN I 2027');
  await expect(curve.row(BAPPEDA)).toContainText('2 pelanggaran');
  const stored = (await readStore<Evaluation>(page, 'evaluations')).filter((e) => seed.evaluations.some((s) => s.id === e.id && s.predikat !== e.predikat));
  expect(stored).toEqual([]);

  // Finalising with violations demands a written reason; with one it succeeds and the log keeps it.
  await curve.openUnit(BAPPEDA);
  await page.getByRole('button', { name: 'Finalisasi unit' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tuliskan alasan finalisasi' })).toContainText(MIN_ONE);
  const reason = 'Bappeda menuntaskan RPJMD lebih awal; seluruh pegawai berkinerja Baik menurut hasil rapat pimpinan.';
  await page.getByLabel('Alasan finalisasi').fill(reason);
  await page.getByRole('button', { name: 'Finalisasi unit' }).click();
  await expect(curve.row(BAPPEDA)).toContainText('Final');
  await expect(curve.detail()).toContainText(`Alasan: ${reason}`);
  await expect(curve.row(BAPPEDA).getByRole('combobox')).toBeDisabled();

  const audit = await readStore<AuditEntry>(page, 'audit');
  const entry = audit.find((e) => e.entity === 'unitFinalisation');
  expect(entry?.summary).toContain(`Alasan: ${reason}`);
  expect(entry?.summary).toContain('2 pelanggaran kurva');
  expect(entry?.changes?.['reason']).toEqual({ from: null, to: reason });
  expect(audit.filter((e) => e.entity === 'orgResult').map((e) => e.summary)).toContain(`Capaian Kinerja Organisasi ${BAPPEDA}, TRIWULAN I 2027: (belum ada) → Baik`);
});

test('finalising is refused while evaluations are missing, and the overview says who is evaluated', async ({ page }) => {
  const curve = new CurvePage(page);
  const agency = generateDemoAgency();
  const resolve = curveUnitResolver(agency.units);
  const dukcapil = new Set(agency.employees.filter((e) => resolve(e.unitId)?.id === 'unit-dukcapil').map((e) => e.id));
  const [gone, drafted] = seed.evaluations.filter((e) => dukcapil.has(e.employeeId));
  const evaluations = seed.evaluations.filter((e) => e !== gone).map((e) => (e === drafted ? { ...e, status: 'draft' as const } : e));
  await curve.openSeeded({ ...seed, evaluations });
  await curve.choosePeriod('TRIWULAN I 2027');
  await expect(curve.row(DUKCAPIL)).toContainText('26 dari 27 pegawai');
  await expect(curve.row(DUKCAPIL)).toContainText('Final 25 · Draf 1 · Belum 1');
  await curve.recordOrgResult(DUKCAPIL, /^Istimewa$/);
  await expect(curve.row(DUKCAPIL)).toContainText('Sesuai pola');
  await curve.openUnit(DUKCAPIL);
  await expect(page.getByText('2 dari 27 pegawai belum memiliki evaluasi final.')).toBeVisible();
  await page.getByRole('button', { name: 'Finalisasi unit' }).click();
  await expect(page.getByRole('alert', { name: 'Unit belum dapat difinalisasi' })).toContainText('2 dari 27 pegawai belum memiliki evaluasi final untuk TRIWULAN I 2027');
  await expect(curve.row(DUKCAPIL)).toContainText('Belum difinalisasi');
});
