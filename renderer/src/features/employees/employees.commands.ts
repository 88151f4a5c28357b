import { type EmployeeInput, type FieldErrors, validateEmployeeInput } from '@shared/domain';
import { type Employee, employeeSearchKey, fullName } from '@shared/schemas/entities';
import { appendAudit, DESK_ACTOR, diffRecords } from '../../db/audit';
import type { AppDb } from '../../db/db';

export type SaveResult = { ok: true; id: string } | { ok: false; errors: FieldErrors };

/**
 * Creates or changes one employee: validated against the domain rules inside the same transaction
 * that writes it and its audit entry, so a NIP taken meanwhile cannot slip through.
 */
export async function saveEmployee(db: AppDb, input: EmployeeInput, id?: string, now: Date = new Date()): Promise<SaveResult> {
  return db.transaction('rw', [db.employees, db.units, db.positions, db.audit], async () => {
    const [units, positions, before] = await Promise.all([db.units.toArray(), db.positions.toArray(), id ? db.employees.get(id) : undefined]);
    const nipOwners = new Map<string, string>();
    const digits = input.nip.replace(/[\s.]/g, '');
    if (/^\d{18}$/.test(digits)) {
      const holder = await db.employees.where('nip').equals(digits).first();
      if (holder) nipOwners.set(digits, holder.id);
    }
    const checked = validateEmployeeInput(
      input,
      { units: new Map(units.map((u) => [u.id, u])), positions: new Map(positions.map((p) => [p.id, p])), nipOwner: (n) => nipOwners.get(n) },
      id,
    );
    if (!checked.ok) return { ok: false as const, errors: checked.errors };
    const at = now.toISOString();
    const record: Employee = {
      ...checked.value,
      id: before?.id ?? crypto.randomUUID(),
      searchKey: employeeSearchKey(checked.value),
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    };
    if (before) {
      const changes = diffRecords({ ...before, updatedAt: '' }, { ...record, updatedAt: '' });
      if (!changes || Object.keys(changes).length === 0) return { ok: true as const, id: record.id };
      delete changes['searchKey'];
      const deactivated = before.status === 'aktif' && record.status !== 'aktif';
      await db.employees.put(record);
      await appendAudit(db, { at, actor: DESK_ACTOR, action: deactivated ? 'deactivate' : 'update', entity: 'employee', entityId: record.id, summary: `${deactivated ? 'Dinonaktifkan' : 'Diubah'}: ${fullName(record)}`, changes });
    } else {
      await db.employees.add(record);
      await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'employee', entityId: record.id, summary: `Pegawai baru: ${fullName(record)}` });
    }
    return { ok: true as const, id: record.id };
  });
}
