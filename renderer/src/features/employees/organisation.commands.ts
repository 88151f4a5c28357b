import { type UnitErrors, type UnitInput, validateUnitInput } from '@shared/domain';
import { type Position, PositionSchema, type Unit } from '@shared/schemas/entities';
import { appendAudit, DESK_ACTOR, diffRecords } from '../../db/audit';
import type { AppDb } from '../../db/db';

export type UnitResult = { ok: true; id: string } | { ok: false; errors: UnitErrors };

/** Adds or changes a unit of the tree, with its audit entry, in one transaction. */
export async function saveUnit(db: AppDb, input: UnitInput, id?: string): Promise<UnitResult> {
  return db.transaction('rw', [db.units, db.employees, db.audit], async () => {
    const [units, employees] = await Promise.all([db.units.toArray(), db.employees.toArray()]);
    const errors = validateUnitInput(input, units, new Map(employees.map((e) => [e.id, e])), id);
    if (Object.keys(errors).length > 0) return { ok: false as const, errors };
    const before = id ? units.find((u) => u.id === id) : undefined;
    const record: Unit = {
      id: before?.id ?? crypto.randomUUID(),
      name: input.name.trim(),
      kind: input.kind,
      parentId: input.parentId,
      headEmployeeId: input.headEmployeeId,
      ...(input.shortName.trim() ? { shortName: input.shortName.trim() } : {}),
    };
    const changes = before ? diffRecords(before, record) : undefined;
    if (before && (!changes || Object.keys(changes).length === 0)) return { ok: true as const, id: record.id };
    await db.units.put(record);
    await appendAudit(db, { actor: DESK_ACTOR, action: before ? 'update' : 'create', entity: 'unit', entityId: record.id, summary: `${before ? 'Unit diubah' : 'Unit baru'}: ${record.name}`, ...(changes ? { changes } : {}) });
    return { ok: true as const, id: record.id };
  });
}

export type PositionInput = Omit<Position, 'id'>;
export type PositionResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

/** Adds or changes a position (nama jabatan, type, unit, pelaksana group or JF level). */
export async function savePosition(db: AppDb, input: PositionInput, id?: string): Promise<PositionResult> {
  const clean: PositionInput = {
    name: input.name.trim(),
    type: input.type,
    unitId: input.unitId,
    ...(input.type === 'pelaksana' && input.pelaksanaGroup ? { pelaksanaGroup: input.pelaksanaGroup } : {}),
    ...((input.type === 'jf-keahlian' || input.type === 'jf-keterampilan') && input.jfLevel ? { jfLevel: input.jfLevel } : {}),
  };
  const parsed = PositionSchema.safeParse({ ...clean, id: id ?? 'new' });
  if (!parsed.success) {
    return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'name'), i.path[0] === 'name' ? 'Nama jabatan wajib diisi.' : i.message])) };
  }
  return db.transaction('rw', [db.positions, db.units, db.audit], async () => {
    if (!(await db.units.get(clean.unitId))) return { ok: false as const, errors: { unitId: 'Pilih unit kerja tempat jabatan ini berada.' } };
    const before = id ? await db.positions.get(id) : undefined;
    const record: Position = { ...clean, id: before?.id ?? crypto.randomUUID() };
    const changes = before ? diffRecords(before, record) : undefined;
    if (before && (!changes || Object.keys(changes).length === 0)) return { ok: true as const, id: record.id };
    await db.positions.put(record);
    await appendAudit(db, { actor: DESK_ACTOR, action: before ? 'update' : 'create', entity: 'position', entityId: record.id, summary: `${before ? 'Jabatan diubah' : 'Jabatan baru'}: ${record.name}`, ...(changes ? { changes } : {}) });
    return { ok: true as const, id: record.id };
  });
}
