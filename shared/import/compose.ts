/**
 * A checked row + the stored employee (if its NIP exists) → the record after the import, and the
 * fields that change, worded for the preview.
 */
import { formatTanggal } from '../domain/dates';
import { type Employee, employeeSearchKey, type Position, type Unit } from '../schemas/entities';
import { golonganText } from './golongan';
import type { RowDraft } from './row';

/** Fields an import may change, with their labels in the preview; order as in the file. */
export const COMPARED_FIELDS = [
  ['nip', 'NIP'],
  ['name', 'Nama'],
  ['gelarDepan', 'Gelar Depan'],
  ['gelarBelakang', 'Gelar Belakang'],
  ['birthDate', 'Tanggal Lahir'],
  ['sex', 'Jenis Kelamin'],
  ['kind', 'Jenis Pegawai'],
  ['golonganRuang', 'Pangkat/Golongan'],
  ['golonganPppk', 'Golongan PPPK'],
  ['positionId', 'Jabatan'],
  ['unitId', 'Unit Kerja'],
  ['status', 'Status'],
] as const satisfies readonly (readonly [keyof Employee, string])[];

export const STATUS_TEXT: Record<Employee['status'], string> = {
  aktif: 'Aktif',
  pensiun: 'Pensiun',
  'mutasi-keluar': 'Mutasi Keluar',
  'tugas-belajar': 'Tugas Belajar',
  cltn: 'CLTN',
};

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface Names {
  unitName: (id: string) => string;
  positionName: (id: string) => string;
}

/** Drops undefined properties so stored records and comparisons see the same shape. */
function compact<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

export function composeEmployee(draft: RowDraft, positionId: string, existing: Employee | undefined, fresh: { id: string; now: string }): Employee {
  const base: Employee = existing ?? ({ id: fresh.id, createdAt: fresh.now, updatedAt: fresh.now, status: 'aktif' } as Employee);
  const next: Employee = {
    ...base,
    kind: draft.kind,
    nip: draft.nip,
    name: draft.name,
    birthDate: draft.birthDate,
    sex: draft.sex,
    unitId: draft.unit.id,
    positionId,
    status: draft.status ?? base.status,
  };
  if (draft.gelarDepan !== undefined) next.gelarDepan = draft.gelarDepan || undefined;
  if (draft.gelarBelakang !== undefined) next.gelarBelakang = draft.gelarBelakang || undefined;
  if (draft.golongan) {
    next.golonganRuang = 'golonganRuang' in draft.golongan ? draft.golongan.golonganRuang : undefined;
    next.golonganPppk = 'golonganPppk' in draft.golongan ? draft.golongan.golonganPppk : undefined;
  }
  next.searchKey = employeeSearchKey(next);
  return compact(next);
}

function shown(key: (typeof COMPARED_FIELDS)[number][0], e: Employee, names: Names): string {
  switch (key) {
    case 'birthDate':
      return formatTanggal(e.birthDate);
    case 'kind':
      return e.kind.toUpperCase();
    case 'golonganRuang':
    case 'golonganPppk':
      return golonganText({ [key]: e[key] }) || '-';
    case 'positionId':
      return names.positionName(e.positionId);
    case 'unitId':
      return names.unitName(e.unitId);
    case 'status':
      return STATUS_TEXT[e.status];
    case 'sex':
      return e.sex === 'L' ? 'Laki-laki' : 'Perempuan';
    case 'nip':
    case 'name':
    case 'gelarDepan':
    case 'gelarBelakang':
      return e[key] ?? '-';
  }
}

/** The fields that differ, as the preview shows them ("Jabatan: A → B"). */
export function changedFields(before: Employee, after: Employee, names: Names): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, label] of COMPARED_FIELDS) {
    if ((before[key] ?? '') === (after[key] ?? '')) continue;
    out.push({ field: label, from: shown(key, before, names), to: shown(key, after, names) });
  }
  return out;
}

/** Names for ids, including positions the import is about to create. */
export function namesOf(units: readonly Unit[], positions: readonly Position[], extra: readonly Position[]): Names {
  const unitById = new Map(units.map((u) => [u.id, u.name]));
  const positionById = new Map([...positions, ...extra].map((p) => [p.id, p.name]));
  return {
    unitName: (id) => unitById.get(id) ?? id,
    positionName: (id) => positionById.get(id) ?? id,
  };
}
