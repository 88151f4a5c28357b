import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDb } from '../../db/db';
import { createSkp, saveSkpDraft } from './skp.commands';
import { approveSkp, reopenSkp, returnSkp, submitSkp } from './skp-workflow.commands';
import { complete, dropDb, freshDb, pelaksana, YEAR } from './skp.test-helper';

let db: AppDb;
let id: string;
beforeEach(async () => {
  db = await freshDb();
  const r = await createSkp(db, pelaksana.id, YEAR);
  id = r.ok ? r.id : '';
});
afterEach(() => dropDb(db));

const stored = async () => (await db.skps.get(id))!;
const audits = () => db.audit.where('entityId').equals(id).toArray();
const fill = async () => saveSkpDraft(db, complete(await stored()));

describe('submitSkp', () => {
  it('returns every issue at its field and writes nothing, not even an audit entry', async () => {
    const before = await stored();
    const r = await submitSkp(db, id);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('skp/issues');
    expect(r.issues?.map((i) => i.path)).toEqual(['rhk', 'lampiran.dukunganSumberDaya', 'lampiran.skemaPertanggungjawaban', 'lampiran.konsekuensi']);
    expect(await stored()).toEqual(before);
    expect(await audits()).toHaveLength(1);
  });

  it('refuses a missing target at the IKI target field', async () => {
    const s = complete(await stored());
    s.rhk[0]!.iki[0]!.target = { kind: 'kuantitatif', value: null, unit: 'berkas' };
    await saveSkpDraft(db, s);
    const r = await submitSkp(db, id);
    expect(!r.ok && r.issues).toEqual([expect.objectContaining({ path: 'rhk.0.iki.0.target', code: 'skp/target-missing' })]);
    expect((await stored()).status).toBe('draft');
  });

  it('submits a complete draft, with the time and an audit entry', async () => {
    await fill();
    const now = new Date(`${YEAR}-01-10T02:00:00Z`);
    const r = await submitSkp(db, id, now);
    expect(r.ok).toBe(true);
    expect(await stored()).toMatchObject({ status: 'diajukan', submittedAt: now.toISOString() });
    expect((await audits()).at(-1)).toMatchObject({ action: 'update', entity: 'skp', changes: { status: { from: 'draft', to: 'diajukan' } } });
  });
});

describe('the supervisor returns, the employee fixes, the supervisor approves', () => {
  it('walks Draft → Diajukan → Dikembalikan → Diajukan → Disetujui, each step audited', async () => {
    await fill();
    await submitSkp(db, id);
    expect(await returnSkp(db, id, '   ')).toEqual({ ok: false, code: 'skp/note-required' });
    expect((await stored()).status).toBe('diajukan');
    expect((await returnSkp(db, id, '  Target berkas terlalu rendah; naikkan menjadi 1.500.  ')).ok).toBe(true);
    expect(await stored()).toMatchObject({ status: 'dikembalikan', returnNote: 'Target berkas terlalu rendah; naikkan menjadi 1.500.' });

    const returned = await stored();
    returned.rhk[0]!.iki[0]!.target = { kind: 'kuantitatif', value: 1500, unit: 'berkas' };
    expect((await saveSkpDraft(db, returned)).ok).toBe(true);
    expect((await submitSkp(db, id)).ok).toBe(true);
    expect((await stored()).returnNote).toBe('Target berkas terlalu rendah; naikkan menjadi 1.500.');
    expect((await approveSkp(db, id)).ok).toBe(true);
    const approved = await stored();
    expect(approved).toMatchObject({ status: 'disetujui' });
    expect(approved.approvedAt).toBeDefined();
    expect(approved).not.toHaveProperty('returnNote');

    const summaries = (await audits()).map((a) => a.summary);
    expect(summaries.slice(1)).toEqual([
      `SKP ${YEAR} diajukan (${approved.pegawai.name})`,
      `SKP ${YEAR} dikembalikan (${approved.pegawai.name}): Target berkas terlalu rendah; naikkan menjadi 1.500.`,
      `SKP ${YEAR} diajukan (${approved.pegawai.name})`,
      `SKP ${YEAR} disetujui (${approved.pegawai.name})`,
    ]);
  });

  it('refuses steps the status does not allow, writing nothing', async () => {
    expect(await approveSkp(db, id)).toEqual({ ok: false, code: 'skp/wrong-status', params: { status: 'draft', action: 'approve' } });
    expect(await returnSkp(db, id, 'catatan')).toMatchObject({ ok: false, code: 'skp/wrong-status' });
    expect(await reopenSkp(db, id, 'alasan')).toMatchObject({ ok: false, code: 'skp/wrong-status' });
    await fill();
    await submitSkp(db, id);
    expect(await submitSkp(db, id)).toMatchObject({ ok: false, code: 'skp/wrong-status' });
    expect(await approveSkp(db, 'missing')).toEqual({ ok: false, code: 'skp/not-found' });
    expect(await audits()).toHaveLength(2);
  });
});

describe('reopenSkp', () => {
  it('needs a reason, brings the SKP back to draft, keeps the last approval time and audits the reason', async () => {
    await fill();
    await submitSkp(db, id);
    await approveSkp(db, id);
    const approvedAt = (await stored()).approvedAt;
    expect(await reopenSkp(db, id, '')).toEqual({ ok: false, code: 'skp/reason-required' });
    expect((await stored()).status).toBe('disetujui');
    expect((await reopenSkp(db, id, 'Mutasi tugas di bulan Maret')).ok).toBe(true);
    expect(await stored()).toMatchObject({ status: 'draft', approvedAt });
    expect((await audits()).at(-1)).toMatchObject({ summary: expect.stringMatching(/dibuka kembali .*alasan: Mutasi tugas di bulan Maret/), changes: { status: { from: 'disetujui', to: 'draft' } } });
  });
});
