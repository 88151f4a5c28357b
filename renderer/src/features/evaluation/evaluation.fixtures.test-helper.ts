/** Test fixtures (Vitest and Playwright): approved SKPs of the demo agency for a year of our own. */
import { generateDemoAgency } from '@shared/demo/generate';
import { resolveAppraisers } from '@shared/domain/appraiser';
import { formatGolonganPegawai } from '@shared/domain/pangkat';
import { generatePeriods } from '@shared/domain/skp';
import { type Employee, fullName } from '@shared/schemas/entities';
import { type AppraisalYear, type IdentitySnapshot, type Period, type Skp, SkpSchema } from '@shared/schemas/skp';

export const demo = generateDemoAgency();
export const YEAR = 2027;
const AT = '2027-01-20T02:00:00.000Z';

export function yearRecords(year = YEAR): { appraisalYear: AppraisalYear; periods: Period[] } {
  return {
    appraisalYear: { id: `year-${year}`, year, periodType: 'triwulan', skpDeadline: `${year}-01-31`, createdAt: AT },
    periods: generatePeriods(year, 'triwulan'),
  };
}

function snapshot(e: Employee): IdentitySnapshot {
  return {
    employeeId: e.id,
    name: fullName(e),
    ...(e.nip ? { nip: e.nip } : {}),
    pangkat: formatGolonganPegawai(e),
    jabatan: demo.positions.find((p) => p.id === e.positionId)?.name ?? '-',
    unit: demo.units.find((u) => u.id === e.unitId)?.name ?? '-',
  };
}

const byId = (id: string | null) => demo.employees.find((e) => e.id === id);

/** A supervisor of the demo agency with at least `count` active pelaksana subordinates. */
export function team(count = 2): { penilai: Employee; members: Employee[] } {
  const groups = new Map<string, Employee[]>();
  for (const e of demo.employees) {
    const position = demo.positions.find((p) => p.id === e.positionId);
    if (e.status !== 'aktif' || position?.type !== 'pelaksana') continue;
    const penilaiId = resolveAppraisers(e.id, demo, `${YEAR}-01-15`).penilai.employeeId;
    if (penilaiId) groups.set(penilaiId, [...(groups.get(penilaiId) ?? []), e]);
  }
  const [penilaiId, members] = [...groups.entries()].find(([, list]) => list.length >= count)!;
  return { penilai: byId(penilaiId)!, members: members.slice(0, count) };
}

/** A head of a perangkat daerah (pimpinan unit kerja), whose unit is a child of the instansi. */
export function unitHead(): { employee: Employee; unitId: string } {
  const root = demo.units.find((u) => u.parentId === null)!;
  const unit = demo.units.find((u) => u.parentId === root.id && u.headEmployeeId && byId(u.headEmployeeId)?.status === 'aktif')!;
  return { employee: byId(unit.headEmployeeId)!, unitId: unit.id };
}

/** An approved JA/JF SKP: two Utama RHK and one Tambahan, each with an IKI and its target. */
export function approvedSkp(employee: Employee, year = YEAR): Skp {
  const who = resolveAppraisers(employee.id, demo, `${year}-01-15`);
  const penilai = byId(who.penilai.employeeId);
  const atasan = byId(who.atasanPenilai.employeeId);
  return SkpSchema.parse({
    id: `skp-${employee.id}-${year}`,
    employeeId: employee.id,
    year,
    form: 'ja-jf',
    approach: 'kuantitatif',
    status: 'disetujui',
    rhk: [
      { id: 'rhk-1', kind: 'utama', text: 'Terlaksananya layanan administrasi kepegawaian', intervensi: { kind: 'text', text: 'Meningkatnya kualitas layanan' }, iki: [{ id: 'iki-1', text: 'Jumlah berkas layanan yang diproses', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 120, unit: 'berkas' } }] },
      { id: 'rhk-2', kind: 'utama', text: 'Tersusunnya laporan data pegawai', intervensi: { kind: 'text', text: 'Tersedianya data kepegawaian' }, iki: [{ id: 'iki-2', text: 'Laporan data pegawai tepat waktu', aspek: 'waktu', target: { kind: 'kuantitatif', value: 4, unit: 'laporan' } }] },
      { id: 'rhk-3', kind: 'tambahan', text: 'Membantu penyelenggaraan kegiatan sosialisasi', iki: [{ id: 'iki-3', text: 'Kegiatan terlaksana dengan baik', aspek: 'kualitas', target: { kind: 'kualitatif', text: 'Kegiatan berjalan sesuai rencana' } }] },
    ],
    perilaku: [
      { value: 'berorientasi-pelayanan', ekspektasi: 'Menanggapi permintaan layanan paling lambat satu hari kerja' },
      { value: 'kolaboratif', ekspektasi: 'Aktif berbagi data dengan seksi lain' },
    ],
    lampiran: { dukunganSumberDaya: ['Komputer'], skemaPertanggungjawaban: ['Laporan triwulan'], konsekuensi: ['Sesuai ketentuan'] },
    pegawai: snapshot(employee),
    penilai: penilai ? snapshot(penilai) : null,
    atasanPenilai: atasan ? snapshot(atasan) : null,
    submittedAt: AT,
    approvedAt: AT,
    createdAt: AT,
    updatedAt: AT,
  });
}
