import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cascadeMatrix } from '@shared/domain';
import type { AppDb } from '../../db/db';
import { loadOrganisation } from '../employees/organisation.queries';
import { createSkp, saveSkpDraft } from './skp.commands';
import { buildSkpRows, filterSkpRows } from './skp-list';
import { approveSkp, submitSkp } from './skp-workflow.commands';
import { loadSkpIndex, loadSubordinateSkps, loadSupervisorSkp } from './skp.queries';
import { complete, dropDb, freshDb, kepalaDaerah, pelaksana, penilai, retired, YEAR } from './skp.test-helper';

let db: AppDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => dropDb(db));

async function approved(employeeId: string, year = YEAR) {
  const r = await createSkp(db, employeeId, year);
  if (!r.ok) throw new Error(r.code);
  await saveSkpDraft(db, complete((await db.skps.get(r.id))!));
  await submitSkp(db, r.id);
  await approveSkp(db, r.id);
  return (await db.skps.get(r.id))!;
}

describe('SKP index of a year', () => {
  it('knows who has an SKP this year with its status, and who had one last year', async () => {
    const last = await approved(pelaksana.id, YEAR - 1);
    const draft = await createSkp(db, penilai.id, YEAR);
    const index = await loadSkpIndex(db, YEAR);
    expect(index.thisYear.get(penilai.id)).toEqual({ id: draft.ok ? draft.id : '', status: 'draft' });
    expect(index.thisYear.has(pelaksana.id)).toBe(false);
    expect(index.lastYear).toEqual(new Set([pelaksana.id]));
    expect((await loadSkpIndex(db, YEAR - 1)).thisYear.get(pelaksana.id)).toEqual({ id: last.id, status: 'disetujui' });
  });

  it('lists active employees and filters by status, search and unit', async () => {
    const rows = buildSkpRows(await loadOrganisation(db), await loadSkpIndex(db, YEAR));
    expect(rows.some((r) => r.employee.id === retired.id)).toBe(false);
    expect(rows.find((r) => r.employee.id === kepalaDaerah.id)?.needsSkp).toBe(false);
    const all = { query: '', unitIds: null, status: null };
    expect(filterSkpRows(rows, { ...all, status: 'draft' }).map((r) => r.employee.id)).toEqual([]);
    await createSkp(db, pelaksana.id, YEAR);
    const rows2 = buildSkpRows(await loadOrganisation(db), await loadSkpIndex(db, YEAR));
    expect(filterSkpRows(rows2, { ...all, status: 'draft' }).map((r) => r.employee.id)).toEqual([pelaksana.id]);
    expect(filterSkpRows(rows2, { ...all, status: 'none' }).some((r) => r.employee.id === pelaksana.id || r.employee.id === kepalaDaerah.id)).toBe(false);
    expect(filterSkpRows(rows2, { ...all, query: pelaksana.nip!.slice(0, 14) }).map((r) => r.employee.id)).toContain(pelaksana.id);
    expect(filterSkpRows(rows2, { ...all, unitIds: new Set([pelaksana.unitId]) }).every((r) => r.employee.unitId === pelaksana.unitId)).toBe(true);
  });
});

describe('supervisor and subordinates', () => {
  it("offers the supervisor's SKP only once approved, and builds the cascade from the subordinates' links", async () => {
    const mine = await createSkp(db, pelaksana.id, YEAR);
    const skp = (await db.skps.get(mine.ok ? mine.id : ''))!;
    const bossDraft = await createSkp(db, penilai.id, YEAR);
    expect(await loadSupervisorSkp(db, penilai.id, YEAR)).toBeUndefined();
    await saveSkpDraft(db, complete((await db.skps.get(bossDraft.ok ? bossDraft.id : ''))!));
    await submitSkp(db, bossDraft.ok ? bossDraft.id : '');
    await approveSkp(db, bossDraft.ok ? bossDraft.id : '');
    const boss = (await loadSupervisorSkp(db, penilai.id, YEAR))!;
    expect(boss.employeeId).toBe(penilai.id);

    const linked = complete(skp);
    linked.rhk[0]!.intervensi = { kind: 'link', skpId: boss.id, rhkId: boss.rhk[0]!.id, text: boss.rhk[0]!.text };
    await saveSkpDraft(db, linked);
    const subs = await loadSubordinateSkps(db, boss);
    expect(subs.map((s) => s.employeeId)).toEqual([pelaksana.id]);
    const m = cascadeMatrix(boss, subs);
    expect(m.rows[0]!.cells[0]!.rhk.map((r) => r.text)).toEqual(['Terlaksananya pelayanan administrasi']);
  });
});
