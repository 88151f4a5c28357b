import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditActorOf } from '@shared/domain/access';
import { createTranslator } from '@shared/i18n/translate';
import { appendAudit, SYSTEM_ACTOR, verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { auditPage, auditTime, buildAuditWorkbook } from './audit-log';
import { updateSettings } from './settings.commands';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-audit-log-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const t = createTranslator('id');

async function entries(n: number) {
  for (let i = 1; i <= n; i++) {
    await appendAudit(db, { at: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T03:00:00.000Z`, actor: i % 2 ? 'Siti Aminah (HR)' : 'Budi Santoso (Pejabat Penilai)', action: 'update', entity: i % 3 ? 'skp' : 'employee', entityId: `id-${i}`, summary: `Perubahan nomor ${i}` });
  }
}

describe('who the audit log names', () => {
  it('a desk profile names its person and role; no profile is "pengguna"', () => {
    expect(auditActorOf({ role: 'penilai', name: 'Budi Santoso, S.E.' })).toBe('Budi Santoso, S.E. (Pejabat Penilai)');
    expect(auditActorOf({ role: 'hr', name: '  Siti  ' })).toBe('Siti (HR)');
    expect(auditActorOf({ role: 'pelatih', name: 'Rina' })).toBe('Rina (Pelatih)');
    expect(auditActorOf(undefined)).toBe('pengguna');
  });

  it('a change made at the desk carries the desk user; automatic work stays "sistem"; the chain verifies', async () => {
    await updateSettings(db, { signingPlace: 'Pamulang' });
    db.setDeskActor(auditActorOf({ role: 'hr', name: 'Siti Aminah' }));
    await updateSettings(db, { signingPlace: 'Serpong' });
    await appendAudit(db, { actor: SYSTEM_ACTOR, action: 'create', entity: 'backup', entityId: 'b1', summary: 'Cadangan otomatis' });
    const log = await db.audit.orderBy('id').toArray();
    expect(log.map((e) => e.actor)).toEqual(['pengguna', 'Siti Aminah (HR)', 'sistem']);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, count: 3 });
  });
});

describe('reading the log (Pengaturan → Log audit)', () => {
  it('pages newest first by entry number, and the pages do not move when entries are added', async () => {
    await entries(60);
    const first = await auditPage(db);
    expect(first.entries.map((e) => e.id)).toEqual(Array.from({ length: 25 }, (_, i) => 60 - i));
    expect(first.hasOlder).toBe(true);
    const second = await auditPage(db, { beforeId: first.entries.at(-1)!.id });
    expect(second.entries[0]!.id).toBe(35);
    await entries(5);
    const again = await auditPage(db, { beforeId: 36 });
    expect(again.entries.map((e) => e.id)).toEqual(second.entries.map((e) => e.id));
    const last = await auditPage(db, { beforeId: 11 });
    expect(last.entries.map((e) => e.id)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(last.hasOlder).toBe(false);
  });

  it('finds entries by every word of the search, in the name, the summary, the kind of data or its id', async () => {
    await entries(30);
    const budi = await auditPage(db, { query: 'budi PENILAI', limit: 100 });
    expect(budi.entries).toHaveLength(15);
    expect(budi.entries.every((e) => e.actor.startsWith('Budi'))).toBe(true);
    const one = await auditPage(db, { query: 'nomor 27' });
    expect(one.entries.map((e) => e.entityId)).toEqual(['id-27']);
    const employees = await auditPage(db, { query: 'employee', limit: 100 });
    expect(employees.entries.map((e) => e.id)).toEqual([30, 27, 24, 21, 18, 15, 12, 9, 6, 3]);
    expect((await auditPage(db, { query: 'tidak ada yang begini' })).entries).toEqual([]);
  });

  it('the XLSX holds every entry with its time, author, labels and hash', async () => {
    await entries(3);
    const log = (await db.audit.orderBy('id').reverse().toArray());
    const bytes = await buildAuditWorkbook(log, t, new Date('2026-11-28T10:00:00Z'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Log audit');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['No.', 'Waktu', 'Oleh', 'Tindakan', 'Data', 'ID data', 'Ringkasan', 'Perubahan', 'Hash']);
    expect(sheet.rowCount).toBe(4);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row.slice(0, 7)).toEqual([3, auditTime(log[0]!.at), 'Siti Aminah (HR)', 'Diubah', 'Pegawai', 'id-3', 'Perubahan nomor 3']);
    expect(row[8]).toBe(log[0]!.hash);
  });
});
