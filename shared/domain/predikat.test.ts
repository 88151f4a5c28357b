import { describe, it, expect } from 'vitest';
import {
  PREDIKAT_LABEL,
  PREDIKAT_ORDER,
  PREDIKAT_PRINT,
  RATING_LABEL,
  checkRatingHasilKerja,
  pimpinanUnitRating,
  predikatKinerja,
  ratingHasilKerjaAllowed,
} from './predikat';
import type { Predikat, Rating } from './predikat';

describe('predikatKinerja: the §4 matrix', () => {
  const cells: [Rating, Rating, Predikat][] = [
    ['di-atas', 'di-bawah', 'kurang'],
    ['di-atas', 'sesuai', 'baik'],
    ['di-atas', 'di-atas', 'sangat-baik'],
    ['sesuai', 'di-bawah', 'kurang'],
    ['sesuai', 'sesuai', 'baik'],
    ['sesuai', 'di-atas', 'baik'],
    ['di-bawah', 'di-bawah', 'sangat-kurang'],
    ['di-bawah', 'sesuai', 'butuh-perbaikan'],
    ['di-bawah', 'di-atas', 'butuh-perbaikan'],
  ];
  it.each(cells)('hasil %s, perilaku %s → %s', (hasil, perilaku, expected) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(expected);
  });
});

describe('labels', () => {
  it('orders best to worst and prints as on documents', () => {
    expect(PREDIKAT_ORDER).toEqual(['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang']);
    expect(PREDIKAT_ORDER.map((p) => PREDIKAT_PRINT[p])).toEqual([
      'SANGAT BAIK', 'BAIK', 'BUTUH PERBAIKAN', 'KURANG/MISCONDUCT', 'SANGAT KURANG',
    ]);
    expect(PREDIKAT_LABEL.kurang).toBe('Kurang/Misconduct');
    expect(RATING_LABEL['di-atas']).toBe('Di Atas Ekspektasi');
  });
});

describe('ratingHasilKerjaAllowed: the Utama rule', () => {
  it('allows every rating when no Utama RHK is below', () => {
    const r = ratingHasilKerjaAllowed([
      { kind: 'utama', judgement: 'di-atas' },
      { kind: 'utama', judgement: 'sesuai' },
      { kind: 'tambahan', judgement: 'di-bawah' },
    ]);
    expect(r.allowed).toEqual(['di-atas', 'sesuai', 'di-bawah']);
    expect(r.blocked).toEqual([]);
  });

  it('blocks Di Atas when any Utama RHK is below, and says why', () => {
    const rhk = [
      { kind: 'utama', judgement: 'di-atas' },
      { kind: 'utama', judgement: 'di-bawah' },
    ] as const;
    const r = ratingHasilKerjaAllowed(rhk);
    expect(r.allowed).toEqual(['sesuai', 'di-bawah']);
    expect(r.blocked[0]?.rating).toBe('di-atas');
    expect(r.blocked[0]?.message).toContain('1 RHK Utama dinilai Di Bawah Ekspektasi');
    expect(checkRatingHasilKerja('di-atas', rhk)?.code).toBe('rating/utama-below');
    expect(checkRatingHasilKerja('sesuai', rhk)).toBeNull();
  });

  it('allows every rating when there are no RHK judgements yet', () => {
    expect(ratingHasilKerjaAllowed([]).allowed).toHaveLength(3);
  });
});

describe('pimpinanUnitRating', () => {
  it('follows the default mapping', () => {
    expect(pimpinanUnitRating('istimewa')).toBe('di-atas');
    expect(pimpinanUnitRating('baik')).toBe('sesuai');
    expect(pimpinanUnitRating('butuh-perbaikan')).toBe('di-bawah');
    expect(pimpinanUnitRating('kurang')).toBe('di-bawah');
    expect(pimpinanUnitRating('sangat-kurang')).toBe('di-bawah');
  });

  it('uses an agency mapping when given', () => {
    const mapping = { istimewa: 'di-atas', baik: 'di-atas', 'butuh-perbaikan': 'sesuai', kurang: 'di-bawah', 'sangat-kurang': 'di-bawah' } as const;
    expect(pimpinanUnitRating('baik', mapping)).toBe('di-atas');
    expect(pimpinanUnitRating('butuh-perbaikan', mapping)).toBe('sesuai');
  });
});
