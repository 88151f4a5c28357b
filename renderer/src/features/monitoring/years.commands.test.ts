import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { saveRealisasi } from './realisasi.commands';
import { createYear, setPeriodStatus, updateYear } from './years.commands';
import { seedSkp } from './monitoring.db-test-helper';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-mon-years-${Math.random()}`);
  await ensureInitialised(db);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('createYear', () => {
  it('creates the year with its periods in one go, audited', async () => {
    const result = await createYear(db, { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' });
    expect(result).toEqual({ ok: true, id: 'year-2027' });
    const periods = (await db.periods.where('year').equals(2027).sortBy('index')).map((p) => `${p.label} ${p.start}..${p.end} ${p.status}`);
    expect(periods).toEqual([
      'TRIWULAN I 2027-01-01..2027-03-31 open',
      'TRIWULAN II 2027-04-01..2027-06-30 open',
      'TRIWULAN III 2027-07-01..2027-09-30 open',
      'TRIWULAN IV-AKHIR 2027-10-01..2027-12-31 open',
    ]);
    expect(await db.audit.where('entityId').equals('year-2027').first()).toMatchObject({ action: 'create', entity: 'appraisalYear' });
  });

  it('refuses a duplicate year at its field and writes nothing more', async () => {
    await createYear(db, { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' });
    const again = await createYear(db, { year: 2027, periodType: 'bulanan', skpDeadline: '2027-01-31' });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.errors?.['year']).toMatch(/Tahun 2027 sudah disiapkan/);
    expect(await db.periods.where('year').equals(2027).count()).toBe(4);
    expect(await db.appraisalYears.where('year').equals(2027).count()).toBe(1);
  });

  it('refuses bad input at the fields', async () => {
    const r = await createYear(db, { year: 1999, periodType: 'triwulan', skpDeadline: '1999-01-31' });
    expect(!r.ok && r.errors?.['year']).toMatch(/2022/);
    expect(await db.appraisalYears.where('year').equals(1999).count()).toBe(0);
  });
});

describe('updateYear', () => {
  it('changes the period type while nothing is recorded, replacing the periods', async () => {
    await createYear(db, { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' });
    expect(await updateYear(db, 'year-2027', { periodType: 'semester', skpDeadline: '2027-02-15' })).toEqual({ ok: true, id: 'year-2027' });
    expect((await db.periods.where('year').equals(2027).sortBy('index')).map((p) => p.label)).toEqual(['SEMESTER I', 'SEMESTER II-AKHIR']);
    expect((await db.appraisalYears.get('year-2027'))?.skpDeadline).toBe('2027-02-15');
  });

  it('refuses to change the period type once a realisation exists, with a clear message', async () => {
    await createYear(db, { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' });
    const skp = await seedSkp(db);
    await saveRealisasi(db, { skpId: skp.id, periodId: 'period-2027-triwulan-1', rhkId: 'rhk-1', rencanaAksi: [], realisasi: { 'iki-1': '4 hari' } });
    const r = await updateYear(db, 'year-2027', { periodType: 'bulanan', skpDeadline: '2027-01-31' });
    expect(r).toEqual({ ok: false, problem: { code: 'monitor/period-type-locked', params: { year: 2027, count: 1 } } });
    expect(await db.periods.where('year').equals(2027).count()).toBe(4);
    expect((await db.appraisalYears.get('year-2027'))?.periodType).toBe('triwulan');
    // The deadline alone may still change.
    expect((await updateYear(db, 'year-2027', { periodType: 'triwulan', skpDeadline: '2027-02-28' })).ok).toBe(true);
  });
});

describe('setPeriodStatus', () => {
  it('closes and reopens a period, each audited', async () => {
    await createYear(db, { year: 2027, periodType: 'triwulan', skpDeadline: '2027-01-31' });
    const id = 'period-2027-triwulan-1';
    await setPeriodStatus(db, id, 'closed');
    expect((await db.periods.get(id))?.status).toBe('closed');
    await setPeriodStatus(db, id, 'open');
    expect((await db.periods.get(id))?.status).toBe('open');
    const entries = await db.audit.where('entityId').equals(id).toArray();
    expect(entries.map((e) => e.summary)).toEqual(['Periode TRIWULAN I 2027 ditutup', 'Periode TRIWULAN I 2027 dibuka kembali']);
    expect(entries[0]?.changes).toEqual({ status: { from: 'open', to: 'closed' } });
  });
});
