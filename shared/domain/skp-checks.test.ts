/**
 * Every check checkSkpForSubmit makes (domain.md §3), one at a time, and the cascading matrix's
 * edge cases. skp.test.ts covers the main paths; this file pins each code, path and message.
 */
import { describe, expect, it } from 'vitest';
import type { Iki, Rhk, Skp } from '../schemas/skp';
import { cascadeMatrix, checkSkpForSubmit } from './skp';
import { perilakuRows } from './skp-plan';

const who = { employeeId: 'p', name: 'Penilai', pangkat: 'Pembina, IV/a', jabatan: 'Kepala Bidang', unit: 'Bidang' };
const iki = (over: Partial<Iki> = {}): Iki => ({ id: 'i1', text: 'Jumlah dokumen', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 10, unit: 'dokumen' }, ...over });
const rhk = (over: Partial<Rhk> = {}): Rhk => ({ id: 'r1', kind: 'utama', text: 'Tersusunnya laporan', intervensi: { kind: 'text', text: 'Meningkatnya layanan' }, iki: [iki()], ...over });
const skp = (over: Partial<Skp> = {}): Skp => ({
  id: 's',
  employeeId: 'e',
  year: 2027,
  form: 'ja-jf',
  approach: 'kuantitatif',
  status: 'draft',
  rhk: [rhk()],
  perilaku: perilakuRows(),
  lampiran: { dukunganSumberDaya: ['Komputer'], skemaPertanggungjawaban: ['Laporan'], konsekuensi: ['Sesuai ketentuan'] },
  pegawai: { ...who, employeeId: 'e', name: 'Pegawai' },
  penilai: who,
  atasanPenilai: null,
  createdAt: '2027-01-02T00:00:00.000Z',
  updatedAt: '2027-01-02T00:00:00.000Z',
  ...over,
});
const only = (s: Skp) => {
  const issues = checkSkpForSubmit(s);
  expect(issues).toHaveLength(1);
  return issues[0]!;
};

describe('each submit check, alone', () => {
  it('passes a complete SKP without an atasan (the penilai may be the Kepala Daerah\'s direct report)', () => {
    expect(checkSkpForSubmit(skp())).toEqual([]);
  });
  it('skp/no-utama: only Tambahan RHK', () => {
    expect(only(skp({ rhk: [rhk({ kind: 'tambahan' })] }))).toMatchObject({ path: 'rhk', code: 'skp/no-utama' });
    expect(only(skp({ rhk: [] }))).toMatchObject({ path: 'rhk', code: 'skp/no-utama' });
  });
  it('skp/rhk-empty: an RHK of spaces, at its text', () => {
    expect(only(skp({ rhk: [rhk({ text: '  ' })] }))).toMatchObject({ path: 'rhk.0.text', code: 'skp/rhk-empty', message: expect.stringMatching(/RHK utama ke-1 belum diisi/) });
  });
  it('skp/intervensi-missing: JA/JF Utama RHK with no link and blank text; a link passes', () => {
    expect(only(skp({ rhk: [rhk({ intervensi: { kind: 'text', text: ' ' } })] }))).toMatchObject({ path: 'rhk.0.intervensi', code: 'skp/intervensi-missing' });
    const { intervensi: _, ...bare } = rhk();
    expect(only(skp({ rhk: [bare] })).code).toBe('skp/intervensi-missing');
    expect(checkSkpForSubmit(skp({ rhk: [rhk({ intervensi: { kind: 'link', skpId: 'b', rhkId: 'b1', text: 'Layanan' } })] }))).toEqual([]);
  });
  it('skp/iki-missing: an RHK without IKI, at its IKI list', () => {
    expect(only(skp({ rhk: [rhk({ iki: [] })] }))).toMatchObject({ path: 'rhk.0.iki', code: 'skp/iki-missing' });
  });
  it('skp/iki-empty: an IKI without text, at its text', () => {
    expect(only(skp({ rhk: [rhk({ iki: [iki(), iki({ id: 'i2', text: '' })] })] }))).toMatchObject({ path: 'rhk.0.iki.1.text', code: 'skp/iki-empty' });
  });
  it('skp/aspek-missing: a JA/JF IKI without aspek', () => {
    const { aspek: _, ...noAspek } = iki();
    expect(only(skp({ rhk: [rhk({ iki: [noAspek] })] }))).toMatchObject({ path: 'rhk.0.iki.0.aspek', code: 'skp/aspek-missing', message: expect.stringMatching(/Kuantitas, Kualitas, Waktu, atau Biaya/) });
  });
  it('skp/perspektif-missing: a JPT IKI without perspektif; JPT needs neither aspek nor intervensi', () => {
    const { aspek: _, ...bare } = iki();
    const jpt = skp({ form: 'jpt', rhk: [{ id: 'r1', kind: 'utama', text: 'Meningkatnya layanan', iki: [bare] }] });
    expect(only(jpt)).toMatchObject({ path: 'rhk.0.iki.0.perspektif', code: 'skp/perspektif-missing', message: expect.stringMatching(/Penerima Layanan/) });
    expect(checkSkpForSubmit({ ...jpt, rhk: [{ ...jpt.rhk[0]!, iki: [{ ...bare, perspektif: 'anggaran' }] }] })).toEqual([]);
  });
  it('skp/target-missing: no number, no unit, or no words', () => {
    const at = (target: Iki['target']) => only(skp({ rhk: [rhk({ iki: [iki({ target })] })] }));
    expect(at({ kind: 'kuantitatif', value: null, unit: 'dokumen' })).toMatchObject({ path: 'rhk.0.iki.0.target', code: 'skp/target-missing', message: expect.stringMatching(/angka target dan satuannya/) });
    expect(at({ kind: 'kuantitatif', value: 5, unit: ' ' }).code).toBe('skp/target-missing');
    expect(at({ kind: 'kualitatif', text: '' }).message).toMatch(/uraian target/);
    expect(checkSkpForSubmit(skp({ rhk: [rhk({ iki: [iki({ target: { kind: 'kuantitatif', value: 0, unit: '%' } })] })] }))).toEqual([]);
  });
  it('skp/lampiran-empty: each list at its own path, blank lines do not count', () => {
    for (const key of ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const) {
      const issue = only(skp({ lampiran: { ...skp().lampiran, [key]: ['', '  '] } }));
      expect(issue).toMatchObject({ path: `lampiran.${key}`, code: 'skp/lampiran-empty' });
    }
  });
  it('skp/no-penilai: no Pejabat Penilai Kinerja', () => {
    expect(only(skp({ penilai: null }))).toMatchObject({ path: 'penilai', code: 'skp/no-penilai' });
  });
  it('paths follow the RHK position in the SKP, Tambahan included', () => {
    const s = skp({ rhk: [rhk(), rhk({ id: 'r2', kind: 'tambahan', intervensi: undefined, iki: [iki({ target: { kind: 'kuantitatif', value: null, unit: '' } })] })] });
    expect(checkSkpForSubmit(s).map((i) => i.path)).toEqual(['rhk.1.iki.0.target']);
    expect(checkSkpForSubmit(s)[0]!.message).toMatch(/RHK tambahan ke-2/);
  });
});

describe('cascading matrix, edge cases', () => {
  const boss = skp({ id: 'boss', employeeId: 'b', rhk: [rhk({ id: 'B1', text: 'Layanan cepat' }), rhk({ id: 'B2', kind: 'tambahan', text: 'Data rapi' })] });
  const link = (rhkId: string, skpId = 'boss') => ({ kind: 'link' as const, skpId, rhkId, text: 't' });
  it('gathers several RHK of one subordinate in one cell, and keeps the row kind', () => {
    const a = skp({ id: 'a', employeeId: 'a', rhk: [rhk({ id: 'A1', intervensi: link('B1') }), rhk({ id: 'A2', intervensi: link('B1') })] });
    const m = cascadeMatrix(boss, [a]);
    expect(m.rows[0]!.cells[0]!.rhk.map((r) => r.id)).toEqual(['A1', 'A2']);
    expect(m.rows.map((r) => r.supervisorRhk.kind)).toEqual(['utama', 'tambahan']);
    expect(m.unlinked[0]!.rhk).toEqual([]);
  });
  it('treats a link to another SKP, or to an RHK the supervisor removed, as unlinked', () => {
    const a = skp({ id: 'a', employeeId: 'a', rhk: [rhk({ id: 'A1', intervensi: link('B1', 'boss-2026') }), rhk({ id: 'A2', intervensi: link('GONE') })] });
    const m = cascadeMatrix(boss, [a]);
    expect(m.rows.every((r) => r.cells[0]!.rhk.length === 0)).toBe(true);
    expect(m.unlinked[0]!.rhk.map((r) => r.id)).toEqual(['A1', 'A2']);
  });
  it('has rows and no columns when no subordinate has an SKP', () => {
    const m = cascadeMatrix(boss, []);
    expect(m.rows).toHaveLength(2);
    expect(m.rows[0]!.cells).toEqual([]);
    expect(m.unlinked).toEqual([]);
  });
});
