import { describe, expect, it } from 'vitest';
import type { Realisasi } from '../schemas/monitoring';
import type { Iki, Skp } from '../schemas/skp';
import { ikiGroups, parseRealisasiNumber, trendSeries } from './monitoring-trend';
import { generatePeriods } from './skp';

describe('parseRealisasiNumber', () => {
  it('reads numbers as Indonesians write them', () => {
    expect(parseRealisasiNumber('4,5 hari')).toBe(4.5);
    expect(parseRealisasiNumber('rata-rata 3 hari kerja')).toBe(3);
    expect(parseRealisasiNumber('1.234 dokumen')).toBe(1234);
    expect(parseRealisasiNumber('1.234,5')).toBe(1234.5);
    expect(parseRealisasiNumber('98%')).toBe(98);
    expect(parseRealisasiNumber('2.5 jam')).toBe(2.5);
    expect(parseRealisasiNumber('12.')).toBe(12);
    expect(parseRealisasiNumber('selesai sesuai rencana')).toBeNull();
  });
});

const iki = (id: string, text: string, unit: string): Iki => ({ id, text, aspek: 'waktu', target: { kind: 'kuantitatif', value: 3, unit } });
const skp = (id: string, ikis: Iki[]): Skp =>
  ({ id, employeeId: `e-${id}`, year: 2027, status: 'disetujui', rhk: [{ id: 'r1', kind: 'utama', text: 'Layanan', iki: ikis }] }) as unknown as Skp;
const rec = (skpId: string, periodId: string, values: Record<string, string>): Realisasi => ({
  id: `${skpId}|${periodId}|r1`,
  skpId,
  periodId,
  rhkId: 'r1',
  rencanaAksi: [],
  realisasi: values,
  updatedAt: '2027-04-01T00:00:00.000Z',
});

describe('IKI trend', () => {
  const skps = [
    skp('a', [iki('a1', 'Rata-rata waktu penerbitan akta kelahiran', 'hari'), iki('a2', 'Jumlah dokumen', 'dokumen')]),
    skp('b', [iki('b1', 'rata-rata  waktu penerbitan akta kelahiran ', 'Hari')]),
    skp('c', [iki('c1', 'Rata-rata waktu penerbitan akta kelahiran', 'jam')]),
  ];
  const periods = generatePeriods(2027, 'triwulan');

  it('groups identical text and unit, most common first', () => {
    const groups = ikiGroups(skps);
    expect(groups.map((g) => [g.text, g.unit, g.skpCount])).toEqual([
      ['Rata-rata waktu penerbitan akta kelahiran', 'hari', 2],
      ['Jumlah dokumen', 'dokumen', 1],
      ['Rata-rata waktu penerbitan akta kelahiran', 'jam', 1],
    ]);
  });

  it('averages numeric realisations per period, with min and max, skipping words', () => {
    const key = ikiGroups(skps)[0]!.key;
    const [p1, p2] = periods;
    const series = trendSeries(key, skps, periods, [
      rec('a', p1!.id, { a1: '4,5 hari', a2: '100' }),
      rec('b', p1!.id, { b1: '3 hari' }),
      rec('c', p1!.id, { c1: '1 jam' }),
      rec('a', p2!.id, { a1: 'belum ada data' }),
    ]);
    expect(series[0]).toEqual({ periodId: p1!.id, label: 'TRIWULAN I', count: 2, avg: 3.75, min: 3, max: 4.5 });
    expect(series[1]).toMatchObject({ count: 0, avg: null });
    expect(series.map((s) => s.label)).toEqual(['TRIWULAN I', 'TRIWULAN II', 'TRIWULAN III', 'TRIWULAN IV-AKHIR']);
  });
});
