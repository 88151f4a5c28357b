/** Test fixtures: an approved SKP for a demo employee, valid against SkpSchema (unit and e2e tests). */
import { BERAKHLAK } from '@shared/domain/berakhlak';
import { type Employee, fullName } from '@shared/schemas/entities';
import { type IdentitySnapshot, type Skp, SkpSchema } from '@shared/schemas/skp';

const snapshot = (e: Employee, jabatan = 'Pengadministrasi Perkantoran'): IdentitySnapshot => ({
  employeeId: e.id,
  name: fullName(e),
  nip: e.nip,
  pangkat: e.golonganRuang ?? e.golonganPppk ?? '-',
  jabatan,
  unit: 'Dinas Kependudukan dan Pencatatan Sipil',
});

/** An SKP with two RHK: a service-time IKI (days) and a count IKI. */
export function makeSkp(pegawai: Employee, penilai: Employee | null, over: Partial<Skp> = {}): Skp {
  const at = '2027-01-10T02:00:00.000Z';
  return SkpSchema.parse({
    id: `skp-${pegawai.id}-${over.year ?? 2027}`,
    employeeId: pegawai.id,
    year: 2027,
    form: 'ja-jf',
    approach: 'kuantitatif',
    status: 'disetujui',
    rhk: [
      {
        id: 'rhk-1',
        kind: 'utama',
        text: 'Terlaksananya penerbitan akta kelahiran tepat waktu',
        intervensi: { kind: 'text', text: 'Meningkatnya kualitas pelayanan pencatatan sipil' },
        iki: [{ id: 'iki-1', text: 'Rata-rata waktu penerbitan akta kelahiran', aspek: 'waktu', target: { kind: 'kuantitatif', value: 3, unit: 'hari' } }],
      },
      {
        id: 'rhk-2',
        kind: 'utama',
        text: 'Tersusunnya laporan pelayanan bulanan',
        intervensi: { kind: 'text', text: 'Tersedianya data kinerja pelayanan' },
        iki: [{ id: 'iki-2', text: 'Jumlah laporan pelayanan', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 12, unit: 'laporan' } }],
      },
    ],
    perilaku: BERAKHLAK.map((v) => ({ value: v.key, ekspektasi: '' })),
    lampiran: { dukunganSumberDaya: ['Aplikasi SIAK'], skemaPertanggungjawaban: ['Laporan triwulanan'], konsekuensi: ['Sesuai ketentuan'] },
    pegawai: snapshot(pegawai),
    penilai: penilai ? snapshot(penilai, 'Kepala Seksi') : null,
    atasanPenilai: null,
    approvedAt: at,
    createdAt: at,
    updatedAt: at,
    ...over,
  });
}
