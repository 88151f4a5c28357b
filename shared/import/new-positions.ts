/**
 * Positions named in the file that their unit does not have yet: the commit creates each once.
 * Its type comes from the Jenis Jabatan column of the rows that name it; they must agree.
 */
import { PositionSchema, type Position } from '../schemas/entities';
import { jenisJabatanFromText, type PositionType } from './positions';
import type { NewPositionRef, RowCheck } from './row';
import { normaliseName } from './values';

export function newPositionKey(ref: Pick<NewPositionRef, 'unitId' | 'name'>): string {
  return `${ref.unitId}\u0000${normaliseName(ref.name)}`;
}

function sameType(a: PositionType, b: PositionType): boolean {
  return a.type === b.type && a.jfLevel === b.jfLevel && a.pelaksanaGroup === b.pelaksanaGroup;
}

function fail(check: RowCheck, label: string, message: string): void {
  check.reasons.push(`Baris ${check.row}, kolom ${label}: ${message}`);
  delete check.draft;
}

/** The type a group of rows gives a new position, or reasons on the rows that cannot give one. */
function typeOfGroup(group: RowCheck[], ref: NewPositionRef, label: string): PositionType | null {
  let chosen: { type: PositionType; row: number } | null = null;
  const unclear: RowCheck[] = [];
  for (const check of group) {
    const text = (check.draft!.position as NewPositionRef).typeText;
    if (text === '') {
      unclear.push(check);
      continue;
    }
    const parsed = jenisJabatanFromText(text, ref.name);
    if (!parsed.ok) fail(check, label, parsed.message);
    else if (!chosen) chosen = { type: parsed.value, row: check.row };
    else if (!sameType(chosen.type, parsed.value)) {
      fail(check, label, `jabatan baru "${ref.name}" diberi jenis "${text}", berbeda dengan baris ${chosen.row}. Samakan Jenis Jabatan untuk jabatan yang sama.`);
    }
  }
  if (!chosen) {
    for (const check of unclear) {
      fail(check, label, `jabatan "${ref.name}" belum ada di unit kerja ini, dan jenis jabatannya kosong. Isi Jenis Jabatan (misalnya Pelaksana, Pengawas, JF Keahlian) agar jabatan dibuat, atau perbaiki nama jabatan agar sama dengan jabatan yang sudah ada.`);
    }
  }
  return chosen?.type ?? null;
}

export function resolveNewPositions(checks: RowCheck[], label: string, newId: () => string): Map<string, Position> {
  const groups = new Map<string, RowCheck[]>();
  for (const check of checks) {
    const position = check.draft?.position;
    if (!position || 'id' in position) continue;
    const key = newPositionKey(position);
    groups.set(key, [...(groups.get(key) ?? []), check]);
  }
  const created = new Map<string, Position>();
  for (const [key, group] of groups) {
    const ref = group[0]!.draft!.position as NewPositionRef;
    const type = typeOfGroup(group, ref, label);
    if (!type) continue;
    const parsed = PositionSchema.safeParse({ id: newId(), name: ref.name, unitId: ref.unitId, ...type });
    if (parsed.success) created.set(key, parsed.data);
    else for (const check of group) fail(check, label, `jabatan baru "${ref.name}" tidak dapat dibuat: ${parsed.error.issues[0]?.message ?? 'data tidak sah'}.`);
  }
  return created;
}
