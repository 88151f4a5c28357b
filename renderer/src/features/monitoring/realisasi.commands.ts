import { type Realisasi, RealisasiSchema } from '@shared/schemas/monitoring';
import { appendAudit, DESK_ACTOR, diffRecords } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { auditAutosave, checkWritable } from './monitoring-guard';
import type { Result } from './monitoring-result';

export type RealisasiInput = { skpId: string; periodId: string; rhkId: string; rencanaAksi: readonly string[]; realisasi: Readonly<Record<string, string>> };

export const realisasiId = (skpId: string, periodId: string, rhkId: string) => `${skpId}|${periodId}|${rhkId}`;

/** Rencana aksi as typed in a box, one action per line. */
export const splitLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * Saves the rencana aksi and the realisation per IKI of one RHK in one period (autosaved while the
 * employee types). Refused, with nothing written, for a closed period or an SKP not approved.
 */
export async function saveRealisasi(db: AppDb, input: RealisasiInput, now: Date = new Date()): Promise<Result> {
  return db.transaction('rw', [db.realisasi, db.skps, db.periods, db.audit], async () => {
    const writable = await checkWritable(db, input);
    if (!writable.ok) return { ok: false as const, problem: writable.problem };
    const { rhk, period } = writable;
    const id = realisasiId(input.skpId, input.periodId, input.rhkId);
    const values: Record<string, string> = {};
    for (const iki of rhk!.iki) values[iki.id] = (input.realisasi[iki.id] ?? '').trim();
    const at = now.toISOString();
    const record: Realisasi = RealisasiSchema.parse({ id, skpId: input.skpId, periodId: input.periodId, rhkId: input.rhkId, rencanaAksi: input.rencanaAksi.map((a) => a.trim()).filter(Boolean), realisasi: values, updatedAt: at });
    const before = await db.realisasi.get(id);
    const summary = `Realisasi ${period.label} ${period.year} diisi: ${rhk!.text.slice(0, 80)}`;
    if (!before) {
      await db.realisasi.add(record);
      await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'realisasi', entityId: id, summary });
      return { ok: true as const, id };
    }
    const changes = diffRecords({ ...before, updatedAt: '' }, { ...record, updatedAt: '' });
    if (!changes || Object.keys(changes).length === 0) return { ok: true as const, id };
    await db.realisasi.put(record);
    await auditAutosave(db, { at, entity: 'realisasi', entityId: id, summary: `Realisasi ${period.label} ${period.year} diubah: ${rhk!.text.slice(0, 80)}`, changes });
    return { ok: true as const, id };
  });
}
