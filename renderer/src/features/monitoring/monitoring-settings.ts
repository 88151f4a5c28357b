import { DEFAULT_EVIDENCE_MAX_BYTES } from '@shared/domain/monitoring-evidence';
import type { Settings } from '@shared/schemas/entities';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';

/**
 * The size limit of one evidence file. HR will set it in Settings (`evidenceMaxBytes`, pending in
 * the settings schema); until then, and whenever it is unset, the default of 10 MB applies.
 */
export function evidenceMaxBytes(settings: Settings | null | undefined): number {
  const configured = (settings as (Settings & { evidenceMaxBytes?: unknown }) | null | undefined)?.evidenceMaxBytes;
  return typeof configured === 'number' && Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_EVIDENCE_MAX_BYTES;
}

/** Records who works at this desk, for the "my team" view; audited like any setting. */
export async function setDeskEmployee(db: AppDb, employeeId: string): Promise<void> {
  await db.transaction('rw', [db.settings, db.employees, db.audit], async () => {
    const [current, employee] = await Promise.all([db.settings.get('app'), db.employees.get(employeeId)]);
    if (!current || !employee || current.deskEmployeeId === employeeId) return;
    await db.settings.update('app', { deskEmployeeId: employeeId });
    await appendAudit(db, {
      actor: DESK_ACTOR,
      action: 'settings',
      entity: 'settings',
      entityId: 'app',
      summary: `Pengguna meja ini: ${employee.name}`,
      changes: { deskEmployeeId: { from: current.deskEmployeeId ?? null, to: employeeId } },
    });
  });
}
