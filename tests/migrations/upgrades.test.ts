import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditLog } from '../../renderer/src/db/audit';
import { AppDb, NewerDatabaseError, openDatabase } from '../../renderer/src/db/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../renderer/src/db/schema-versions';

// Each schema upgrade is tested by writing data with version N-1 and opening version N
// (architecture.md, pattern 5; Signal's migration tests).
let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema history', () => {
  it('is append-only and strictly increasing', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });
});

describe('v1 → v2: employee search key', () => {
  it('fills the search key of every employee written by v1 and indexes it', async () => {
    name = `peka-mig-v2-${Math.random()}`;
    const v1 = new AppDb(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('employees').bulkAdd([
      { id: 'e1', nip: '199512162025061001', name: 'Siti Aminah', unitId: 'u', positionId: 'p', status: 'aktif', kind: 'pns' },
      { id: 'e2', name: 'Budi  SANTOSO', unitId: 'u', positionId: 'p', status: 'aktif', kind: 'kepala-daerah' },
    ]);
    v1.close();

    const v2 = new AppDb(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const byKey = await v2.employees.where('searchKey').startsWith('siti').toArray();
    expect(byKey.map((e) => e.id)).toEqual(['e1']);
    expect((await v2.employees.get('e1'))?.searchKey).toBe('siti aminah 199512162025061001');
    expect((await v2.employees.get('e2'))?.searchKey).toBe('budi santoso');
    v2.close();
  });

  it('a database from a newer app version is refused, not half-read', async () => {
    name = `peka-mig-future-${Math.random()}`;
    const future = new Dexie(name);
    future.version(LATEST_VERSION + 5).stores({ settings: 'id' });
    await future.open();
    future.close();
    const current = new AppDb(name);
    await expect(openDatabase(current)).rejects.toBeInstanceOf(NewerDatabaseError);
    expect(current.isOpen()).toBe(false);
  });
});

describe('v2 → v3: appraiser overrides', () => {
  it('keeps every v2 record and adds an empty, indexed overrides table', async () => {
    name = `peka-mig-v3-${Math.random()}`;
    const v2 = new AppDb(name, 2);
    await v2.open();
    await v2.table('employees').add({ id: 'e1', nip: '199512162025061001', name: 'Siti', searchKey: 'siti 199512162025061001', unitId: 'u', positionId: 'p', status: 'aktif', kind: 'pns' });
    await v2.table('settings').put({ id: 'app', agencyName: 'X', signingPlace: 'Y', paperSize: 'A4', locale: 'en' });
    v2.close();

    const v3 = await openDatabase(new AppDb(name, 3));
    expect(await v3.employees.get('e1')).toMatchObject({ name: 'Siti' });
    expect((await v3.settings.get('app'))?.locale).toBe('en');
    await v3.appraiserOverrides.add({ id: 'o1', employeeId: 'e1', penilaiId: 'e2', from: '2026-01-01', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(await v3.appraiserOverrides.where('employeeId').equals('e1').count()).toBe(1);
    v3.close();
  });
});

describe('v3 → v4: the SKP year', () => {
  it('keeps v3 data and adds the SKP tables with a unique SKP per employee and year', async () => {
    name = `peka-mig-v4-${Math.random()}`;
    const v3 = new AppDb(name, 3);
    await v3.open();
    await v3.table('appraiserOverrides').add({ id: 'o1', employeeId: 'e1', penilaiId: 'e2', from: '2026-01-01', createdAt: '2026-01-01T00:00:00.000Z' });
    v3.close();

    const v4 = await openDatabase(new AppDb(name, 4));
    expect(await v4.appraiserOverrides.count()).toBe(1);
    const skp = { id: 's1', employeeId: 'e1', year: 2026, status: 'draft', penilai: { employeeId: 'e2' } };
    await v4.table('skps').add(skp);
    await expect(v4.table('skps').add({ ...skp, id: 's2' })).rejects.toThrow();
    expect(await v4.skps.where('penilai.employeeId').equals('e2').count()).toBe(1);
    v4.close();
  });
});

describe('v4 → v5: hash-chained audit log', () => {
  it('seals entries written by v4 in order, and new entries continue the chain', async () => {
    name = `peka-mig-v5-${Math.random()}`;
    const v4 = new AppDb(name, 4);
    await v4.open();
    await v4.table('audit').bulkAdd([
      { at: '2026-01-01T00:00:00.000Z', actor: 'sistem', action: 'create', entity: 'demo', entityId: 'demo', summary: 'Data demo dimuat' },
      { at: '2026-01-02T00:00:00.000Z', actor: 'pengguna', action: 'settings', entity: 'settings', entityId: 'app', summary: 'Pengaturan diubah', changes: { paperSize: { from: 'A4', to: 'F4' } } },
    ]);
    v4.close();

    const v5 = await openDatabase(new AppDb(name, 5));
    expect(await verifyAuditLog(v5)).toEqual({ ok: true, count: 2 });
    await v5.transaction('rw', v5.audit, () => appendAudit(v5, { actor: 'pengguna', action: 'update', entity: 'employee', entityId: 'e1', summary: 'Diubah' }));
    expect(await verifyAuditLog(v5)).toEqual({ ok: true, count: 3 });

    // Tampering outside the app (as a raw IndexedDB write would) is found and named.
    await v5.audit.update(2, { summary: 'Pengaturan tidak diubah' });
    expect(await verifyAuditLog(v5)).toMatchObject({ ok: false, firstBrokenId: 2 });
    v5.close();
  });
});

describe('v5 → v6: evaluations', () => {
  it('keeps v5 data and adds evaluation tables indexed by employee and period', async () => {
    name = `peka-mig-v6-${Math.random()}`;
    const v5 = new AppDb(name, 5);
    await v5.open();
    await v5.table('skps').add({ id: 's1', employeeId: 'e1', year: 2026, status: 'disetujui', penilai: { employeeId: 'e2' } });
    v5.close();
    const v6 = await openDatabase(new AppDb(name, 6));
    expect(await v6.skps.count()).toBe(1);
    await v6.table('evaluations').add({ id: 'ev1', skpId: 's1', employeeId: 'e1', periodId: 'p1', status: 'draft', penilai: { employeeId: 'e2' } });
    expect(await v6.evaluations.where('[employeeId+periodId]').equals(['e1', 'p1']).count()).toBe(1);
    v6.close();
  });
});

describe('v6 → v7: signatures', () => {
  it('keeps v6 data and adds signature records, signed documents and the trust list', async () => {
    name = `peka-mig-v7-${Math.random()}`;
    const v6 = new AppDb(name, 6);
    await v6.open();
    await v6.table('evaluations').add({ id: 'ev1', skpId: 's1', employeeId: 'e1', periodId: 'p1', status: 'final', penilai: { employeeId: 'e2' } });
    await v6.table('audit').add({ at: '2026-01-01T00:00:00.000Z', actor: 'sistem', action: 'create', entity: 'demo', entityId: 'demo', summary: 'x' });
    v6.close();

    const v7 = await openDatabase(new AppDb(name, 7));
    expect(v7.verno).toBe(7);
    expect(await v7.evaluations.get('ev1')).toMatchObject({ status: 'final' });
    expect(await v7.audit.count()).toBe(1);
    const hash = 'c'.repeat(64);
    await v7.signedDocuments.add({ id: 'd1', documentId: 'evaluasi-e1-p1', kind: 'dokumen-evaluasi', employeeId: 'e1', periodId: 'p1', fileName: 'a.pdf', sha256: hash, size: 3, signedBy: ['pegawai'], data: new Blob(['%PD']), createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' });
    await v7.signatureRecords.add({ id: 'r1', signedDocumentId: 'd1', documentId: 'evaluasi-e1-p1', role: 'pegawai', fieldName: 'f', signerName: 'Siti', signerNip: '199512162025062001', signedAt: '2026-02-01T00:00:00.000Z', certificateSubject: 'CN=Siti', certificateSerial: '1A', certificateSha256: 'a'.repeat(64), trialCertificate: true, documentSha256Before: 'b'.repeat(64), documentSha256After: hash });
    await v7.trustedCertificates.add({ id: 't1', fingerprint: 'a'.repeat(64), der: new Uint8Array([48]), info: { subject: 'CN=CA', commonName: 'CA', organization: '', nip: '', issuer: 'CN=CA', serialNumber: '1', notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2027-01-01T00:00:00.000Z', selfSigned: true, trial: false, sha256: 'a'.repeat(64) }, addedAt: '2026-02-01T00:00:00.000Z' });
    expect(await v7.signedDocuments.where('sha256').equals(hash).count()).toBe(1);
    expect(await v7.signatureRecords.where('documentSha256After').equals(hash).count()).toBe(1);
    expect(await v7.signatureRecords.where('signerNip').equals('199512162025062001').count()).toBe(1);
    await expect(v7.trustedCertificates.add({ ...(await v7.trustedCertificates.get('t1'))!, id: 't2' })).rejects.toThrow();
    v7.close();
  });
});

describe('v7 → v8: training', () => {
  it('keeps v7 data and adds the training tables with their indexes', async () => {
    name = `peka-mig-v8-${Math.random()}`;
    const v7 = new AppDb(name, 7);
    await v7.open();
    await v7.table('evaluations').add({ id: 'ev1', skpId: 's1', employeeId: 'e1', periodId: 'p1', status: 'final', penilai: { employeeId: 'e2' } });
    v7.close();

    const v8 = await openDatabase(new AppDb(name, 8));
    expect(v8.verno).toBe(8);
    expect(await v8.evaluations.get('ev1')).toMatchObject({ status: 'final' });
    await v8.table('trainingLedger').bulkAdd([
      { id: 'l1', employeeId: 'e1', year: 2026, jp: 8 },
      { id: 'l2', employeeId: 'e1', year: 2025, jp: 4 },
    ]);
    await v8.table('trainingClasses').add({ id: 'c1', courseId: 'k1', year: 2026, participantIds: ['e1', 'e3'] });
    expect(await v8.table('trainingLedger').where('[employeeId+year]').equals(['e1', 2026]).count()).toBe(1);
    expect(await v8.table('trainingClasses').where('participantIds').equals('e3').count()).toBe(1);
    v8.close();
  });
});

describe('v8 → v9: packed summaries', () => {
  const ev = (id: string, over: Record<string, unknown> = {}) => ({ id, skpId: 's1', employeeId: 'e1', periodId: 'p1', revision: 1, status: 'final', predikat: 'baik', penilai: { employeeId: 'e2' }, rhk: [{ big: 'x'.repeat(500) }], ...over });

  it('summarises every evaluation and employee written by v8, and later writes keep the summaries in step', async () => {
    name = `peka-mig-v9-${Math.random()}`;
    const v8 = new AppDb(name, 8);
    await v8.open();
    await v8.table('evaluations').bulkAdd([ev('ev1'), ev('ev2', { revision: 2, supersedesId: 'ev1', predikat: 'sangat-baik' }), ev('ev3', { employeeId: 'e3', periodId: 'p2', status: 'draft', predikat: null })]);
    await v8.table('employees').add({ id: 'e1', nip: '199512162025061001', name: 'Siti Aminah', gelarBelakang: 'S.E.', unitId: 'u', positionId: 'p', status: 'aktif', kind: 'pns' });
    v8.close();

    const v9 = await openDatabase(new AppDb(name, 9));
    expect(v9.verno).toBe(9);
    expect(await v9.summaries.orderBy('id').toArray()).toEqual([
      { id: 'employees', rows: { e1: ['Siti Aminah', null, 'S.E.', '199512162025061001', 'u', 'aktif', 'pns'] } },
      { id: 'evaluations|p1', rows: { ev1: ['e1', 1, null, 'final', 'baik'], ev2: ['e1', 2, 'ev1', 'final', 'sangat-baik'] } },
      { id: 'evaluations|p2', rows: { ev3: ['e3', 1, null, 'draft', null] } },
    ]);
    await v9.evaluations.update('ev3', { status: 'final', predikat: 'butuh-perbaikan' });
    expect((await v9.summaries.get('evaluations|p2'))?.rows).toEqual({ ev3: ['e3', 1, null, 'final', 'butuh-perbaikan'] });
    v9.close();
  });

  it('summarises more evaluations than it reads in one page (5,000), none lost at the page edges', async () => {
    name = `peka-mig-v9-pages-${Math.random()}`;
    const v8 = new AppDb(name, 8);
    await v8.open();
    await v8.table('evaluations').bulkAdd(Array.from({ length: 10_050 }, (_, i) => ({ id: `ev${String(i).padStart(5, '0')}`, employeeId: `e${i}`, periodId: i % 2 ? 'p1' : 'p2', revision: 1, status: 'final', predikat: 'baik' })));
    v8.close();
    const v9 = await openDatabase(new AppDb(name, 9));
    const rows = (id: string) => v9.summaries.get(id).then((s) => Object.keys((s?.rows as object | undefined) ?? {}).length);
    expect([await rows('evaluations|p1'), await rows('evaluations|p2')]).toEqual([5_025, 5_025]);
    v9.close();
  }, 60_000);
});
