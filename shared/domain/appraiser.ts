/**
 * Who appraises whom: Pejabat Penilai Kinerja and Atasan Pejabat Penilai Kinerja (domain.md §1, §9).
 *
 * Default: the head of the employee's own unit; when the employee is that head, or the post is vacant,
 * the head of the nearest unit above that has one. Every JPT → the Kepala Daerah. JF → the head of the
 * unit where placed, which is the same walk. HR overrides (Plt/Plh) win while their dates cover the day.
 * The atasan is the penilai's own penilai.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../schemas/entities';
import type { Employee, Position, Unit } from '../schemas/entities';
import { formatTanggal } from './dates';

export const OVERRIDE_NOTES = ['plt', 'plh', 'other'] as const;
export type OverrideNote = (typeof OVERRIDE_NOTES)[number];

export const AppraiserOverrideSchema = z
  .object({
    employeeId: IdSchema,
    penilaiId: IdSchema.optional(),
    atasanPenilaiId: IdSchema.optional(),
    /** First day it applies, YYYY-MM-DD (inclusive). */
    from: IsoDateSchema,
    /** Last day it applies (inclusive); open-ended when absent. */
    to: IsoDateSchema.optional(),
    note: z.enum(OVERRIDE_NOTES).optional(),
  })
  .superRefine((o, ctx) => {
    if (!o.penilaiId && !o.atasanPenilaiId) {
      ctx.addIssue({ code: 'custom', path: ['penilaiId'], message: 'Pilih Pejabat Penilai Kinerja atau Atasan Pejabat Penilai Kinerja yang ditetapkan' });
    }
    if (o.to !== undefined && o.to < o.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Tanggal akhir harus sama dengan atau setelah tanggal mulai; perbaiki tanggal akhir' });
    }
    if (o.penilaiId === o.employeeId || o.atasanPenilaiId === o.employeeId) {
      ctx.addIssue({ code: 'custom', path: ['penilaiId'], message: 'Pegawai tidak dapat menilai dirinya sendiri; pilih pegawai lain' });
    }
  });
export type AppraiserOverride = z.infer<typeof AppraiserOverrideSchema>;

/** 'none' = no appraiser exists by rule (the Kepala Daerah); 'vacant' = there should be one but none is found. */
export type ResolutionSource = 'override' | 'unit-head' | 'kepala-daerah' | 'vacant' | 'none';

export interface Resolution {
  employeeId: string | null;
  /** Indonesian, says why this person (or nobody) was chosen. */
  reason: string;
  source: ResolutionSource;
}

export interface AppraiserData {
  employees: readonly Employee[];
  units: readonly Unit[];
  positions: readonly Position[];
  overrides?: readonly AppraiserOverride[];
}

export interface Appraisers {
  penilai: Resolution;
  atasanPenilai: Resolution;
}

interface Index {
  emp: Map<string, Employee>;
  unit: Map<string, Unit>;
  pos: Map<string, Position>;
  overrides: readonly AppraiserOverride[];
  onDate: string;
}

const JPT_TYPES: readonly string[] = ['jpt-utama', 'jpt-madya', 'jpt-pratama'];
const NOTE_LABEL: Record<OverrideNote, string> = { plt: 'Plt', plh: 'Plh', other: 'Penetapan khusus' };
const STATUS_WORD: Record<Employee['status'], string> = {
  aktif: 'aktif',
  pensiun: 'pensiun',
  'mutasi-keluar': 'mutasi keluar',
  'tugas-belajar': 'tugas belajar',
  cltn: 'cuti di luar tanggungan negara',
};

const vacant = (reason: string): Resolution => ({ employeeId: null, reason, source: 'vacant' });

function positionName(ix: Index, e: Employee | undefined): string | undefined {
  return e ? ix.pos.get(e.positionId)?.name : undefined;
}

function isKepalaDaerah(ix: Index, e: Employee): boolean {
  return e.kind === 'kepala-daerah' || ix.pos.get(e.positionId)?.type === 'kepala-daerah';
}

/** The Kepala Daerah: head of the root instansi unit, else any active employee of that kind. */
export function findKepalaDaerah(data: Pick<AppraiserData, 'employees' | 'units'>): Employee | undefined {
  const byId = new Map(data.employees.map((e) => [e.id, e]));
  for (const u of data.units) {
    const head = u.parentId === null && u.kind === 'instansi' && u.headEmployeeId ? byId.get(u.headEmployeeId) : undefined;
    if (head?.kind === 'kepala-daerah') return head;
  }
  return data.employees.find((e) => e.kind === 'kepala-daerah' && e.status === 'aktif');
}

function activeOverride(ix: Index, employeeId: string, field: 'penilaiId' | 'atasanPenilaiId'): AppraiserOverride | undefined {
  let best: AppraiserOverride | undefined;
  for (const o of ix.overrides) {
    const covers = o.from <= ix.onDate && (o.to === undefined || ix.onDate <= o.to);
    // When several cover the day, the one that started last is the newest decision.
    if (o.employeeId === employeeId && o[field] && covers && (!best || o.from >= best.from)) best = o;
  }
  return best;
}

function fromOverride(ix: Index, o: AppraiserOverride, targetId: string): Resolution {
  const target = ix.emp.get(targetId);
  const who = target ? (positionName(ix, target) ?? target.name) : `pegawai ${targetId} tidak ditemukan`;
  const period = o.to ? `${formatTanggal(o.from)} s.d. ${formatTanggal(o.to)}` : `sejak ${formatTanggal(o.from)}`;
  return { employeeId: targetId, source: 'override', reason: `${NOTE_LABEL[o.note ?? 'other']}: ${who}, ditetapkan HR, berlaku ${period}` };
}

function toKepalaDaerah(ix: Index): Resolution {
  const kd = findKepalaDaerah({ employees: [...ix.emp.values()], units: [...ix.unit.values()] });
  if (!kd) {
    return vacant('Kepala Daerah belum tercatat. Tambahkan Kepala Daerah sebagai kepala unit instansi, atau tetapkan penilai secara manual.');
  }
  const title = positionName(ix, kd) ?? 'Kepala Daerah';
  return { employeeId: kd.id, source: 'kepala-daerah', reason: `${title} (Kepala Daerah, penilai Pejabat Pimpinan Tinggi)` };
}

function vacancyNote(unit: Unit, head: Employee | undefined): string {
  return head ? `kepala ${unit.name} berstatus ${STATUS_WORD[head.status]}` : `jabatan kepala ${unit.name} kosong`;
}

function byUnitTree(ix: Index, emp: Employee): Resolution {
  const start = ix.unit.get(emp.unitId);
  if (!start) return vacant(`Unit kerja pegawai (${emp.unitId}) tidak ditemukan. Perbaiki unit kerja pegawai atau tetapkan penilai secara manual.`);
  const skipped: string[] = [];
  const seen = new Set<string>();
  let unit: Unit | undefined = start;
  for (let up = 0; unit && !seen.has(unit.id); up += 1) {
    seen.add(unit.id);
    const head = unit.headEmployeeId ? ix.emp.get(unit.headEmployeeId) : undefined;
    if (unit.headEmployeeId !== emp.id) {
      if (head && head.status === 'aktif') {
        const title = positionName(ix, head) ?? `Kepala ${unit.name}`;
        const why = up === 0 ? 'kepala unit kerja pegawai'
          : up === 1 && skipped.length === 0 ? 'kepala unit atasan langsung'
          : `kepala unit atasan terdekat yang terisi; ${skipped.join('; ')}`;
        return { employeeId: head.id, source: head.kind === 'kepala-daerah' ? 'kepala-daerah' : 'unit-head', reason: `${title} (${why})` };
      }
      skipped.push(vacancyNote(unit, head));
    }
    unit = unit.parentId ? ix.unit.get(unit.parentId) : undefined;
  }
  const detail = skipped.length > 0 ? ` (${skipped.join('; ')})` : '';
  return vacant(`Tidak ada kepala unit yang terisi dari ${start.name} sampai unit teratas${detail}. Isi kepala unit atau tetapkan penilai secara manual (Plt/Plh).`);
}

function resolvePenilai(ix: Index, employeeId: string): Resolution {
  const emp = ix.emp.get(employeeId);
  if (!emp) return vacant(`Pegawai ${employeeId} tidak ditemukan. Periksa data pegawai.`);
  if (isKepalaDaerah(ix, emp)) {
    return { employeeId: null, source: 'none', reason: 'Kepala Daerah tidak memiliki Pejabat Penilai Kinerja.' };
  }
  const o = activeOverride(ix, employeeId, 'penilaiId');
  if (o?.penilaiId) return fromOverride(ix, o, o.penilaiId);
  const type = ix.pos.get(emp.positionId)?.type;
  if (type !== undefined && JPT_TYPES.includes(type)) return toKepalaDaerah(ix);
  return byUnitTree(ix, emp);
}

function resolveAtasan(ix: Index, employeeId: string, penilai: Resolution): Resolution {
  const o = activeOverride(ix, employeeId, 'atasanPenilaiId');
  if (o?.atasanPenilaiId) return fromOverride(ix, o, o.atasanPenilaiId);
  if (penilai.source === 'none') {
    return { employeeId: null, source: 'none', reason: 'Kepala Daerah tidak memiliki Atasan Pejabat Penilai Kinerja.' };
  }
  if (penilai.employeeId === null) {
    return vacant('Pejabat Penilai Kinerja belum ada, sehingga atasannya belum dapat ditentukan. Tetapkan penilai terlebih dahulu.');
  }
  const up = resolvePenilai(ix, penilai.employeeId);
  if (up.source === 'none') {
    return { employeeId: null, source: 'none', reason: 'Pejabat Penilai Kinerja adalah Kepala Daerah, sehingga tidak ada Atasan Pejabat Penilai Kinerja.' };
  }
  if (up.employeeId === employeeId) {
    return vacant('Penelusuran atasan kembali ke pegawai yang dinilai. Tetapkan Atasan Pejabat Penilai Kinerja secara manual.');
  }
  return up;
}

/** Pejabat Penilai Kinerja and its Atasan for an employee on a given day (YYYY-MM-DD). */
export function resolveAppraisers(employeeId: string, data: AppraiserData, onDate: string): Appraisers {
  const ix: Index = {
    emp: new Map(data.employees.map((e) => [e.id, e])),
    unit: new Map(data.units.map((u) => [u.id, u])),
    pos: new Map(data.positions.map((p) => [p.id, p])),
    overrides: data.overrides ?? [],
    onDate,
  };
  const penilai = resolvePenilai(ix, employeeId);
  return { penilai, atasanPenilai: resolveAtasan(ix, employeeId, penilai) };
}
