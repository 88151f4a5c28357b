import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../db/db';
import { signedCopies } from './documents.queries';

let db: AppDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const row = (id: string, documentId: string, updatedAt: string, text: string) => ({
  id,
  documentId,
  kind: 'dokumen-evaluasi' as const,
  employeeId: 'e1',
  periodId: 'p1',
  fileName: `${id}.pdf`,
  sha256: id.padEnd(64, '0'),
  size: text.length,
  signedBy: ['pegawai' as const],
  data: new Blob([text]),
  createdAt: updatedAt,
  updatedAt,
});

describe('signedCopies', () => {
  it('gives the latest signed copy of each asked document, and nothing for the others', async () => {
    db = new AppDb(`peka-signed-copies-${Math.random()}`);
    await db.open();
    await db.signedDocuments.bulkAdd([
      row('a', 'DEK-ev1', '2026-11-01T00:00:00.000Z', 'pegawai only'),
      row('b', 'DEK-ev1', '2026-11-02T00:00:00.000Z', 'pegawai and penilai'),
      row('c', 'DEK-ev2', '2026-11-01T00:00:00.000Z', 'other revision'),
    ]);
    const copies = await signedCopies(db, ['DEK-ev1', 'DEK-ev3']);
    expect([...copies.keys()]).toEqual(['DEK-ev1']);
    expect(await copies.get('DEK-ev1')!.text()).toBe('pegawai and penilai');
    expect((await signedCopies(db, [])).size).toBe(0);
  });
});
