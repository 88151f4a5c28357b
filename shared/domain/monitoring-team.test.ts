import { describe, expect, it } from 'vitest';
import type { Feedback, Realisasi } from '../schemas/monitoring';
import type { Skp } from '../schemas/skp';
import { BERAKHLAK } from './berakhlak';
import { buildTeamRows, isRhkReported, type TeamInput } from './monitoring-team';
import { generatePeriods } from './skp';

const who = { employeeId: 'boss', name: 'Kepala', pangkat: 'Pembina, IV/a', jabatan: 'Kepala Bidang', unit: 'Bidang' };
function skp(id: string, status: Skp['status']): Skp {
  return {
    id,
    employeeId: `emp-${id}`,
    year: 2027,
    form: 'ja-jf',
    approach: 'kuantitatif',
    status,
    rhk: [
      { id: 'r1', kind: 'utama', text: 'Layanan KTP-el', iki: [{ id: 'i1', text: 'KTP-el tercetak', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 100, unit: 'keping' } }] },
      { id: 'r2', kind: 'tambahan', text: 'Sosialisasi', iki: [{ id: 'i2', text: 'Sosialisasi terlaksana', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 2, unit: 'kali' } }] },
    ],
    perilaku: BERAKHLAK.map((v) => ({ value: v.key, ekspektasi: '' })),
    lampiran: { dukunganSumberDaya: ['a'], skemaPertanggungjawaban: ['b'], konsekuensi: ['c'] },
    pegawai: { ...who, employeeId: `emp-${id}`, name: id },
    penilai: who,
    atasanPenilai: null,
    createdAt: '2027-01-05T00:00:00.000Z',
    updatedAt: '2027-01-05T00:00:00.000Z',
  };
}
const periods = generatePeriods(2027, 'triwulan');
const [tw1, tw2] = periods as [(typeof periods)[0], (typeof periods)[0]];
const rec = (skpId: string, periodId: string, rhkId: string, values: Record<string, string>): Realisasi => ({
  id: `${skpId}|${periodId}|${rhkId}`,
  skpId,
  periodId,
  rhkId,
  rencanaAksi: [],
  realisasi: values,
  updatedAt: '2027-03-01T00:00:00.000Z',
});
const member = (s: Skp | null, id = s?.id ?? 'x') => ({ employeeId: `emp-${id}`, name: id, jabatan: 'Pengadministrasi', skp: s });
const base = (over: Partial<TeamInput>): TeamInput => ({
  members: [],
  year: { skpDeadline: '2027-01-31' },
  periods,
  currentPeriodId: tw2.id,
  realisasi: [],
  evidence: [],
  feedback: [],
  today: '2027-05-10',
  ...over,
});

describe('isRhkReported', () => {
  it('needs a realisation for every IKI', () => {
    const rhk = skp('a', 'disetujui').rhk[0]!;
    expect(isRhkReported(rhk, undefined)).toBe(false);
    expect(isRhkReported(rhk, { realisasi: { i1: '  ' }, rencanaAksi: [] })).toBe(false);
    expect(isRhkReported(rhk, { realisasi: { i1: '40 keping' }, rencanaAksi: [] })).toBe(true);
  });
});

describe('buildTeamRows: overdue', () => {
  it('an SKP missing or not approved is overdue only after the deadline', () => {
    const members = [member(null, 'none'), member(skp('d', 'diajukan'))];
    const before = buildTeamRows(base({ members, today: '2027-01-31' }));
    expect(before.map((r) => r.overdue)).toEqual([[], []]);
    const after = buildTeamRows(base({ members, today: '2027-02-01' }));
    expect(after[0]!.overdue).toEqual([{ kind: 'skp-missing', deadline: '2027-01-31' }]);
    expect(after[1]!.overdue).toEqual([{ kind: 'skp-not-approved', deadline: '2027-01-31', status: 'diajukan' }]);
  });

  it('realisation is overdue for a period that ended or was closed, not for the running one', () => {
    const s = skp('a', 'disetujui');
    const partly = [rec('a', tw1.id, 'r1', { i1: '90 keping' })];
    const onDay = buildTeamRows(base({ members: [member(s)], realisasi: partly, today: '2027-03-31' }));
    expect(onDay[0]!.overdue).toEqual([]);
    const nextDay = buildTeamRows(base({ members: [member(s)], realisasi: partly, today: '2027-04-01' }));
    expect(nextDay[0]!.overdue).toEqual([{ kind: 'realisasi-missing', periodId: tw1.id, periodLabel: 'TRIWULAN I', missing: 1, total: 2, reason: 'ended' }]);
    const closedEarly = buildTeamRows(base({ members: [member(s)], periods: periods.map((p) => (p.index === 2 ? { ...p, status: 'closed' as const } : p)), today: '2027-03-15' }));
    expect(closedEarly[0]!.overdue).toEqual([{ kind: 'realisasi-missing', periodId: tw2.id, periodLabel: 'TRIWULAN II', missing: 2, total: 2, reason: 'closed' }]);
  });

  it('a fully reported past period is not overdue', () => {
    const s = skp('a', 'disetujui');
    const all = [rec('a', tw1.id, 'r1', { i1: '90' }), rec('a', tw1.id, 'r2', { i2: '1 kali' })];
    expect(buildTeamRows(base({ members: [member(s)], realisasi: all }))[0]!.overdue).toEqual([]);
  });
});

describe('buildTeamRows: this period', () => {
  it('counts reported RHK, evidence and pending feedback of the chosen period only', () => {
    const s = skp('a', 'disetujui');
    const fb = (target: Feedback['target'], periodId = tw2.id) => ({ skpId: 'a', periodId, target });
    const [row] = buildTeamRows(
      base({
        members: [member(s)],
        realisasi: [rec('a', tw2.id, 'r1', { i1: '30 keping' }), rec('a', tw1.id, 'r2', { i2: '1' })],
        evidence: [{ skpId: 'a', periodId: tw2.id }, { skpId: 'a', periodId: tw2.id }, { skpId: 'a', periodId: tw1.id }],
        feedback: [fb({ kind: 'rhk', rhkId: 'r1' }), fb({ kind: 'perilaku', value: 'akuntabel' }), fb({ kind: 'rhk', rhkId: 'r2' }, tw1.id)],
      }),
    );
    expect(row).toMatchObject({ skpStatus: 'disetujui', reported: { done: 1, total: 2 }, evidenceCount: 2, feedbackPending: { rhk: 1, perilaku: 6 } });
  });

  it('shows no progress figures without an approved SKP', () => {
    const [row] = buildTeamRows(base({ members: [member(skp('d', 'draft'))] }));
    expect(row).toMatchObject({ skpStatus: 'draft', reported: null, feedbackPending: null });
  });
});
