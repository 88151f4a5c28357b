import { describe, expect, it } from 'vitest';
import { dokumenEvaluasi } from '../../shared/documents/dokumen-evaluasi';
import { evaluasiDocument } from '../../shared/documents/evaluasi-document';
import { sampleEvaluation, sampleMeta, samplePeriod, sampleSkp } from './fixtures';
import { pdfPageCount, pdftotext, qpdfCheck, toTempFile } from './pdf-tools';
import { renderPdf } from './render-node';

const skp = sampleSkp();
const evaluation = sampleEvaluation(skp);

describe('Evaluasi Kinerja Pegawai (domain.md §7.3)', () => {
  it('prints period, organisation result, curve, realisation, feedback, ratings and predikat', async () => {
    const model = {
      skp,
      evaluation,
      period: samplePeriod,
      realisasi: new Map([['i1', '1.240 keping'], ['i2', '2,8 hari'], ['i3', '100 %'], ['i4', '7 kegiatan']]),
      feedbackRhk: new Map([['r1', ['Triwulan III: antrean pagi perlu diurai.']]]),
      feedbackPerilaku: new Map(),
      curve: { capaian: 'baik' as const, counts: { 'sangat-baik': 2, baik: 9, 'butuh-perbaikan': 2, kurang: 0, 'sangat-kurang': 0 } },
    };
    const { bytes } = await renderPdf(evaluasiDocument(model, sampleMeta()));
    const path = toTempFile(bytes);
    expect(qpdfCheck(path).ok).toBe(true);
    const text = pdftotext(path);
    for (const s of ['EVALUASI KINERJA PEGAWAI', 'PERIODE: TRIWULAN IV-AKHIR', 'CAPAIAN KINERJA ORGANISASI', 'POLA DISTRIBUSI', 'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK', 'Frekuensi Pegawai', 'REALISASI BERDASARKAN', '1.240 keping', '2,8 hari', 'antrean pagi', 'RATING HASIL KERJA', 'SESUAI EKSPEKTASI', 'RATING PERILAKU KERJA', 'Perlu lebih aktif berbagi', 'PREDIKAT KINERJA PEGAWAI', 'BAIK']) {
      expect(text, s).toContain(s);
    }
    // The chart's tick labels come from the real counts.
    expect(text).toMatch(/Baik\s*\n?[\s\S]*9 \(69%\)/);
  });
});

describe('Dokumen Evaluasi Kinerja Pegawai (domain.md §7.4)', () => {
  it('prints the five numbered blocks with the three people, the predikat and the recommendations', async () => {
    const { bytes } = await renderPdf(dokumenEvaluasi({ evaluation, period: samplePeriod, rekomendasi: ['Pelatihan kolaborasi tim (sosial kultural), 16 JP'] }, sampleMeta()));
    const path = toTempFile(bytes);
    expect(qpdfCheck(path).ok).toBe(true);
    expect(pdfPageCount(path)).toBe(1);
    const text = pdftotext(path);
    for (const s of ['DOKUMEN EVALUASI KINERJA PEGAWAI', 'PERIODE: TAHUNAN', 'PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA', 'ATASAN PEJABAT PENILAI KINERJA', 'EVALUASI KINERJA', 'CAPAIAN KINERJA ORGANISASI', 'PREDIKAT KINERJA PEGAWAI', 'CATATAN/REKOMENDASI', 'Pelatihan kolaborasi tim', 'Ir. Bambang Wibowo, M.M.', '19720510 199803 1 004', 'Tangerang Selatan, 20 Januari 2026']) {
      expect(text, s).toContain(s);
    }
  });

  it('a Kepala Daerah as appraiser prints "-" for the NIP', async () => {
    const ev = sampleEvaluation(skp, { penilai: { employeeId: 'wk', name: 'H. Budi Santoso', pangkat: '', jabatan: 'Wali Kota Tangerang Selatan', unit: 'Pemerintah Kota Tangerang Selatan' } });
    const { bytes } = await renderPdf(dokumenEvaluasi({ evaluation: ev, period: { ...samplePeriod, final: false, label: 'TRIWULAN III' }, rekomendasi: [] }, sampleMeta()));
    const text = pdftotext(toTempFile(bytes));
    expect(text).toContain('PERIODE: TRIWULAN III');
    expect(text).toMatch(/NIP\s+-\n/);
  });
});
