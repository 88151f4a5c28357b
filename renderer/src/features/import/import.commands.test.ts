import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPreview, employeesToRows, IMPORT_FIELDS, type ImportField, type ImportPreview, prepareTable } from '@shared/import';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { exportEmployees } from './export';
import { demo, HEADERS, makeXlsx, newRow, someDemoPns, type XlsxValue } from './fixtures.test-helper';
import { commitImport, loadExisting } from './import.commands';
import { readImportFile } from './read-file';

let db: AppDb;
beforeEach(async () => {
  db = new AppDb(`peka-import-${Math.random()}`);
  await db.open();
  await ensureInitialised(db, new Date('2026-01-02T08:00:00Z'));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function previewBytes(fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
  const read = await readImportFile(fileName, bytes);
  if (!read.ok) throw new Error(read.problem.code);
  const prepared = prepareTable(read.table);
  if (!prepared.ok) throw new Error(prepared.problem.code);
  return buildPreview(prepared.value, prepared.value.mapping, await loadExisting(db), { fileName, now: new Date().toISOString(), newId: () => crypto.randomUUID() });
}

const previewRows = async (rows: XlsxValue[][]) => previewBytes('pegawai.xlsx', await makeXlsx([HEADERS, ...rows]));

async function snapshot() {
  return { employees: await db.employees.toArray(), positions: await db.positions.toArray(), audit: await db.audit.toArray() };
}

/** The demo employee as the export writes it, with some columns changed. */
function rowOf(nip: string, over: Partial<Record<ImportField, XlsxValue>> = {}): XlsxValue[] {
  const exported = employeesToRows(demo.employees, demo.units, demo.positions);
  const row = exported.rows.find((r) => r[0] === nip)!;
  return IMPORT_FIELDS.map((f, i) => {
    if (f in over) return over[f]!;
    const cell = row[i]!;
    return typeof cell === 'string' ? cell : new Date(`${cell.date}T00:00:00Z`);
  });
}

describe('commit', () => {
  it('creates new employees and a position in one go, with one summary audit entry', async () => {
    const rows = [newRow({}, 1), newRow({ jabatan: 'Analis Kepegawaian Ahli Pertama', jenisJabatan: 'JF Keahlian' }, 2)];
    const p = await previewRows(rows);
    const before = await snapshot();
    const result = await commitImport(db, p.plan!, new Date('2026-11-28T02:00:00Z'));
    expect(result).toEqual({ ok: true, created: 2, updated: 0, unchanged: 0, positions: 1 });
    expect(await db.employees.count()).toBe(before.employees.length + 2);
    expect(await db.positions.count()).toBe(before.positions.length + 1);
    const created = await db.employees.where('nip').equals('199503162020012002').first();
    expect(created).toMatchObject({ name: 'Pegawai Uji 2', createdAt: '2026-11-28T02:00:00.000Z', searchKey: 'pegawai uji 2 199503162020012002' });
    expect((await db.positions.get(created!.positionId))!.name).toBe('Analis Kepegawaian Ahli Pertama');
    const audit = (await db.audit.toArray()).slice(before.audit.length);
    expect(audit.map((a) => [a.action, a.summary])).toEqual([
      ['create', 'Pegawai baru lewat impor pegawai.xlsx: Pegawai Uji 1, S.Kom.'],
      ['create', 'Pegawai baru lewat impor pegawai.xlsx: Pegawai Uji 2, S.Kom.'],
      ['import', 'Impor pegawai dari pegawai.xlsx: 2 baru, 0 diperbarui, 0 tidak berubah, 1 jabatan baru'],
    ]);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  it('a changed row updates the employee found by NIP and records the change', async () => {
    const someone = someDemoPns();
    const p = await previewRows([rowOf(someone.nip!, { gelarBelakang: 'S.Kom., M.T.', status: 'Tugas Belajar' })]);
    expect(p.counts).toEqual({ new: 0, update: 1, unchanged: 0, error: 0 });
    await commitImport(db, p.plan!, new Date('2026-11-28T02:00:00Z'));
    const stored = await db.employees.get(someone.id);
    expect(stored).toMatchObject({ gelarBelakang: 'S.Kom., M.T.', status: 'tugas-belajar', updatedAt: '2026-11-28T02:00:00.000Z', createdAt: someone.createdAt });
    const entry = await db.audit.where('entityId').equals(someone.id).last();
    expect(entry).toMatchObject({ action: 'deactivate', entity: 'employee', summary: `Dinonaktifkan lewat impor pegawai.xlsx: ${someone.name}, S.Kom., M.T.` });
    expect(entry!.changes).toEqual({ gelarBelakang: { from: someone.gelarBelakang, to: 'S.Kom., M.T.' }, status: { from: 'aktif', to: 'tugas-belajar' } });
  });

  it('importing the same file again writes nothing: no audit entry, no new updatedAt', async () => {
    const someone = someDemoPns();
    const bytes = await makeXlsx([HEADERS, newRow({}, 1), rowOf(someone.nip!, { status: 'Pensiun' })]);
    await commitImport(db, (await previewBytes('a.xlsx', bytes)).plan!, new Date('2026-11-28T02:00:00Z'));
    const after = await snapshot();
    const again = await previewBytes('a.xlsx', bytes);
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 2, error: 0 });
    expect(await commitImport(db, again.plan!, new Date('2026-11-29T02:00:00Z'))).toEqual({ ok: true, created: 0, updated: 0, unchanged: 2, positions: 0 });
    expect(await snapshot()).toEqual(after);
  });

  it('is all or nothing: a clash halfway through leaves the database as it was', async () => {
    const someone = someDemoPns();
    const p = await previewRows([rowOf(someone.nip!, { status: 'Pensiun' }), newRow({ jabatan: 'Analis Kepegawaian Ahli Pertama', jenisJabatan: 'JF Keahlian' }, 1), newRow({}, 2)]);
    // Someone else saves an employee with one of the new NIPs after the preview was made.
    await db.employees.add({ ...someone, id: 'other-window', nip: '199503162020012002' });
    const before = await snapshot();
    expect(await commitImport(db, p.plan!)).toEqual({ ok: false, code: 'import/stale' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a plan whose employee was changed after the preview', async () => {
    const someone = someDemoPns();
    const p = await previewRows([rowOf(someone.nip!, { status: 'Pensiun' })]);
    await db.employees.update(someone.id, { name: 'Diubah Di Jendela Lain', updatedAt: '2026-11-28T03:00:00.000Z' });
    const before = await snapshot();
    expect(await commitImport(db, p.plan!)).toEqual({ ok: false, code: 'import/stale' });
    expect(await snapshot()).toEqual(before);
  });

  it('a preview never writes, even with errors; errors leave no plan', async () => {
    const before = await snapshot();
    const p = await previewRows([newRow({}, 1), newRow({ nip: '1995031620200120' }, 2)]);
    expect(p.plan).toBeNull();
    expect(await snapshot()).toEqual(before);
  });
});

describe('export', () => {
  it('exports to XLSX that imports back unchanged (round trip)', async () => {
    let saved: { suggestedName: string; data: Uint8Array } | undefined;
    const host = {
      kind: 'browser' as const,
      call: async (_channel: string, input: unknown) => {
        saved = input as typeof saved;
        return { ok: true, value: { saved: true, fileName: 'x' } };
      },
    } as never;
    const result = await exportEmployees(db, host, undefined, new Date(2026, 10, 28, 9));
    expect(result).toEqual({ ok: true, saved: true, fileName: 'x', count: demo.employees.length - 1, skipped: 1 });
    expect(saved!.suggestedName).toBe('pegawai-2026-11-28.xlsx');
    const p = await previewBytes(saved!.suggestedName, saved!.data);
    expect(p.counts).toEqual({ new: 0, update: 0, unchanged: demo.employees.length - 1, error: 0 });
  });

  it('exports only the filtered employees when ids are given, NIP as text and a bold header', async () => {
    const ExcelJS = (await import('exceljs')).default;
    let data: Uint8Array | undefined;
    const host = { kind: 'browser' as const, call: async (_c: string, input: { data: Uint8Array }) => ((data = input.data), { ok: true, value: { saved: true, fileName: 'x' } }) } as never;
    const ids = demo.employees.filter((e) => e.kind === 'pppk').map((e) => e.id);
    await exportEmployees(db, host, ids);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data!.buffer as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(ids.length + 1);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(typeof sheet.getCell('A2').value).toBe('string');
    expect(sheet.getCell('A2').value).toMatch(/^\d{18}$/);
    expect(sheet.getColumn(1).width).toBeGreaterThan(18);
  });
});
