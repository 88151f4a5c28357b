import { describe, it, expect } from 'vitest';
import { AppraiserOverrideSchema, resolveAppraisers } from './appraiser';
import type { AppraiserData, AppraiserOverride } from './appraiser';
import type { Employee, Position, Unit } from '../schemas/entities';

const T = '2026-01-01T00:00:00.000Z';
function emp(id: string, positionId: string, unitId: string, extra: Partial<Employee> = {}): Employee {
  return {
    id, positionId, unitId, kind: 'pns', name: id, birthDate: '1980-01-01', sex: 'L', status: 'aktif',
    searchKey: id, createdAt: T, updatedAt: T, ...extra,
  };
}
const unit = (id: string, name: string, kind: Unit['kind'], parentId: string | null, headEmployeeId: string | null): Unit =>
  ({ id, name, kind, parentId, headEmployeeId });
const pos = (id: string, name: string, type: Position['type'], unitId: string, extra: Partial<Position> = {}): Position =>
  ({ id, name, type, unitId, ...extra });

/** Kota → Dinas → Bidang → two Seksi (one without a head), as in the demo agency. */
function agency(): AppraiserData & { units: Unit[]; employees: Employee[] } {
  return {
    units: [
      unit('kota', 'Pemerintah Kota Tangerang Selatan', 'instansi', null, 'walikota'),
      unit('dinas', 'Dinas Kependudukan dan Pencatatan Sipil', 'perangkat-daerah', 'kota', 'kadis'),
      unit('bidang', 'Bidang Pelayanan Pendaftaran Penduduk', 'bidang', 'dinas', 'kabid'),
      unit('seksi', 'Seksi Identitas Penduduk', 'seksi', 'bidang', 'kasi'),
      unit('seksi-kosong', 'Seksi Pindah Datang', 'seksi', 'bidang', null),
    ],
    positions: [
      pos('p-walikota', 'Wali Kota Tangerang Selatan', 'kepala-daerah', 'kota'),
      pos('p-kadis', 'Kepala Dinas Kependudukan dan Pencatatan Sipil', 'jpt-pratama', 'dinas'),
      pos('p-kabid', 'Kepala Bidang Pelayanan Pendaftaran Penduduk', 'administrator', 'bidang'),
      pos('p-kasi', 'Kepala Seksi Identitas Penduduk', 'pengawas', 'seksi'),
      pos('p-staf', 'Pengadministrasi Kependudukan', 'pelaksana', 'seksi', { pelaksanaGroup: 'klerek' }),
      pos('p-jf', 'Administrator Database Kependudukan Ahli Pertama', 'jf-keahlian', 'bidang', { jfLevel: 'ahli-pertama' }),
    ],
    employees: [
      emp('walikota', 'p-walikota', 'kota', { kind: 'kepala-daerah' }),
      emp('kadis', 'p-kadis', 'dinas'),
      emp('kabid', 'p-kabid', 'bidang'),
      emp('kasi', 'p-kasi', 'seksi'),
      emp('staf', 'p-staf', 'seksi'),
      emp('staf-2', 'p-staf', 'seksi-kosong'),
      emp('jf', 'p-jf', 'bidang'),
    ],
  };
}

const ON = '2026-02-15';
const ids = (id: string, data: AppraiserData = agency(), on = ON) => {
  const r = resolveAppraisers(id, data, on);
  return [r.penilai.employeeId, r.atasanPenilai.employeeId];
};

describe('resolveAppraisers: default chain', () => {
  it('staff → kasi → kabid → kadis → walikota', () => {
    expect(ids('staf')).toEqual(['kasi', 'kabid']);
    expect(ids('kasi')).toEqual(['kabid', 'kadis']);
    expect(ids('kabid')).toEqual(['kadis', 'walikota']);
    expect(ids('kadis')).toEqual(['walikota', null]);
  });

  it('explains each choice', () => {
    const staf = resolveAppraisers('staf', agency(), ON);
    expect(staf.penilai).toEqual({ employeeId: 'kasi', source: 'unit-head', reason: 'Kepala Seksi Identitas Penduduk (kepala unit kerja pegawai)' });
    const kasi = resolveAppraisers('kasi', agency(), ON);
    expect(kasi.penilai.reason).toBe('Kepala Bidang Pelayanan Pendaftaran Penduduk (kepala unit atasan langsung)');
    const kadis = resolveAppraisers('kadis', agency(), ON);
    expect(kadis.penilai.source).toBe('kepala-daerah');
    expect(kadis.penilai.reason).toContain('Wali Kota Tangerang Selatan');
    expect(kadis.atasanPenilai.source).toBe('none');
  });

  it('gives the Kepala Daerah no penilai and no atasan', () => {
    const r = resolveAppraisers('walikota', agency(), ON);
    expect(r.penilai).toMatchObject({ employeeId: null, source: 'none' });
    expect(r.atasanPenilai).toMatchObject({ employeeId: null, source: 'none' });
    expect(r.penilai.reason).toContain('Kepala Daerah');
  });

  it('appraises a JF by the head of the unit where placed', () => {
    expect(ids('jf')).toEqual(['kabid', 'kadis']);
  });

  it('sends a JPT to the Kepala Daerah even when a unit sits between them', () => {
    const data = agency();
    data.units.push(unit('setda', 'Sekretariat Daerah', 'perangkat-daerah', 'kota', 'sekda'));
    data.units[1] = { ...data.units[1]!, parentId: 'setda' };
    data.employees.push(emp('sekda', 'p-kadis', 'setda'));
    expect(ids('kadis', data)).toEqual(['walikota', null]);
  });
});

describe('resolveAppraisers: vacancies', () => {
  it('skips a unit without a head and says the post is vacant', () => {
    const r = resolveAppraisers('staf-2', agency(), ON);
    expect(r.penilai.employeeId).toBe('kabid');
    expect(r.penilai.reason).toContain('jabatan kepala Seksi Pindah Datang kosong');
    expect(r.atasanPenilai.employeeId).toBe('kadis');
  });

  it('treats a retired head as vacant and says so', () => {
    const data = agency();
    data.employees = data.employees.map((e) => (e.id === 'kabid' ? { ...e, status: 'pensiun' } : e));
    const r = resolveAppraisers('kasi', data, ON);
    expect(r.penilai.employeeId).toBe('kadis');
    expect(r.penilai.reason).toContain('Bidang Pelayanan Pendaftaran Penduduk berstatus pensiun');
    expect(ids('staf', data)).toEqual(['kasi', 'kadis']);
  });

  it('reports vacant when no unit above has a head', () => {
    const data: AppraiserData = {
      ...agency(),
      units: [unit('dinas', 'Dinas X', 'perangkat-daerah', null, null), unit('seksi', 'Seksi Y', 'seksi', 'dinas', null)],
    };
    const r = resolveAppraisers('staf', data, ON);
    expect(r.penilai).toMatchObject({ employeeId: null, source: 'vacant' });
    expect(r.penilai.reason).toContain('Plt/Plh');
    expect(r.atasanPenilai).toMatchObject({ employeeId: null, source: 'vacant' });
  });

  it('reports vacant for a JPT when no Kepala Daerah is recorded', () => {
    const data = agency();
    data.employees = data.employees.filter((e) => e.id !== 'walikota');
    expect(resolveAppraisers('kadis', data, ON).penilai).toMatchObject({ employeeId: null, source: 'vacant' });
  });

  it('stops on a cycle in the unit tree', () => {
    const data: AppraiserData = {
      ...agency(),
      units: [unit('a', 'Unit A', 'bidang', 'b', 'staf'), unit('b', 'Unit B', 'bidang', 'a', null)],
    };
    expect(resolveAppraisers('staf', { ...data, employees: data.employees.map((e) => ({ ...e, unitId: 'a' })) }, ON).penilai.source).toBe('vacant');
  });

  it('reports an unknown employee', () => {
    expect(resolveAppraisers('nobody', agency(), ON).penilai.source).toBe('vacant');
  });
});

describe('resolveAppraisers: HR overrides', () => {
  const plt: AppraiserOverride = { employeeId: 'staf-2', penilaiId: 'kasi', from: '2026-01-01', to: '2026-03-31', note: 'plt' };
  const withPlt = (): AppraiserData => ({ ...agency(), overrides: [plt] });

  it('applies a Plt inside its date range, both ends included', () => {
    for (const day of ['2026-01-01', '2026-02-15', '2026-03-31']) {
      const r = resolveAppraisers('staf-2', withPlt(), day);
      expect(r.penilai.employeeId).toBe('kasi');
      expect(r.penilai.source).toBe('override');
      expect(r.penilai.reason).toContain('Plt');
      expect(r.penilai.reason).toContain('s.d. 31 Maret 2026');
      expect(r.atasanPenilai.employeeId).toBe('kabid');
    }
  });

  it('ignores the Plt outside its date range', () => {
    for (const day of ['2025-12-31', '2026-04-01']) {
      expect(ids('staf-2', withPlt(), day)).toEqual(['kabid', 'kadis']);
    }
  });

  it('can name only the atasan, or run open-ended', () => {
    const data: AppraiserData = { ...agency(), overrides: [{ employeeId: 'staf', atasanPenilaiId: 'kadis', from: '2026-01-01', note: 'plh' }] };
    const r = resolveAppraisers('staf', data, '2030-06-30');
    expect([r.penilai.employeeId, r.atasanPenilai.employeeId]).toEqual(['kasi', 'kadis']);
    expect(r.atasanPenilai.reason).toContain('sejak 1 Januari 2026');
  });

  it('lets the penilai’s own override decide the atasan', () => {
    const data: AppraiserData = { ...agency(), overrides: [{ employeeId: 'kasi', penilaiId: 'kadis', from: '2026-01-01', note: 'plt' }] };
    expect(ids('staf', data)).toEqual(['kasi', 'kadis']);
  });
});

describe('AppraiserOverrideSchema', () => {
  it('accepts a Plt and rejects bad ranges, empty overrides and self-appraisal', () => {
    expect(AppraiserOverrideSchema.safeParse({ employeeId: 'a', penilaiId: 'b', from: '2026-01-01', to: '2026-03-31', note: 'plt' }).success).toBe(true);
    const bad = [
      { employeeId: 'a', penilaiId: 'b', from: '2026-04-01', to: '2026-03-31' },
      { employeeId: 'a', from: '2026-01-01' },
      { employeeId: 'a', penilaiId: 'a', from: '2026-01-01' },
      { employeeId: 'a', penilaiId: 'b', from: '1 Januari 2026' },
    ];
    for (const o of bad) expect(AppraiserOverrideSchema.safeParse(o).success, JSON.stringify(o)).toBe(false);
  });
});
