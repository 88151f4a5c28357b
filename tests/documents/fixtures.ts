import { BERAKHLAK } from '../../shared/domain/berakhlak';
import type { DocumentMeta } from '../../shared/documents/common';
import type { Evaluation } from '../../shared/schemas/evaluation';
import type { Period, Skp } from '../../shared/schemas/skp';

/** A realistic JA/JF SKP of a Disdukcapil staff member, written by hand for document tests. */
export function sampleSkp(over: Partial<Skp> = {}): Skp {
  return {
    id: 'skp-test-1',
    employeeId: 'emp-test',
    year: 2026,
    form: 'ja-jf',
    approach: 'kuantitatif',
    status: 'disetujui',
    rhk: [
      {
        id: 'r1',
        kind: 'utama',
        text: 'Terlaksananya pelayanan perekaman dan pencetakan KTP-el yang tepat waktu',
        intervensi: { kind: 'text', text: 'Meningkatnya kecepatan pelayanan dokumen kependudukan' },
        iki: [
          { id: 'i1', text: 'Jumlah KTP-el yang dicetak', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 1200, unit: 'keping' } },
          { id: 'i2', text: 'Rata-rata waktu penyelesaian dokumen kependudukan', aspek: 'waktu', target: { kind: 'kuantitatif', value: 3, unit: 'hari' } },
        ],
      },
      {
        id: 'r2',
        kind: 'utama',
        text: 'Tersedianya data kependudukan yang mutakhir',
        intervensi: { kind: 'text', text: 'Meningkatnya kualitas database kependudukan' },
        iki: [{ id: 'i3', text: 'Persentase data yang diverifikasi', aspek: 'kualitas', target: { kind: 'kuantitatif', value: 100, unit: '%' } }],
      },
      {
        id: 'r3',
        kind: 'tambahan',
        text: 'Terlaksananya pendampingan layanan jemput bola di kelurahan',
        penugasanDari: 'Kepala Bidang Pelayanan Pendaftaran Penduduk',
        iki: [{ id: 'i4', text: 'Jumlah kegiatan jemput bola', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 6, unit: 'kegiatan' } }],
      },
    ],
    perilaku: BERAKHLAK.map((v, i) => ({ value: v.key, ekspektasi: i === 0 ? 'Melayani pemohon KTP-el dengan ramah dan tuntas pada hari yang sama' : '' })),
    lampiran: {
      dukunganSumberDaya: ['Perangkat perekaman KTP-el', 'Blangko KTP-el sesuai kebutuhan'],
      skemaPertanggungjawaban: ['Laporan kinerja bulanan kepada Kepala Seksi'],
      konsekuensi: ['Realisasi di bawah target dibahas dalam dialog kinerja'],
    },
    pegawai: { employeeId: 'emp-test', name: 'Siti Nurhaliza, S.Kom.', nip: '199512162025062001', pangkat: 'Penata Muda, III/a', jabatan: 'Pranata Komputer Ahli Pertama', unit: 'Seksi Identitas Penduduk' },
    penilai: { employeeId: 'emp-kasi', name: 'Drs. Ahmad Fauzi, M.Si.', nip: '197803122005011003', pangkat: 'Penata Tingkat I, III/d', jabatan: 'Kepala Seksi Identitas Penduduk', unit: 'Dinas Kependudukan dan Pencatatan Sipil' },
    atasanPenilai: { employeeId: 'emp-kabid', name: 'Ir. Bambang Wibowo, M.M.', nip: '197205101998031004', pangkat: 'Pembina, IV/a', jabatan: 'Kepala Bidang Pelayanan Pendaftaran Penduduk', unit: 'Dinas Kependudukan dan Pencatatan Sipil' },
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-20T02:00:00.000Z',
    approvedAt: '2026-01-20T02:00:00.000Z',
    ...over,
  };
}

export function sampleMeta(over: Partial<DocumentMeta> = {}): DocumentMeta {
  return { agencyName: 'PEMERINTAH KOTA TANGERANG SELATAN', signingPlace: 'Tangerang Selatan', signingDate: '2026-01-20', paper: 'A4', documentId: 'SKP-2026-TEST-1', signedElectronically: false, ...over };
}

export function sampleEvaluation(skp: Skp, over: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'ev-test-1',
    skpId: skp.id,
    employeeId: skp.employeeId,
    periodId: 'period-2026-triwulan-4',
    year: 2026,
    revision: 1,
    status: 'final',
    pegawai: skp.pegawai,
    penilai: skp.penilai,
    atasanPenilai: skp.atasanPenilai,
    rhk: skp.rhk.map((r, i) => ({ rhkId: r.id, judgement: i === 1 ? 'di-atas' : 'sesuai', feedback: i === 0 ? 'Target cetak tercapai; pertahankan ketepatan waktu.' : '' })),
    ratingHasilKerja: 'sesuai',
    pimpinanUnit: false,
    perilaku: BERAKHLAK.map((v) => ({ value: v.key, judgement: v.key === 'kolaboratif' ? 'di-bawah' : 'sesuai', feedback: v.key === 'kolaboratif' ? 'Perlu lebih aktif berbagi informasi dengan rekan di seksi lain.' : '' })),
    ratingPerilaku: 'sesuai',
    predikat: 'baik',
    catatan: 'Pertahankan kinerja pelayanan.',
    capaianOrganisasi: 'baik',
    step: 5,
    createdAt: '2026-12-20T02:00:00.000Z',
    updatedAt: '2026-12-21T02:00:00.000Z',
    finalisedAt: '2026-12-21T02:00:00.000Z',
    ...over,
  };
}

export const samplePeriod: Period = { id: 'period-2026-triwulan-4', year: 2026, type: 'triwulan', index: 4, label: 'TRIWULAN IV-AKHIR', start: '2026-10-01', end: '2026-12-31', final: true, status: 'open' };
