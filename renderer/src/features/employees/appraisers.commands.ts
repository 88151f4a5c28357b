import { AppraiserOverrideSchema } from '@shared/domain';
import type { AppraiserOverrideRecord } from '@shared/schemas/organisation';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';

export type OverrideInput = Omit<AppraiserOverrideRecord, 'id' | 'createdAt'>;
export type OverrideResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

/** Records HR's decision (Plt/Plh or other) on who appraises an employee for a date range. */
export async function addAppraiserOverride(db: AppDb, input: OverrideInput, now: Date = new Date()): Promise<OverrideResult> {
  const parsed = AppraiserOverrideSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || 'penilaiId', i.message])) };
  }
  return db.transaction('rw', [db.appraiserOverrides, db.employees, db.audit], async () => {
    for (const field of ['penilaiId', 'atasanPenilaiId'] as const) {
      const target = parsed.data[field];
      if (target && !(await db.employees.get(target))) return { ok: false as const, errors: { [field]: 'Pegawai yang dipilih tidak ditemukan. Pilih pegawai lain.' } };
    }
    const record: AppraiserOverrideRecord = { ...parsed.data, ...(input.reason ? { reason: input.reason } : {}), id: crypto.randomUUID(), createdAt: now.toISOString() };
    await db.appraiserOverrides.add(record);
    await appendAudit(db, {
      actor: DESK_ACTOR,
      action: 'create',
      entity: 'appraiser-override',
      entityId: record.employeeId,
      summary: `Penetapan penilai ${record.note?.toUpperCase() ?? ''} ${record.from}${record.to ? ` s.d. ${record.to}` : ''}`.replace(/\s+/g, ' '),
      changes: { penilaiId: { from: null, to: record.penilaiId ?? null }, atasanPenilaiId: { from: null, to: record.atasanPenilaiId ?? null } },
    });
    return { ok: true as const, id: record.id };
  });
}

export async function removeAppraiserOverride(db: AppDb, id: string): Promise<void> {
  await db.transaction('rw', [db.appraiserOverrides, db.audit], async () => {
    const before = await db.appraiserOverrides.get(id);
    if (!before) return;
    await db.appraiserOverrides.delete(id);
    await appendAudit(db, { actor: DESK_ACTOR, action: 'delete', entity: 'appraiser-override', entityId: before.employeeId, summary: `Penetapan penilai ${before.from} dihapus` });
  });
}
