import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseTrainingList, employeeTrainingList, type CourseListModel, type EmployeeTrainingModel } from '../../shared/documents/training-list';
import { sampleMeta } from './fixtures';
import { pdfPageCount, pdftotext, qpdfCheck, toTempFile } from './pdf-tools';
import { renderPdf } from './render-node';

const person = { employeeId: 'emp-test', name: 'Siti Nurhaliza, S.Kom.', nip: '199512162025062001', pangkat: 'Penata Muda, III/a', jabatan: 'Pranata Komputer Ahli Pertama', unit: 'Seksi Identitas Penduduk' };

const employeeModel: EmployeeTrainingModel = {
  year: 2026,
  person,
  target: 20,
  recommendations: [
    { course: 'Bimbingan Teknis SIAK Terpusat', form: 'Bimbingan teknis', jp: 24, priority: 'Tinggi', reasons: 'RHK A.1 "Terlaksananya perekaman KTP-el" dinilai Di Bawah Ekspektasi: pelatihan teknis terkait hasil kerja ini.', period: 'TRIWULAN II 2026', status: 'Diterima' },
    { course: 'E-learning Pelayanan Prima', form: 'E-learning', jp: 10, priority: 'Sedang', reasons: 'Umpan balik negatif pada nilai Berorientasi Pelayanan (Di Bawah Ekspektasi): pelatihan pelayanan prima.', period: 'TRIWULAN II 2026', status: 'Ditolak: sudah diikuti 2025' },
  ],
  planned: [{ course: 'Bimbingan Teknis SIAK Terpusat', className: 'Angkatan I Tahun 2026', start: '2026-11-23', end: '2026-12-04', jp: 24 }],
  completed: [
    { title: 'E-learning Literasi Digital ASN', form: 'E-learning', start: '2026-03-02', end: '2026-03-02', jp: 6, evidence: 'sertifikat.pdf' },
    { title: 'Sosialisasi Pengendalian Gratifikasi', form: 'Sosialisasi', start: '2026-05-12', end: '2026-05-12', jp: 4, evidence: '' },
  ],
};

const classModel: CourseListModel = {
  kind: 'kelas',
  year: 2026,
  filters: 'Unit kerja: semua',
  sections: [
    {
      course: 'Pelatihan Teknis Pengelolaan Keuangan Daerah',
      summary: 'Pelatihan teknis, 40 JP, BPSDM Provinsi Banten',
      className: 'Angkatan I Tahun 2026',
      dates: { start: '2026-11-23', end: '2026-12-04' },
      location: 'Aula BKPSDM Kota Tangerang Selatan',
      rows: [
        { name: 'Siti Nurhaliza, S.Kom.', nip: '199512162025062001', unit: 'Dinas Kependudukan dan Pencatatan Sipil', reason: 'RHK A.2 "Terkendalinya realisasi anggaran" dinilai Sesuai Ekspektasi.', priority: 'Rendah', date: '28 November 2026', status: 'Hadir, selesai' },
        { name: 'Budi Santoso', nip: '198001012005011001', unit: 'Badan Perencanaan Pembangunan Daerah', reason: 'Predikat Butuh Perbaikan.', priority: 'Tinggi', date: '28 November 2026', status: 'Tidak hadir' },
      ],
    },
  ],
};

describe('training list per employee (domain.md §7.5)', () => {
  it('prints the header, identity, recommendations with reasons, the planned class and completed JP with the total', async () => {
    const { bytes } = await renderPdf(employeeTrainingList(employeeModel, sampleMeta({ signingDate: '2026-11-28', documentId: 'PELATIHAN-2026-emp-test' })));
    const path = toTempFile(bytes, 'pegawai.pdf');
    expect(qpdfCheck(path).ok).toBe(true);
    const text = pdftotext(path);
    for (const s of ['DAFTAR REKOMENDASI DAN PENGEMBANGAN KOMPETENSI PEGAWAI', 'PEMERINTAH KOTA TANGERANG SELATAN', 'PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026', 'Siti Nurhaliza, S.Kom.', '19951216 202506 2 001', 'Capaian pengembangan kompetensi 2026: 10 dari 20 JP (kurang 10 JP); direncanakan 24 JP.', 'A. REKOMENDASI PENGEMBANGAN KOMPETENSI', 'Bimbingan Teknis SIAK Terpusat', 'Di Bawah Ekspektasi', 'B. RENCANA PELATIHAN (ANGKATAN)', '23 November 2026', '4 Desember 2026', 'C. PENGEMBANGAN KOMPETENSI YANG TELAH DISELESAIKAN', 'JUMLAH JP', 'bukan formulir resmi']) {
      expect(text, s).toContain(s);
    }
    expect(text).not.toContain('tanda tangan basah');
  });

  it('an employee with nothing yet still gets a readable one-page list', async () => {
    const { bytes } = await renderPdf(employeeTrainingList({ ...employeeModel, recommendations: [], planned: [], completed: [] }, sampleMeta()));
    const path = toTempFile(bytes);
    expect(pdfPageCount(path)).toBe(1);
    const text = pdftotext(path);
    expect(text).toContain('Belum ada rekomendasi');
    expect(text).toContain('0 dari 20 JP (kurang 20 JP)');
  });
});

describe('training list per course (class list and full recommendation list)', () => {
  it('prints the course, the class dates and place, each participant with unit, reason, priority, date and status', async () => {
    const { bytes } = await renderPdf(courseTrainingList(classModel, sampleMeta({ signingDate: '2026-11-28' })));
    const path = toTempFile(bytes, 'kelas.pdf');
    expect(qpdfCheck(path).ok).toBe(true);
    const text = pdftotext(path);
    for (const s of ['DAFTAR PESERTA PELATIHAN', 'TAHUN 2026', '1. Pelatihan Teknis Pengelolaan Keuangan Daerah', 'Angkatan I Tahun 2026, 23 November 2026 s.d. 4 Desember 2026, Aula BKPSDM', 'NAMA / NIP', 'KEHADIRAN / SELESAI', 'Budi Santoso', 'NIP 19800101 200501 1 001', 'Tidak hadir', 'Hadir, selesai']) {
      expect(text, s).toContain(s);
    }
  });

  it('the full recommendation list runs over pages with one section per course', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ ...classModel.sections[0]!.rows[0]!, name: `Pegawai ${i + 1}`, status: 'Diterima' }));
    const model: CourseListModel = { kind: 'rekomendasi', year: 2026, filters: 'Bentuk: semua', sections: [{ course: 'E-learning Pelayanan Prima', summary: 'E-learning, 10 JP', rows }, { course: 'Konseling kinerja', summary: 'Bimbingan di tempat kerja, 2 JP', rows: rows.slice(0, 3) }] };
    const { bytes } = await renderPdf(courseTrainingList(model, sampleMeta({ signingDate: '2026-11-28' })));
    const path = toTempFile(bytes, 'rekomendasi.pdf');
    expect(qpdfCheck(path).ok).toBe(true);
    expect(pdfPageCount(path)).toBeGreaterThan(1);
    const text = pdftotext(path);
    expect(text).toContain('DAFTAR REKOMENDASI PELATIHAN PEGAWAI');
    expect(text).toContain('2 pelatihan, 43 baris');
    expect(text).toContain('2. Konseling kinerja');
    expect(text).toContain('Pegawai 40');
    // A page image for a person to look at (TRAINING_SHOTS=dir).
    const shots = process.env['TRAINING_SHOTS'];
    if (shots && existsSync(shots)) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', path, join(shots, 'rekomendasi')]);
    expect(existsSync(dirname(path))).toBe(true);
  });
});
