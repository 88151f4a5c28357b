import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { identitasSeksi, seedSkp } from './monitoring.db-test-helper';
import { setDeskEmployee } from './monitoring-settings';
import { saveRealisasi } from './realisasi.commands';
import { loadTeam } from './team.queries';
import { loadTrend } from './trend.queries';
import { createYear, setPeriodStatus } from './years.commands';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-mon-team-${Math.random()}`);
  await ensureInitialised(db);
  await createYear(db, { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('loadTeam', () => {
  it("lists the supervisor's subordinates with and without an SKP, and what is overdue", async () => {
    const { head, staff } = await identitasSeksi(db);
    const skp = await seedSkp(db);
    await saveRealisasi(db, { skpId: skp.id, periodId: 'period-2027-triwulan-1', rhkId: 'rhk-1', rencanaAksi: [], realisasi: { 'iki-1': '3 hari' } });
    await setPeriodStatus(db, 'period-2027-triwulan-1', 'closed');
    const view = await loadTeam(db, { supervisorId: head.id, year: 2027, periodId: 'period-2027-triwulan-2', today: '2027-02-15' });
    expect(view.supervisors.map((e) => e.id)).toContain(head.id);
    expect(view.rows.map((r) => r.employeeId).sort()).toEqual(staff.map((e) => e.id).sort());
    const withSkp = view.rows.find((r) => r.skpId === skp.id)!;
    expect(withSkp.overdue).toEqual([{ kind: 'realisasi-missing', periodId: 'period-2027-triwulan-1', periodLabel: 'TRIWULAN I', missing: 1, total: 2, reason: 'closed' }]);
    expect(view.rows.filter((r) => !r.skpId).every((r) => r.overdue[0]?.kind === 'skp-missing')).toBe(true);
  });

  it('shows nobody before a supervisor is chosen, and remembers the desk user (audited)', async () => {
    const { head } = await identitasSeksi(db);
    // The demo starts with this Kepala Seksi as the desk user; start from a desk with none.
    await db.settings.update('app', { deskEmployeeId: undefined });
    expect((await loadTeam(db, { supervisorId: null, year: 2027, periodId: null, today: '2027-02-15' })).rows).toEqual([]);
    await setDeskEmployee(db, head.id);
    expect((await db.settings.get('app'))?.deskEmployeeId).toBe(head.id);
    expect(await db.audit.where('entity').equals('settings').last()).toMatchObject({ summary: `Pengguna meja ini: ${head.name}` });
  });
});

describe('loadTrend', () => {
  it("offers the unit's IKI and averages the numbers per period", async () => {
    const a = await seedSkp(db, {}, 0);
    const b = await seedSkp(db, {}, 1);
    const p1 = 'period-2027-triwulan-1';
    await saveRealisasi(db, { skpId: a.id, periodId: p1, rhkId: 'rhk-1', rencanaAksi: [], realisasi: { 'iki-1': '4,5 hari' } });
    await saveRealisasi(db, { skpId: b.id, periodId: p1, rhkId: 'rhk-1', rencanaAksi: [], realisasi: { 'iki-1': '2,5 hari' } });
    const dukcapil = (await db.units.toArray()).find((u) => u.name === 'Dinas Kependudukan dan Pencatatan Sipil')!;
    const first = await loadTrend(db, { unitId: dukcapil.id, year: 2027, groupKey: null });
    expect(first.skpCount).toBe(2);
    const group = first.groups.find((g) => g.text === 'Rata-rata waktu penerbitan akta kelahiran')!;
    expect(group).toMatchObject({ unit: 'hari', skpCount: 2 });
    const { series } = await loadTrend(db, { unitId: dukcapil.id, year: 2027, groupKey: group.key });
    expect(series?.[0]).toMatchObject({ label: 'TRIWULAN I', count: 2, avg: 3.5, min: 2.5, max: 4.5 });
    expect(series?.[1]).toMatchObject({ count: 0, avg: null });
  });
});
