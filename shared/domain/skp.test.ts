import { describe, expect, it } from 'vitest';
import type { Skp } from '../schemas/skp';
import { BERAKHLAK } from './berakhlak';
import { cascadeMatrix, checkSkpForSubmit, generatePeriods, isSkpEditable, nextSkpStatus, skpFormFor } from './skp';

const who = { employeeId: 'e', name: 'X', pangkat: 'Penata, III/c', jabatan: 'J', unit: 'U' };
function skp(over: Partial<Skp> = {}): Skp {
  return {
    id: 's1',
    employeeId: 'e1',
    year: 2026,
    form: 'ja-jf',
    approach: 'kuantitatif',
    status: 'draft',
    rhk: [
      {
        id: 'r1',
        kind: 'utama',
        text: 'Terlaksananya pelayanan KTP-el',
        intervensi: { kind: 'text', text: 'Meningkatnya kualitas layanan administrasi kependudukan' },
        iki: [{ id: 'i1', text: 'Jumlah KTP-el tercetak', aspek: 'kuantitas', target: { kind: 'kuantitatif', value: 1200, unit: 'keping' } }],
      },
    ],
    perilaku: BERAKHLAK.map((v) => ({ value: v.key, ekspektasi: '' })),
    lampiran: { dukunganSumberDaya: ['Printer KTP-el'], skemaPertanggungjawaban: ['Laporan bulanan'], konsekuensi: ['Sesuai ketentuan'] },
    pegawai: who,
    penilai: who,
    atasanPenilai: who,
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...over,
  };
}
const codes = (s: Skp) => checkSkpForSubmit(s).map((i) => `${i.path}:${i.code}`);

describe('SKP form by position (domain.md §3)', () => {
  it('JPT positions use the JPT form, others JA/JF, Kepala Daerah none', () => {
    expect(skpFormFor('jpt-pratama')).toBe('jpt');
    expect(skpFormFor('jpt-madya')).toBe('jpt');
    for (const t of ['administrator', 'pengawas', 'pelaksana', 'jf-keahlian', 'jf-keterampilan'] as const) expect(skpFormFor(t)).toBe('ja-jf');
    expect(skpFormFor('kepala-daerah')).toBeNull();
  });
});

describe('periods of a year', () => {
  it('quarterly: four quarters, the last printed TRIWULAN IV-AKHIR and final', () => {
    const q = generatePeriods(2026, 'triwulan');
    expect(q.map((p) => p.label)).toEqual(['TRIWULAN I', 'TRIWULAN II', 'TRIWULAN III', 'TRIWULAN IV-AKHIR']);
    expect(q.map((p) => [p.start, p.end])).toEqual([['2026-01-01', '2026-03-31'], ['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-09-30'], ['2026-10-01', '2026-12-31']]);
    expect(q.filter((p) => p.final).map((p) => p.index)).toEqual([4]);
  });
  it('monthly and semester, with leap-year February', () => {
    const m = generatePeriods(2028, 'bulanan');
    expect(m).toHaveLength(12);
    expect(m[1]).toMatchObject({ label: 'FEBRUARI', end: '2028-02-29' });
    expect(m[11]!.label).toBe('DESEMBER-AKHIR');
    expect(generatePeriods(2026, 'semester').map((p) => p.label)).toEqual(['SEMESTER I', 'SEMESTER II-AKHIR']);
  });
});

describe('checks before submitting (domain.md §3)', () => {
  it('a complete JA/JF SKP passes', () => expect(codes(skp())).toEqual([]));
  it('a JA/JF utama RHK without the supervisor RHK it supports is refused', () => {
    const s = skp();
    delete s.rhk[0]!.intervensi;
    expect(codes(s)).toEqual(['rhk.0.intervensi:skp/intervensi-missing']);
    const tambahan = skp({ rhk: [...skp().rhk, { id: 'r2', kind: 'tambahan', text: 'Tugas tambahan', iki: [{ id: 'i2', text: 'Laporan', aspek: 'waktu', target: { kind: 'kuantitatif', value: 1, unit: 'laporan' } }] }] });
    expect(codes(tambahan)).toEqual([]);
  });
  it('a JPT IKI without perspektif is refused; JPT needs no intervensi', () => {
    const s = skp({ form: 'jpt' });
    delete s.rhk[0]!.intervensi;
    expect(codes(s)).toEqual(['rhk.0.iki.0.perspektif:skp/perspektif-missing']);
    s.rhk[0]!.iki[0]!.perspektif = 'penerima-layanan';
    expect(codes(s)).toEqual([]);
  });
  it('an IKI without target is refused, kuantitatif and kualitatif', () => {
    const s = skp();
    s.rhk[0]!.iki[0]!.target = { kind: 'kuantitatif', value: null, unit: 'keping' };
    expect(codes(s)).toEqual(['rhk.0.iki.0.target:skp/target-missing']);
    s.rhk[0]!.iki[0]!.target = { kind: 'kualitatif', text: ' ' };
    expect(checkSkpForSubmit(s)[0]!.message).toMatch(/uraian target/);
  });
  it('each empty Lampiran list is refused at its own field', () => {
    const s = skp({ lampiran: { dukunganSumberDaya: [''], skemaPertanggungjawaban: [], konsekuensi: ['ok'] } });
    expect(codes(s)).toEqual(['lampiran.dukunganSumberDaya:skp/lampiran-empty', 'lampiran.skemaPertanggungjawaban:skp/lampiran-empty']);
  });
  it('no utama RHK, an RHK without IKI, no penilai', () => {
    const s = skp({ rhk: [{ id: 'r9', kind: 'tambahan', text: 'x', iki: [] }], penilai: null });
    expect(codes(s)).toEqual(['rhk:skp/no-utama', 'rhk.0.iki:skp/iki-missing', 'penilai:skp/no-penilai']);
  });
});

describe('workflow', () => {
  it('moves Draft → Diajukan → Disetujui or Dikembalikan and nowhere else', () => {
    expect(nextSkpStatus('draft', 'submit')).toBe('diajukan');
    expect(nextSkpStatus('diajukan', 'approve')).toBe('disetujui');
    expect(nextSkpStatus('diajukan', 'return')).toBe('dikembalikan');
    expect(nextSkpStatus('dikembalikan', 'submit')).toBe('diajukan');
    expect(nextSkpStatus('draft', 'approve')).toBeNull();
    expect(nextSkpStatus('disetujui', 'submit')).toBeNull();
    expect(nextSkpStatus('disetujui', 'reopen')).toBe('draft');
    expect(isSkpEditable('disetujui')).toBe(false);
    expect(isSkpEditable('dikembalikan')).toBe(true);
  });
});

describe('cascading matrix', () => {
  it('places each subordinate RHK under the supervisor RHK it links to, and lists the rest', () => {
    const boss = skp({ id: 'boss', employeeId: 'b', rhk: [{ ...skp().rhk[0]!, id: 'B1', text: 'Layanan cepat' }, { ...skp().rhk[0]!, id: 'B2', text: 'Data akurat' }] });
    const a = skp({ id: 'a', employeeId: 'a', rhk: [
      { ...skp().rhk[0]!, id: 'A1', intervensi: { kind: 'link', skpId: 'boss', rhkId: 'B1', text: 'Layanan cepat' } },
      { ...skp().rhk[0]!, id: 'A2', intervensi: { kind: 'text', text: 'lainnya' } },
    ] });
    const c = skp({ id: 'c', employeeId: 'c', rhk: [{ ...skp().rhk[0]!, id: 'C1', intervensi: { kind: 'link', skpId: 'boss', rhkId: 'B2', text: 'Data akurat' } }] });
    const m = cascadeMatrix(boss, [a, c]);
    expect(m.rows.map((r) => r.cells.map((cell) => cell.rhk.map((x) => x.id)))).toEqual([[['A1'], []], [[], ['C1']]]);
    expect(m.unlinked.map((u) => u.rhk.map((x) => x.id))).toEqual([['A2'], []]);
  });
});
