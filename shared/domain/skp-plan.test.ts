import { describe, expect, it } from 'vitest';
import type { Rhk, Skp } from '../schemas/skp';
import { BERAKHLAK } from './berakhlak';
import {
  convertTarget,
  copyPlanForNewYear,
  moveItem,
  moveRhk,
  newRhk,
  perilakuRows,
  planAuditView,
  rhkFromSupervisor,
  rhkIndexesOf,
  switchApproach,
  updateIki,
  type SkpPlan,
} from './skp-plan';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

const rhk = (id: string, kind: Rhk['kind'], over: Partial<Rhk> = {}): Rhk => ({
  id,
  kind,
  text: `RHK ${id}`,
  iki: [{ id: `${id}-i`, text: 'Jumlah dokumen', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 12, unit: 'dokumen' } }],
  ...over,
});

const plan = (over: Partial<SkpPlan> = {}): SkpPlan => ({
  approach: 'kuantitatif',
  rhk: [rhk('a', 'utama'), rhk('b', 'tambahan'), rhk('c', 'utama')],
  perilaku: perilakuRows([{ value: 'akuntabel', ekspektasi: 'Laporan tepat waktu' }]),
  lampiran: { dukunganSumberDaya: ['Komputer'], skemaPertanggungjawaban: ['Laporan bulanan'], konsekuensi: ['Sesuai ketentuan'] },
  ...over,
});

describe('new SKP parts', () => {
  it('has the seven BerAKHLAK values in order, keeping an ekspektasi already written', () => {
    const rows = perilakuRows([{ value: 'akuntabel', ekspektasi: 'Jujur' }]);
    expect(rows.map((r) => r.value)).toEqual(BERAKHLAK.map((v) => v.key));
    expect(rows.find((r) => r.value === 'akuntabel')?.ekspektasi).toBe('Jujur');
    expect(rows.filter((r) => r.ekspektasi === '')).toHaveLength(6);
  });
  it('a new RHK has one empty IKI whose target follows the approach', () => {
    expect(newRhk('utama', 'kuantitatif', ids())).toEqual({ id: 'id-1', kind: 'utama', text: '', iki: [{ id: 'id-2', text: '', target: { kind: 'kuantitatif', value: null, unit: '' } }] });
    expect(newRhk('tambahan', 'kualitatif', ids()).iki[0]!.target).toEqual({ kind: 'kualitatif', text: '' });
  });
});

describe('switching the approach', () => {
  it('turns a number target into its words and words into an empty number', () => {
    expect(convertTarget({ kind: 'kuantitatif', value: 12, unit: 'dokumen' }, 'kualitatif')).toEqual({ kind: 'kualitatif', text: '12 dokumen' });
    expect(convertTarget({ kind: 'kuantitatif', value: null, unit: 'dokumen' }, 'kualitatif')).toEqual({ kind: 'kualitatif', text: 'dokumen' });
    expect(convertTarget({ kind: 'kualitatif', text: 'Tepat waktu' }, 'kuantitatif')).toEqual({ kind: 'kuantitatif', value: null, unit: '' });
    expect(convertTarget({ kind: 'kualitatif', text: '12 dokumen' }, 'kuantitatif')).toEqual({ kind: 'kuantitatif', value: 12, unit: 'dokumen' });
    expect(convertTarget({ kind: 'kualitatif', text: '98,5 %' }, 'kuantitatif')).toEqual({ kind: 'kuantitatif', value: 98.5, unit: '%' });
  });
  it('changes every IKI of the SKP and nothing when the approach is the same', () => {
    const p = plan();
    expect(switchApproach(p, 'kuantitatif')).toBe(p);
    const q = switchApproach(p, 'kualitatif');
    expect(q.approach).toBe('kualitatif');
    expect(q.rhk.flatMap((r) => r.iki.map((i) => i.target.kind))).toEqual(['kualitatif', 'kualitatif', 'kualitatif']);
  });
});

describe('reordering', () => {
  it('moves an item one step and ignores moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
  it('moves an RHK past the nearest RHK of its own group only', () => {
    const p = plan();
    expect(moveRhk(p.rhk, 2, -1).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(moveRhk(p.rhk, 1, 1).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rhkIndexesOf(p.rhk, 'utama')).toEqual([0, 2]);
  });
  it('changes one IKI without touching the others', () => {
    const p = plan();
    const q = updateIki(p, 1, 0, (i) => ({ ...i, text: 'Baru' }));
    expect(q.rhk[0]).toBe(p.rhk[0]);
    expect(q.rhk[1]!.iki[0]!.text).toBe('Baru');
    expect(q.rhk[0]!.iki[0]!.text).toBe('Jumlah dokumen');
  });
});

describe("starting from last year's SKP", () => {
  it('copies RHK, IKI, targets, lampiran and ekspektasi with new ids; a link becomes its text', () => {
    const source = plan({ rhk: [rhk('a', 'utama', { penugasanDari: 'Sekda', intervensi: { kind: 'link', skpId: 'boss-2026', rhkId: 'B1', text: 'Layanan cepat' } })] });
    const copy = copyPlanForNewYear(source, 'ja-jf', ids());
    expect(copy.rhk[0]).toEqual({
      id: 'id-1',
      kind: 'utama',
      text: 'RHK a',
      penugasanDari: 'Sekda',
      intervensi: { kind: 'text', text: 'Layanan cepat' },
      iki: [{ id: 'id-2', text: 'Jumlah dokumen', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 12, unit: 'dokumen' } }],
    });
    expect(copy.lampiran).toEqual(source.lampiran);
    expect(copy.lampiran.konsekuensi).not.toBe(source.lampiran.konsekuensi);
    expect(copy.perilaku.find((p) => p.value === 'akuntabel')?.ekspektasi).toBe('Laporan tepat waktu');
  });
  it('keeps only the field of the new form: a JA/JF aspek is dropped on a JPT SKP, and no intervensi', () => {
    const source = plan({ rhk: [rhk('a', 'utama', { intervensi: { kind: 'text', text: 'x' } })] });
    const copy = copyPlanForNewYear(source, 'jpt', ids());
    expect(copy.rhk[0]!.iki[0]).not.toHaveProperty('aspek');
    expect(copy.rhk[0]).not.toHaveProperty('intervensi');
  });
});

describe('cascading from the supervisor', () => {
  const supervisor = { id: 'boss', rhk: [rhk('B1', 'utama'), rhk('B2', 'utama'), rhk('B3', 'tambahan')] } satisfies Pick<Skp, 'id' | 'rhk'>;
  it('adds one linked Utama RHK for each supervisor RHK not yet supported', () => {
    const current = [rhk('x', 'utama', { intervensi: { kind: 'link', skpId: 'boss', rhkId: 'B2', text: 'RHK B2' } })];
    const added = rhkFromSupervisor(supervisor, current, 'kuantitatif', ids());
    expect(added.map((r) => r.intervensi)).toEqual([
      { kind: 'link', skpId: 'boss', rhkId: 'B1', text: 'RHK B1' },
      { kind: 'link', skpId: 'boss', rhkId: 'B3', text: 'RHK B3' },
    ]);
    expect(added.every((r) => r.kind === 'utama' && r.text === '' && r.iki.length === 1)).toBe(true);
  });
  it('adds nothing once every supervisor RHK is supported', () => {
    const all = supervisor.rhk.map((s) => rhk(`s-${s.id}`, 'utama', { intervensi: { kind: 'link', skpId: 'boss', rhkId: s.id, text: s.text } }));
    expect(rhkFromSupervisor(supervisor, all, 'kuantitatif', ids())).toEqual([]);
  });
});

describe('audit view', () => {
  it('names what changed: one RHK, one value, one list, the order', () => {
    const before = planAuditView(plan());
    const after = planAuditView({ ...plan(), rhk: [plan().rhk[2]!, plan().rhk[1]!, { ...plan().rhk[0]!, text: 'Ubah' }] });
    const changed = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    expect(changed.sort()).toEqual(['rhk.a', 'rhk.urutan']);
    expect(Object.keys(before)).toContain('perilaku.akuntabel');
    expect(Object.keys(before)).toContain('lampiran.konsekuensi');
  });
});
