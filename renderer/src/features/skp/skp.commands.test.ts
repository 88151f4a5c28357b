import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullName } from '@shared/schemas/entities';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import type { AppDb } from '../../db/db';
import { createFromLastYear, createSkp, saveSkpDraft, snapshotDay } from './skp.commands';
import { approveSkp, reopenSkp, submitSkp } from './skp-workflow.commands';
import { appraisersOfPelaksana, complete, demo, dropDb, freshDb, jptPratama, kepalaDaerah, pelaksana, penilai, retired, YEAR } from './skp.test-helper';

let db: AppDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => dropDb(db));

const audits = (id: string) => db.audit.where('entityId').equals(id).toArray();
const created = async (employeeId = pelaksana.id, year = YEAR) => {
  const r = await createSkp(db, employeeId, year, new Date(`${year}-01-05T08:00:00Z`));
  if (!r.ok) throw new Error(r.code);
  return (await db.skps.get(r.id))!;
};

describe('createSkp', () => {
  it('makes a JA/JF draft with snapshots of the employee, penilai and atasan, seven values, empty lampiran', async () => {
    const skp = await created();
    const atasan = demo.employees.find((e) => e.id === appraisersOfPelaksana.atasanPenilai.employeeId)!;
    expect(skp).toMatchObject({ employeeId: pelaksana.id, year: YEAR, form: 'ja-jf', approach: 'kuantitatif', status: 'draft', rhk: [] });
    expect(skp.pegawai).toMatchObject({ employeeId: pelaksana.id, name: fullName(pelaksana), nip: pelaksana.nip });
    expect(skp.pegawai.jabatan).toBe(demo.positions.find((p) => p.id === pelaksana.positionId)!.name);
    expect(skp.penilai).toMatchObject({ employeeId: penilai.id, name: fullName(penilai) });
    expect(skp.atasanPenilai?.employeeId).toBe(atasan.id);
    expect(skp.perilaku.map((p) => p.value)).toEqual(BERAKHLAK.map((v) => v.key));
    expect(skp.lampiran).toEqual({ dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] });
    expect(await audits(skp.id)).toEqual([expect.objectContaining({ action: 'create', entity: 'skp', summary: `SKP ${YEAR} dibuat: ${fullName(pelaksana)}` })]);
  });

  it('uses the JPT form for a JPT, whose penilai is the Kepala Daerah (no NIP) and who has no atasan', async () => {
    const skp = await created(jptPratama.id);
    expect(skp.form).toBe('jpt');
    expect(skp.penilai).toMatchObject({ employeeId: kepalaDaerah.id, pangkat: '-' });
    expect(skp.penilai).not.toHaveProperty('nip');
    expect(skp.atasanPenilai).toBeNull();
  });

  it('refuses a second SKP for the same employee and year, and writes nothing', async () => {
    await created();
    const count = await db.skps.count();
    const auditCount = await db.audit.count();
    expect(await createSkp(db, pelaksana.id, YEAR)).toEqual({ ok: false, code: 'skp/exists', params: { name: fullName(pelaksana), year: YEAR } });
    expect(await db.skps.count()).toBe(count);
    expect(await db.audit.count()).toBe(auditCount);
  });

  it('refuses the Kepala Daerah, an inactive employee, an unknown one, and a year not set up', async () => {
    expect(await createSkp(db, kepalaDaerah.id, YEAR)).toMatchObject({ ok: false, code: 'skp/kepala-daerah' });
    expect(await createSkp(db, retired.id, YEAR)).toMatchObject({ ok: false, code: 'skp/inactive' });
    expect(await createSkp(db, 'nobody', YEAR)).toMatchObject({ ok: false, code: 'skp/employee-not-found' });
    expect(await createSkp(db, pelaksana.id, 2030)).toEqual({ ok: false, code: 'skp/year-missing', params: { year: 2030 } });
    expect(await db.skps.where('year').equals(YEAR).count()).toBe(0);
  });

  it('takes the appraiser chain of today while the year runs, else of its first day', () => {
    expect(snapshotDay(2027, new Date('2027-03-10T12:00:00'))).toBe('2027-03-10');
    expect(snapshotDay(2027, new Date('2026-11-10T12:00:00'))).toBe('2027-01-01');
  });
});

describe('createFromLastYear', () => {
  it("copies last year's content with new ids into a new draft", async () => {
    const last = await created(pelaksana.id, YEAR - 1);
    await db.skps.put({ ...complete(last), status: 'disetujui' });
    const r = await createFromLastYear(db, pelaksana.id, YEAR);
    expect(r.ok).toBe(true);
    const copy = (await db.skps.get(r.ok ? r.id : ''))!;
    expect(copy).toMatchObject({ year: YEAR, status: 'draft', lampiran: complete(last).lampiran });
    expect(copy.rhk[0]!.text).toBe('Terlaksananya pelayanan administrasi');
    expect(copy.rhk[0]!.id).not.toBe('r1');
    expect(copy.rhk[0]!.iki[0]!.id).not.toBe('i1');
    expect((await audits(copy.id))[0]!.summary).toMatch(new RegExp(`dari SKP ${YEAR - 1}`));
  });

  it('refuses when there is no SKP of the year before, or one exists already this year', async () => {
    expect(await createFromLastYear(db, pelaksana.id, YEAR)).toEqual({ ok: false, code: 'skp/last-year-missing', params: { year: YEAR - 1 } });
    await created(pelaksana.id, YEAR - 1);
    await created(pelaksana.id, YEAR);
    expect(await createFromLastYear(db, pelaksana.id, YEAR)).toMatchObject({ ok: false, code: 'skp/exists' });
  });
});

describe('saveSkpDraft', () => {
  it('saves the plan only: identity and workflow fields of the input are ignored', async () => {
    const skp = await created();
    const r = await saveSkpDraft(db, { ...complete(skp), status: 'disetujui', pegawai: { ...skp.pegawai, name: 'Orang Lain' } } as typeof skp, new Date(`${YEAR}-01-06T08:00:00Z`));
    expect(r.ok).toBe(true);
    const stored = (await db.skps.get(skp.id))!;
    expect(stored.status).toBe('draft');
    expect(stored.pegawai.name).toBe(fullName(pelaksana));
    expect(stored.rhk).toHaveLength(1);
    expect(stored.updatedAt > skp.updatedAt).toBe(true);
  });

  it('does not audit the typing of a first draft', async () => {
    const skp = await created();
    await saveSkpDraft(db, complete(skp));
    expect(await audits(skp.id)).toHaveLength(1);
  });

  it('refuses invalid content (a negative target) and writes nothing', async () => {
    const skp = await created();
    const bad = complete(skp);
    bad.rhk[0]!.iki[0]!.target = { kind: 'kuantitatif', value: -1, unit: 'berkas' };
    expect(await saveSkpDraft(db, bad)).toMatchObject({ ok: false, code: 'skp/invalid' });
    expect((await db.skps.get(skp.id))!.rhk).toEqual([]);
  });

  it('refuses a submitted or approved SKP and an unknown one, writing nothing', async () => {
    const skp = await created();
    await saveSkpDraft(db, complete(skp));
    await submitSkp(db, skp.id);
    const changed = { ...complete(skp), lampiran: { ...complete(skp).lampiran, konsekuensi: ['Diubah diam-diam'] } };
    expect(await saveSkpDraft(db, changed)).toEqual({ ok: false, code: 'skp/not-editable', params: { status: 'diajukan' } });
    await approveSkp(db, skp.id);
    expect(await saveSkpDraft(db, changed)).toEqual({ ok: false, code: 'skp/not-editable', params: { status: 'disetujui' } });
    expect((await db.skps.get(skp.id))!.lampiran.konsekuensi).toEqual(['Sesuai ketentuan']);
    expect(await saveSkpDraft(db, { ...changed, id: 'missing' })).toMatchObject({ ok: false, code: 'skp/not-found' });
  });

  it('audits every change after approval (reopened), item by item', async () => {
    const skp = await created();
    await saveSkpDraft(db, complete(skp));
    await submitSkp(db, skp.id);
    await approveSkp(db, skp.id);
    await reopenSkp(db, skp.id, 'Target berubah karena refocusing anggaran');
    const reopened = (await db.skps.get(skp.id))!;
    await saveSkpDraft(db, { ...reopened, lampiran: { ...reopened.lampiran, konsekuensi: ['Teguran tertulis'] } });
    const last = (await audits(skp.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'update', entity: 'skp', summary: expect.stringMatching(/diubah setelah dibuka kembali/) });
    expect(last.changes).toEqual({ 'lampiran.konsekuensi': { from: ['Sesuai ketentuan'], to: ['Teguran tertulis'] } });
  });

  it('writes nothing when nothing changed', async () => {
    const skp = await created();
    const r = await saveSkpDraft(db, skp);
    expect(r.ok && r.skp.updatedAt).toBe(skp.updatedAt);
  });
});
