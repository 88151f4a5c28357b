/**
 * Checks on the unit tree HR keeps (instansi → perangkat daerah → bidang/bagian → seksi/subbagian;
 * kecamatan → kelurahan): a parent that exists and is not the unit itself or below it, a head who
 * works in the unit.
 */
import type { Employee, Unit } from '../schemas/entities';
import type { JenisUnit } from './reference';

export type UnitInput = { name: string; shortName: string; kind: JenisUnit; parentId: string | null; headEmployeeId: string | null };
export type UnitErrors = Partial<Record<keyof UnitInput, string>>;

/** True when `candidate` is `unitId` itself or lies below it: making it the parent would close a loop. */
export function isSelfOrDescendant(units: readonly Unit[], unitId: string, candidate: string): boolean {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const seen = new Set<string>();
  for (let cur: string | null | undefined = candidate; cur && !seen.has(cur); cur = parentOf.get(cur)) {
    if (cur === unitId) return true;
    seen.add(cur);
  }
  return false;
}

export function validateUnitInput(input: UnitInput, units: readonly Unit[], employees: ReadonlyMap<string, Employee>, selfId?: string): UnitErrors {
  const errors: UnitErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'Nama unit wajib diisi.';
  else if (units.some((u) => u.id !== selfId && u.parentId === input.parentId && u.name.toLowerCase() === name.toLowerCase())) {
    errors.name = `Sudah ada unit bernama ${name} di bawah unit induk yang sama. Pakai nama lain atau ubah unit yang ada.`;
  }
  if (input.kind === 'instansi' && input.parentId) errors.parentId = 'Unit jenis instansi adalah unit teratas dan tidak punya unit induk.';
  if (input.kind !== 'instansi' && !input.parentId) errors.parentId = 'Pilih unit induk (hanya instansi yang tidak punya unit induk).';
  if (input.parentId && !units.some((u) => u.id === input.parentId)) errors.parentId = 'Unit induk tidak ditemukan. Pilih unit induk lain.';
  if (selfId && input.parentId && isSelfOrDescendant(units, selfId, input.parentId)) {
    errors.parentId = 'Unit induk tidak boleh unit ini sendiri atau unit di bawahnya. Pilih unit induk lain.';
  }
  if (input.headEmployeeId) {
    const head = employees.get(input.headEmployeeId);
    if (!head) errors.headEmployeeId = 'Kepala unit tidak ditemukan. Pilih pegawai lain.';
    else if (head.unitId !== selfId) errors.headEmployeeId = `${head.name} bukan pegawai unit ini. Pindahkan dulu pegawai tersebut ke unit ini, lalu tetapkan sebagai kepala.`;
    else if (head.status !== 'aktif') errors.headEmployeeId = `${head.name} tidak berstatus aktif, sehingga tidak dapat menjadi kepala unit.`;
  }
  return errors;
}
