import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../schemas/evaluation';
import type { Rhk, Skp } from '../schemas/skp';
import {
  applyEvaluationPatch,
  checkEvaluationForFinalise,
  emptyPerilakuJudgements,
  isKeberatanLate,
  judgementChanges,
  keberatanDeadline,
  mergeEvaluationPatches,
  predikatReason,
  suggestRatingPerilaku,
} from './evaluation';
import type { Rating } from './predikat';

const who = { employeeId: 'e1', name: 'Rina', pangkat: 'Penata, III/c', jabatan: 'Analis', unit: 'Seksi' };
const rhk = (id: string, kind: Rhk['kind']): Rhk => ({ id, kind, text: `RHK ${id}`, iki: [] });
const skp = { id: 's1', rhk: [rhk('a', 'utama'), rhk('b', 'utama'), rhk('c', 'tambahan')] } as unknown as Skp;

function evaluation(over: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'v1', skpId: 's1', employeeId: 'e1', periodId: 'p', year: 2027, revision: 1, status: 'draft',
    pegawai: who, penilai: null, atasanPenilai: null,
    rhk: skp.rhk.map((r) => ({ rhkId: r.id, judgement: 'sesuai' as Rating, feedback: '' })),
    ratingHasilKerja: 'sesuai', pimpinanUnit: false, perilaku: emptyPerilakuJudgements(), ratingPerilaku: 'sesuai',
    predikat: 'baik', catatan: '', capaianOrganisasi: null, step: 5,
    createdAt: '2027-12-31T00:00:00.000Z', updatedAt: '2027-12-31T00:00:00.000Z',
    ...over,
  };
}
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);
const seven = (...rs: Rating[]) => rs.map((judgement) => ({ judgement }));

describe('suggestRatingPerilaku (no official formula: a suggestion only)', () => {
  it('waits until every core value is judged', () => {
    expect(suggestRatingPerilaku([])).toBeNull();
    expect(suggestRatingPerilaku([{ judgement: 'sesuai' }, { judgement: null }])).toBeNull();
  });
  it('suggests Di Bawah when two or more values are below', () => {
    expect(suggestRatingPerilaku(seven('di-bawah', 'di-bawah', 'di-atas', 'di-atas', 'di-atas', 'di-atas', 'di-atas'))?.rating).toBe('di-bawah');
  });
  it('suggests Di Atas on a majority above with none below', () => {
    const s = suggestRatingPerilaku(seven('di-atas', 'di-atas', 'di-atas', 'di-atas', 'sesuai', 'sesuai', 'sesuai'));
    expect(s?.rating).toBe('di-atas');
    expect(s?.reason).toMatch(/4 dari 7/);
  });
  it('suggests Sesuai when one value is below, even with a majority above, and on three above', () => {
    expect(suggestRatingPerilaku(seven('di-bawah', 'di-atas', 'di-atas', 'di-atas', 'di-atas', 'di-atas', 'di-atas'))?.rating).toBe('sesuai');
    expect(suggestRatingPerilaku(seven('di-atas', 'di-atas', 'di-atas', 'sesuai', 'sesuai', 'sesuai', 'sesuai'))?.rating).toBe('sesuai');
  });
});

describe('applyEvaluationPatch', () => {
  it('merges one RHK field without touching the others and derives the predikat', () => {
    const next = applyEvaluationPatch(evaluation(), { rhk: [{ rhkId: 'b', feedback: 'Bagus' }], ratingPerilaku: 'di-atas' });
    expect(next.rhk[1]).toEqual({ rhkId: 'b', judgement: 'sesuai', feedback: 'Bagus' });
    expect(next.rhk[0]).toEqual(evaluation().rhk[0]);
    expect(next.predikat).toBe('baik');
    expect(applyEvaluationPatch(next, { ratingHasilKerja: 'di-atas' }).predikat).toBe('sangat-baik');
    expect(applyEvaluationPatch(next, { ratingHasilKerja: null }).predikat).toBeNull();
  });
  it('makes a pimpinan unit kerja follow the organisation result, or leaves the rating empty without one', () => {
    expect(applyEvaluationPatch(evaluation(), { pimpinanUnit: true }, 'istimewa').ratingHasilKerja).toBe('di-atas');
    expect(applyEvaluationPatch(evaluation(), { pimpinanUnit: true, ratingHasilKerja: 'di-atas' }, 'kurang').ratingHasilKerja).toBe('di-bawah');
    expect(applyEvaluationPatch(evaluation(), { pimpinanUnit: true }, null).ratingHasilKerja).toBeNull();
  });
  it('keeps the step within the six wizard steps', () => {
    expect(applyEvaluationPatch(evaluation(), { step: 9 }).step).toBe(5);
    expect(applyEvaluationPatch(evaluation(), { step: -1 }).step).toBe(0);
  });
});

describe('checkEvaluationForFinalise', () => {
  it('accepts a complete, consistent evaluation', () => {
    expect(checkEvaluationForFinalise(evaluation(), skp)).toEqual([]);
  });
  it('names every unjudged RHK at its path, and the missing ratings', () => {
    const e = evaluation({ rhk: [{ rhkId: 'a', judgement: null, feedback: '' }], ratingHasilKerja: null, ratingPerilaku: null, predikat: null });
    const issues = checkEvaluationForFinalise(e, skp);
    expect(issues.map((i) => i.path)).toEqual(['rhk.0.judgement', 'rhk.1.judgement', 'rhk.2.judgement', 'ratingHasilKerja', 'ratingPerilaku']);
  });
  it('refuses Di Atas while an Utama RHK is below (the Utama rule), but not for a Tambahan below', () => {
    const utamaBelow = evaluation({ ratingHasilKerja: 'di-atas', predikat: 'baik', rhk: [{ rhkId: 'a', judgement: 'di-bawah', feedback: '' }, { rhkId: 'b', judgement: 'di-atas', feedback: '' }, { rhkId: 'c', judgement: 'di-atas', feedback: '' }] });
    expect(codes(checkEvaluationForFinalise(utamaBelow, skp))).toEqual(['rating/utama-below']);
    const tambahanBelow = evaluation({ ratingHasilKerja: 'di-atas', predikat: 'baik', rhk: [{ rhkId: 'a', judgement: 'di-atas', feedback: '' }, { rhkId: 'b', judgement: 'di-atas', feedback: '' }, { rhkId: 'c', judgement: 'di-bawah', feedback: '' }] });
    expect(checkEvaluationForFinalise(tambahanBelow, skp)).toEqual([]);
  });
  it('needs the organisation result for a pimpinan unit kerja, and the rating that follows it', () => {
    const head = evaluation({ pimpinanUnit: true, ratingHasilKerja: 'sesuai' });
    expect(codes(checkEvaluationForFinalise(head, skp))).toEqual(['evaluation/no-org-result']);
    expect(codes(checkEvaluationForFinalise(head, skp, { capaianOrganisasi: 'istimewa' }))).toEqual(['evaluation/pimpinan-mismatch']);
    expect(checkEvaluationForFinalise(head, skp, { capaianOrganisasi: 'baik' })).toEqual([]);
  });
  it('catches a predikat that disagrees with the matrix, and a final evaluation', () => {
    expect(codes(checkEvaluationForFinalise(evaluation({ predikat: 'sangat-baik' }), skp))).toEqual(['evaluation/predikat-mismatch']);
    expect(codes(checkEvaluationForFinalise(evaluation({ status: 'final' }), skp))).toEqual(['evaluation/final']);
  });
});

describe('predikatReason', () => {
  it('words the matrix cell', () => {
    expect(predikatReason('sesuai', 'di-atas')).toEqual({ predikat: 'baik', reason: 'Hasil Kerja Sesuai Ekspektasi × Perilaku Di Atas Ekspektasi → Baik' });
  });
});

describe('keberatan deadline (14 days, PP 30/2019 Pasal 59)', () => {
  it('is on time on day 14 and late on day 15, across month and year ends', () => {
    expect(keberatanDeadline('2028-01-05')).toBe('2028-01-19');
    expect(isKeberatanLate('2028-01-05', '2028-01-19')).toBe(false);
    expect(isKeberatanLate('2028-01-05', '2028-01-20')).toBe(true);
    expect(keberatanDeadline('2027-12-25')).toBe('2028-01-08');
    expect(keberatanDeadline('2028-02-20')).toBe('2028-03-05');
    expect(isKeberatanLate('2028-01-05', '2028-01-05')).toBe(false);
  });
  it('refuses a date that is not one', () => {
    expect(() => keberatanDeadline('2028-02-30')).toThrow();
  });
});

describe('debounced patches and the audit of judgements', () => {
  it('merges pending edits field by field, the later winning', () => {
    const merged = mergeEvaluationPatches({ rhk: [{ rhkId: 'a', judgement: 'sesuai' }], catatan: 'x' }, { rhk: [{ rhkId: 'a', feedback: 'f' }, { rhkId: 'b', judgement: 'di-atas' }], catatan: 'y' });
    expect(merged).toEqual({ rhk: [{ rhkId: 'a', judgement: 'sesuai', feedback: 'f' }, { rhkId: 'b', judgement: 'di-atas' }], catatan: 'y' });
  });
  it('lists judgement, rating and predikat changes from → to, never feedback text', () => {
    const before = evaluation();
    const after = applyEvaluationPatch(before, { rhk: [{ rhkId: 'a', judgement: 'di-atas', feedback: 'teks' }], perilaku: [{ value: 'loyal', feedback: 'teks' }], ratingHasilKerja: 'di-atas', ratingPerilaku: 'di-atas' });
    expect(judgementChanges(before, after)).toEqual({
      ratingHasilKerja: { from: 'sesuai', to: 'di-atas' },
      ratingPerilaku: { from: 'sesuai', to: 'di-atas' },
      predikat: { from: 'baik', to: 'sangat-baik' },
      'rhk.a.judgement': { from: 'sesuai', to: 'di-atas' },
    });
  });
});
