import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemId } from '@shared/backup/exchange';
import { verifyAuditLog } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { dropDb, type FaultSwitch, freshDb, LATER, PASSWORD, snapshot } from './backup.test-helper';
import { ensureDeskId, registerDesk } from './desks.commands';
import { applyExchange, type ExchangePreview, previewExchange } from './exchange-import.commands';
import { demoSupervisor, makePackage, PERIOD } from './exchange.test-helper';

type Db = AppDb & { fault: FaultSwitch };
let desk: Db;
let hr: Db;
beforeEach(async () => {
  [desk, hr] = await Promise.all([freshDb(), freshDb()]);
});
afterEach(async () => {
  await Promise.all([dropDb(desk), dropDb(hr)]);
});

async function preview(bytes: Uint8Array, password?: string): Promise<ExchangePreview> {
  const result = await previewExchange(hr, bytes, { password });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

/** HR's database before the supervisor's evaluations for the period reached it. */
async function withoutTeamEvaluations(db: AppDb): Promise<number> {
  const supervisor = await demoSupervisor(db);
  const ids = await db.evaluations.where('periodId').equals(PERIOD).filter((e) => e.penilai?.employeeId === supervisor).primaryKeys();
  await db.evaluations.bulkDelete(ids);
  return ids.length;
}

async function trust(db: AppDb, from: AppDb): Promise<void> {
  expect(await registerDesk(db, { deskId: await ensureDeskId(from), label: 'Meja Kepala Bidang' }, LATER)).toEqual({ ok: true });
}

describe('exchange packages', { timeout: 60_000 }, () => {
  it('shows HR who made it, refuses an unknown desk, and imports once: the second import changes nothing', async () => {
    const missing = await withoutTeamEvaluations(hr);
    const bytes = await makePackage(desk, PASSWORD);
    const first = await preview(bytes, PASSWORD);
    const deskEmployee = (await desk.settings.get('app'))?.deskEmployeeId;
    expect(first.manifest.deskId).toBe((await desk.settings.get('app'))?.deskId);
    expect(first.manifest.createdBy?.employeeId).toBe(deskEmployee);
    expect(first.manifest.scope).toMatchObject({ periodId: PERIOD, periodLabel: 'TRIWULAN III 2026', supervisor: { employeeId: await demoSupervisor(desk) } });
    expect(first.desk).toMatchObject({ known: null, own: false });
    expect(first.plan.counts).toMatchObject({ new: missing, conflict: 0 });
    expect(first.plan.items.some((i) => i.table === 'evidenceBlobs')).toBe(true);

    const before = await snapshot(hr);
    const refused = await applyExchange(hr, first, {}, { now: LATER });
    expect(refused).toEqual({ ok: false, problems: [{ code: 'backup/unknown-desk', params: { deskId: first.manifest.deskId } }] });
    expect(await snapshot(hr)).toBe(before);

    await trust(hr, desk);
    const again = await preview(bytes, PASSWORD);
    expect(again.desk.known?.label).toBe('Meja Kepala Bidang');
    expect(await applyExchange(hr, again, {}, { now: LATER })).toEqual({ ok: true, value: { added: missing, replaced: 0 } });
    expect((await hr.audit.orderBy('id').last())?.summary).toMatch(/^Paket pertukaran .* TRIWULAN III 2026 dari meja Meja Kepala Bidang/);
    expect(await verifyAuditLog(hr)).toMatchObject({ ok: true });

    const imported = await snapshot(hr);
    const twice = await preview(bytes, PASSWORD);
    expect(twice.plan.counts).toEqual({ new: 0, unchanged: twice.plan.items.length, conflict: 0 });
    expect(await applyExchange(hr, twice, {}, { now: LATER })).toEqual({ ok: true, value: { added: 0, replaced: 0 } });
    expect(await snapshot(hr)).toBe(imported);
  });

  it('shows a record changed on both sides field by field; a final one is replaced only by explicit, audited choice', async () => {
    const supervisor = await demoSupervisor(desk);
    const team = await desk.evaluations.where('periodId').equals(PERIOD).filter((e) => e.penilai?.employeeId === supervisor).toArray();
    const [draft, final] = team;
    if (!draft || !final) throw new Error('demo changed: the team needs two evaluations');
    // The same evaluation was finalised on both desks (Triwulan III is still in draft in the demo).
    for (const db of [desk, hr]) await db.evaluations.update(final.id, { status: 'final', finalisedAt: '2026-10-10T03:00:00.000Z' });
    await desk.evaluations.update(draft.id, { catatan: 'Catatan dari atasan' });
    await desk.evaluations.update(final.id, { catatan: 'Diubah di meja atasan' });
    await hr.evaluations.update(draft.id, { catatan: 'Catatan dari BKPSDM' });
    await trust(hr, desk);

    const plan = (await preview(await makePackage(desk))).plan;
    const conflicts = plan.items.filter((i) => i.status === 'conflict');
    expect(conflicts.map((c) => [c.key, c.locked]).sort()).toEqual([[draft.id, false], [final.id, true]].sort());
    expect(conflicts.find((c) => c.key === draft.id)!.diff).toEqual([{ field: 'catatan', local: '"Catatan dari BKPSDM"', incoming: '"Catatan dari atasan"' }]);

    const before = await snapshot(hr);
    expect(await applyExchange(hr, { ...(await preview(await makePackage(desk))) }, {}, { now: LATER })).toEqual({ ok: true, value: { added: 0, replaced: 0 } });
    expect(await snapshot(hr)).toBe(before);

    const p = await preview(await makePackage(desk));
    const result = await applyExchange(hr, p, { [itemId({ table: 'evaluations', key: draft.id })]: 'incoming', [itemId({ table: 'evaluations', key: final.id })]: 'incoming' }, { now: LATER });
    expect(result).toEqual({ ok: true, value: { added: 0, replaced: 2 } });
    expect((await hr.evaluations.get(final.id))?.catatan).toBe('Diubah di meja atasan');
    const entry = await hr.audit.where('entityId').equals(final.id).last();
    expect(entry).toMatchObject({ action: 'update', entity: 'evaluations', changes: { catatan: { from: JSON.stringify(final.catatan), to: '"Diubah di meja atasan"' } } });
    expect(entry?.summary).toContain('final/ditandatangani');
  });

  it('leaves the database byte for byte as before when the import is interrupted halfway', async () => {
    await withoutTeamEvaluations(hr);
    await trust(hr, desk);
    const p = await preview(await makePackage(desk));
    const before = await snapshot(hr);
    hr.fault.armAfter(1);
    await expect(applyExchange(hr, p, {}, { now: LATER })).rejects.toThrow(/simulated fault/);
    hr.fault.disarm();
    expect(await snapshot(hr)).toBe(before);
  });

  it('aborts when a record changed after the preview was shown', async () => {
    const supervisor = await demoSupervisor(desk);
    const draft = (await desk.evaluations.where('periodId').equals(PERIOD).filter((e) => e.penilai?.employeeId === supervisor && e.status === 'draft').first())!;
    await desk.evaluations.update(draft.id, { catatan: 'Versi atasan' });
    await trust(hr, desk);
    const p = await preview(await makePackage(desk));
    await hr.evaluations.update(draft.id, { catatan: 'Diubah sesudah pratinjau' });
    const before = await snapshot(hr);
    const result = await applyExchange(hr, p, { [`evaluations/${draft.id}`]: 'incoming' }, { now: LATER });
    expect(result).toEqual({ ok: false, problems: [{ code: 'backup/stale-preview', params: { table: 'evaluations', key: draft.id } }] });
    expect(await snapshot(hr)).toBe(before);
  });

  it('says so when the supervisor has nothing to send for the period', async () => {
    const result = await (await import('./exchange.commands')).exportExchange(desk, { supervisorId: 'emp-9999', periodId: PERIOD, appVersion: 'x' });
    expect(result).toEqual({ ok: false, problems: [{ code: 'backup/empty-package' }] });
  });
});
