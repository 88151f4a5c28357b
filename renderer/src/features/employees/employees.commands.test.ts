import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_VACANT_UNIT_ID, generateDemoAgency } from '@shared/demo/generate';
import { employeeToInput, resolveAppraisers } from '@shared/domain';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { addAppraiserOverride, removeAppraiserOverride } from './appraisers.commands';
import { saveEmployee } from './employees.commands';
import { savePosition, saveUnit } from './organisation.commands';

let db: AppDb;
const demo = generateDemoAgency();
beforeEach(async () => {
  db = new AppDb(`peka-emp-${Math.random()}`);
  await ensureInitialised(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const seksiData = demo.units.find((u) => u.name === 'Seksi Data dan Informasi Kepegawaian')!;
const operator = demo.positions.find((p) => p.unitId === seksiData.id && p.type === 'pelaksana')!;
const newcomer = { ...employeeToInput(), name: 'Rina Marlina', nip: '19960314 202103 2 017', birthDate: '1996-03-14', sex: 'P' as const, golonganRuang: 'II/c' as const, unitId: seksiData.id, positionId: operator.id };

describe('saveEmployee', () => {
  it('creates a valid employee with digits-only NIP, search key and an audit entry', async () => {
    const result = await saveEmployee(db, newcomer);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : '';
    expect(await db.employees.get(id)).toMatchObject({ nip: '199603142021032017', searchKey: 'rina marlina 199603142021032017', golonganRuang: 'II/c' });
    expect(await db.audit.where('entityId').equals(id).first()).toMatchObject({ action: 'create', summary: 'Pegawai baru: Rina Marlina' });
  });

  it('refuses each problem at its field and writes nothing', async () => {
    const before = await db.employees.count();
    const result = await saveEmployee(db, { ...newcomer, nip: '1996031420210320', sex: 'L', golonganRuang: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.nip).toMatch(/16 digit/);
      expect(result.errors.golonganRuang).toBeDefined();
    }
    expect(await db.employees.count()).toBe(before);
  });

  it('refuses a NIP held by someone else, and a birth date the NIP contradicts', async () => {
    const holder = demo.employees.find((e) => e.kind === 'pns')!;
    const taken = await saveEmployee(db, { ...newcomer, nip: holder.nip!, birthDate: holder.birthDate, sex: holder.sex });
    expect(!taken.ok && taken.errors.nip).toMatch(/sudah dipakai/);
    const wrongBirth = await saveEmployee(db, { ...newcomer, birthDate: '1996-03-15' });
    expect(!wrongBirth.ok && wrongBirth.errors.birthDate).toMatch(/berbeda/);
  });

  it('records a change field by field, a deactivation as such, and no entry when nothing changed', async () => {
    const someone = demo.employees.find((e) => e.kind === 'pppk' && e.status === 'aktif')!;
    const count = () => db.audit.where('entityId').equals(someone.id).count();
    await saveEmployee(db, employeeToInput(someone), someone.id);
    expect(await count()).toBe(0);
    await saveEmployee(db, { ...employeeToInput(someone), status: 'mutasi-keluar' }, someone.id);
    const entry = await db.audit.where('entityId').equals(someone.id).last();
    expect(entry).toMatchObject({ action: 'deactivate', changes: { status: { from: 'aktif', to: 'mutasi-keluar' } } });
  });
});

describe('appraiser overrides', () => {
  it('a Plt takes over for its dates only, and removing it restores the default', async () => {
    const staff = demo.employees.find((e) => e.unitId === DEMO_VACANT_UNIT_ID && e.status === 'aktif')!;
    const plt = demo.employees.find((e) => e.kind === 'pns' && e.status === 'aktif' && e.id !== staff.id)!;
    const added = await addAppraiserOverride(db, { employeeId: staff.id, penilaiId: plt.id, from: '2026-03-01', to: '2026-06-30', note: 'plt' });
    expect(added.ok).toBe(true);
    const data = async () => ({ employees: await db.employees.toArray(), units: await db.units.toArray(), positions: await db.positions.toArray(), overrides: await db.appraiserOverrides.toArray() });
    expect(resolveAppraisers(staff.id, await data(), '2026-04-01').penilai).toMatchObject({ employeeId: plt.id, source: 'override' });
    expect(resolveAppraisers(staff.id, await data(), '2026-07-01').penilai.source).toBe('unit-head');
    await removeAppraiserOverride(db, added.ok ? added.id : '');
    expect(await db.appraiserOverrides.count()).toBe(0);
    expect(await db.audit.where('entity').equals('appraiser-override').count()).toBe(2);
  });

  it('refuses an end before the start, and an unknown person', async () => {
    const staff = demo.employees[5]!;
    const backwards = await addAppraiserOverride(db, { employeeId: staff.id, penilaiId: demo.employees[6]!.id, from: '2026-06-01', to: '2026-05-01', note: 'plh' });
    expect(!backwards.ok && backwards.errors['to']).toMatch(/Tanggal akhir/);
    const ghost = await addAppraiserOverride(db, { employeeId: staff.id, penilaiId: 'nobody', from: '2026-06-01', note: 'plh' });
    expect(!ghost.ok && ghost.errors['penilaiId']).toMatch(/tidak ditemukan/);
    expect(await db.appraiserOverrides.count()).toBe(0);
  });
});

describe('units and positions', () => {
  it('adds a kelurahan under the kecamatan and a position in it, with audit entries', async () => {
    const kecamatan = demo.units.find((u) => u.kind === 'kecamatan')!;
    const unit = await saveUnit(db, { name: 'Kelurahan Serpong', shortName: '', kind: 'kelurahan', parentId: kecamatan.id, headEmployeeId: null });
    expect(unit.ok).toBe(true);
    const unitId = unit.ok ? unit.id : '';
    const position = await savePosition(db, { name: 'Lurah Serpong', type: 'pengawas', unitId });
    expect(position.ok).toBe(true);
    const missingGroup = await savePosition(db, { name: 'Staf', type: 'pelaksana', unitId });
    expect(!missingGroup.ok && missingGroup.errors['pelaksanaGroup']).toMatch(/Klerek/);
    expect(await db.audit.where('entity').anyOf('unit', 'position').count()).toBe(2);
  });
});
