import { describe, expect, it } from 'vitest';
import type { Cell } from '../import/cells';
import { BENTUK, modeOf } from './training-forms';
import { CATALOGUE_COLUMNS, CATALOGUE_HEADER, courseToRow, DEFAULT_CATALOGUE, importCatalogueRows } from './training-catalogue';

const header: Cell[] = CATALOGUE_COLUMNS.map((k) => CATALOGUE_HEADER[k]);

describe('default catalogue', () => {
  it('has several courses per form, classical and non-classical, with unique ids', () => {
    for (const b of BENTUK) expect(DEFAULT_CATALOGUE.filter((c) => c.bentuk === b).length, b).toBeGreaterThanOrEqual(2);
    expect(new Set(DEFAULT_CATALOGUE.map((c) => c.id)).size).toBe(DEFAULT_CATALOGUE.length);
    expect(modeOf('coaching')).toBe('nonklasikal');
    expect(modeOf('pkp')).toBe('klasikal');
    for (const p of ['BPSDM Provinsi Banten', 'Lembaga Administrasi Negara (LAN)', 'BKPSDM Kota Tangerang Selatan', 'e-learning ASN Unggul (LAN)']) {
      expect(DEFAULT_CATALOGUE.some((c) => c.provider === p), p).toBe(true);
    }
  });
});

describe('catalogue rows', () => {
  it('round-trips every default course through its row', () => {
    const rows = [header, ...DEFAULT_CATALOGUE.map(courseToRow)];
    const result = importCatalogueRows(rows, []);
    expect(result).toMatchObject({ ok: true, created: DEFAULT_CATALOGUE.length, updated: 0 });
    if (result.ok) expect(result.courses).toEqual(DEFAULT_CATALOGUE);
  });

  it('updates a course by ID, adds one without an ID, keeps the rest', () => {
    const first = DEFAULT_CATALOGUE[0]!;
    const edited = courseToRow({ ...first, jp: 610, name: 'PKN I (diperbarui)' });
    const fresh = ['', 'Kursus Menulis Naskah Dinas', 'Kursus', '', 12, 'BKPSDM Kota Tangerang Selatan', 'Persuratan; Naskah dinas', 'Kompeten', 'Pelaksana; JF Keterampilan', 'teknis', '', 'Ya'];
    const result = importCatalogueRows([header, edited, fresh, []], DEFAULT_CATALOGUE);
    expect(result).toMatchObject({ ok: true, created: 1, updated: 1 });
    if (!result.ok) return;
    expect(result.courses).toHaveLength(DEFAULT_CATALOGUE.length + 1);
    expect(result.courses.find((c) => c.id === first.id)).toMatchObject({ jp: 610, name: 'PKN I (diperbarui)' });
    expect(result.courses.find((c) => c.id === 'kat-kursus-menulis-naskah-dinas')).toMatchObject({ bentuk: 'kursus', values: ['kompeten'], positions: ['pelaksana', 'jf-keterampilan'], active: true });
  });

  it('refuses the whole file, naming each row, on an unknown form, a bad JP, an unknown value or position, or a duplicate ID', () => {
    const good = courseToRow(DEFAULT_CATALOGUE[1]!);
    const rows: Cell[][] = [
      header,
      ['', 'A', 'Pelatihan terbang', '', 8, 'LAN', '', '', '', '', '', ''],
      ['', 'B', 'Kursus', '', 'delapan', 'LAN', '', '', '', '', '', ''],
      ['', 'C', 'Kursus', '', 8, 'LAN', '', 'Jujur', 'Direktur', '', '', ''],
      ['', '', 'Kursus', '', 8, '', '', '', '', '', '', ''],
      good,
      good,
    ];
    const result = importCatalogueRows(rows, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.row)).toEqual([2, 3, 4, 4, 5, 5, 7]);
    expect(result.problems[0]!.message).toContain('Bentuk "Pelatihan terbang" tidak dikenal');
    expect(result.problems[6]!.message).toContain('lebih dari sekali');
  });

  it('refuses a sheet without the required columns', () => {
    const result = importCatalogueRows([['Nama', 'JP']], []);
    expect(result).toMatchObject({ ok: false, problems: [{ row: 1 }] });
  });
});
