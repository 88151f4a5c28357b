import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Evaluation } from '@shared/schemas/evaluation';
import { readTables, replaceAllTables } from '../features/backup/backup-db';
import { AppDb } from './db';
import { summaryOf } from './evaluation-summaries';

// The summaries are derived data: whatever writes the evaluations, the two tables must agree.
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

async function agree(): Promise<void> {
  const [evaluations, summaries] = await Promise.all([db.evaluations.orderBy('id').toArray(), db.evaluationSummaries.orderBy('id').toArray()]);
  expect(summaries).toEqual(evaluations.map(summaryOf));
}

describe('evaluation summaries', () => {
  it('follow add, put, update, modify, bulkPut, delete, bulkDelete and clear', async () => {
    await db.evaluations.add(ev('a'));
    await db.evaluations.put(ev('b', { status: 'final', predikat: 'baik' }));
    await agree();
    await db.evaluations.update('a', { predikat: 'butuh-perbaikan' });
    expect(await db.evaluationSummaries.get('a')).toMatchObject({ predikat: 'butuh-perbaikan', status: 'draft' });
    await db.evaluations.where('status').equals('draft').modify({ status: 'final' });
    expect(await db.evaluationSummaries.get('a')).toMatchObject({ status: 'final' });
    await db.evaluations.bulkPut([ev('c', { periodId: 'p2', revision: 2, supersedesId: 'b' }), ev('d')]);
    await agree();
    await db.evaluations.delete('a');
    await db.evaluations.bulkDelete(['c']);
    await agree();
    expect(await db.evaluationSummaries.count()).toBe(2);
    await db.evaluations.clear();
    expect(await db.evaluationSummaries.count()).toBe(0);
  });

  it('a bulkAdd that fails part-way writes neither the evaluations nor their summaries', async () => {
    await db.evaluations.add(ev('a', { predikat: 'baik' }));
    await expect(db.evaluations.bulkAdd([ev('x'), ev('a', { predikat: 'kurang' }), ev('y')])).rejects.toThrow();
    await agree();
    expect(await db.evaluationSummaries.get('a')).toMatchObject({ predikat: 'baik' });
  });

  it('are written in the caller\'s transaction: a rolled-back transaction leaves no summary behind', async () => {
    await expect(
      db.transaction('rw', db.evaluations, db.audit, async () => {
        await db.evaluations.put(ev('a', { status: 'final', predikat: 'sangat-baik' }));
        throw new Error('gagal di tengah jalan');
      }),
    ).rejects.toThrow('gagal di tengah jalan');
    expect(await db.evaluationSummaries.count()).toBe(0);
    await agree();
  });

  it('wake live queries that read only the summaries', async () => {
    const seen: number[] = [];
    const sub = liveQuery(() => db.evaluationSummaries.where('[periodId+status]').equals(['p1', 'final']).count()).subscribe((n) => seen.push(n));
    await new Promise((r) => setTimeout(r, 50));
    await db.evaluations.put(ev('a', { status: 'final', predikat: 'baik' }));
    await new Promise((r) => setTimeout(r, 50));
    sub.unsubscribe();
    expect(seen.at(0)).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });

  it('are left out of backups, and a restore rebuilds them from the restored evaluations', async () => {
    await db.evaluations.bulkPut([ev('a', { status: 'final', predikat: 'baik' }), ev('b')]);
    const backup = await readTables(db);
    expect(Object.keys(backup)).not.toContain('evaluationSummaries');
    await db.evaluations.put(ev('c'));
    await replaceAllTables(db, backup);
    expect(await db.evaluationSummaries.orderBy('id').primaryKeys()).toEqual(['a', 'b']);
    await agree();
  });
});
