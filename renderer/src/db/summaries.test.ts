import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Employee } from '@shared/schemas/entities';
import type { Evaluation } from '@shared/schemas/evaluation';
import { readTables, replaceAllTables } from '../features/backup/backup-db';
import { AppDb } from './db';
import { summariesOfEmployees, summariesOfEvaluations } from './summaries';

// The summaries are derived data: whatever writes evaluations or employees, they must agree.
let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-summaries-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ev = (id: string, over: Partial<Evaluation> = {}): Evaluation =>
  ({ id, skpId: 's1', employeeId: `emp-${id}`, periodId: 'p1', year: 2026, revision: 1, status: 'draft', predikat: null, rhk: [], perilaku: [], catatan: 'x'.repeat(300), ...over }) as unknown as Evaluation;
const emp = (id: string, over: Partial<Employee> = {}): Employee =>
  ({ id, name: `Pegawai ${id}`, unitId: 'u1', positionId: 'p', status: 'aktif', kind: 'pns', birthDate: '1990-01-01', sex: 'P', searchKey: id, ...over }) as unknown as Employee;

/** The stored summaries equal summaries built from scratch from the source tables. */
async function agree(): Promise<void> {
  const [evaluations, employees, stored] = await Promise.all([db.evaluations.toArray(), db.employees.toArray(), db.summaries.toArray()]);
  const expected = [...summariesOfEvaluations(evaluations), ...summariesOfEmployees(employees)];
  const nonEmpty = stored.filter((s) => Object.keys(s.rows as object).length > 0);
  expect(new Map(nonEmpty.map((s) => [s.id, s.rows]))).toEqual(new Map(expected.map((s) => [s.id, s.rows])));
}

describe('packed summaries', () => {
  it('follow add, put, update, modify, bulkPut, delete, bulkDelete and clear of evaluations', async () => {
    await db.evaluations.add(ev('a'));
    await db.evaluations.put(ev('b', { status: 'final', predikat: 'baik' }));
    await agree();
    await db.evaluations.update('a', { predikat: 'butuh-perbaikan' });
    expect((await db.summaries.get('evaluations|p1'))?.rows).toMatchObject({ a: ['emp-a', 1, null, 'draft', 'butuh-perbaikan'] });
    await db.evaluations.where('status').equals('draft').modify({ status: 'final' });
    await agree();
    await db.evaluations.bulkPut([ev('c', { periodId: 'p2', revision: 2, supersedesId: 'b' }), ev('d')]);
    await agree();
    await db.evaluations.delete('a');
    await db.evaluations.bulkDelete(['c']);
    await agree();
    await db.evaluations.where('id').between('a', 'c').delete();
    await agree();
    await db.evaluations.clear();
    await agree();
    expect((await db.summaries.get('evaluations|p1'))).toBeUndefined();
  });

  it('follow employees: a new name, a move to another unit, a delete', async () => {
    await db.employees.bulkAdd([emp('e1'), emp('e2', { nip: '199512162025062001', gelarDepan: 'Dr.' })]);
    await agree();
    await db.employees.update('e1', { unitId: 'u2', gelarBelakang: 'S.Kom.' });
    expect((await db.summaries.get('employees'))?.rows).toMatchObject({ e1: ['Pegawai e1', null, 'S.Kom.', null, 'u2', 'aktif', 'pns'] });
    await db.employees.delete('e2');
    await agree();
  });

  it('an evaluation that moves to another period (a put over it) leaves its old period', async () => {
    await db.evaluations.put(ev('a'));
    await db.evaluations.put(ev('a', { periodId: 'p2' }));
    expect((await db.summaries.get('evaluations|p1'))?.rows).toEqual({});
    await agree();
  });

  it('a bulkAdd that fails for one record summarises exactly the records it wrote', async () => {
    await db.evaluations.add(ev('a', { predikat: 'baik' }));
    // Outside a transaction Dexie keeps the records that did not fail (BulkError for the rest).
    await expect(db.evaluations.bulkAdd([ev('x'), ev('a', { predikat: 'kurang' }), ev('y')])).rejects.toThrow();
    await agree();
    expect((await db.summaries.get('evaluations|p1'))?.rows).toMatchObject({ a: ['emp-a', 1, null, 'draft', 'baik'], x: ['emp-x', 1, null, 'draft', null] });
  });

  it("are written in the caller's transaction: a rolled-back transaction leaves no summary behind", async () => {
    await expect(
      db.transaction('rw', db.evaluations, db.audit, async () => {
        await db.evaluations.put(ev('a', { status: 'final', predikat: 'sangat-baik' }));
        throw new Error('gagal di tengah jalan');
      }),
    ).rejects.toThrow('gagal di tengah jalan');
    expect(await db.summaries.count()).toBe(0);
  });

  it('wake live queries that read only the summaries', async () => {
    const seen: number[] = [];
    const sub = liveQuery(async () => Object.keys(((await db.summaries.get('evaluations|p1'))?.rows as object | undefined) ?? {}).length).subscribe((n) => seen.push(n));
    await new Promise((r) => setTimeout(r, 50));
    await db.evaluations.put(ev('a', { status: 'final', predikat: 'baik' }));
    await new Promise((r) => setTimeout(r, 50));
    sub.unsubscribe();
    expect(seen.at(0)).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });

  it('are left out of backups, and a restore rebuilds them from the restored tables', async () => {
    await db.evaluations.bulkPut([ev('a', { status: 'final', predikat: 'baik' }), ev('b')]);
    await db.employees.add(emp('e1'));
    const backup = await readTables(db);
    expect(Object.keys(backup)).not.toContain('summaries');
    await db.evaluations.put(ev('c'));
    await db.employees.add(emp('e9'));
    await replaceAllTables(db, backup);
    expect(Object.keys(((await db.summaries.get('evaluations|p1'))?.rows as object) ?? {}).sort()).toEqual(['a', 'b']);
    await agree();
  });
});
