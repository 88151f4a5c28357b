import { describe, expect, it } from 'vitest';
import { generateDemoAgency } from '../demo/generate';
import { isSelfOrDescendant, validateUnitInput } from './unit-input';

const demo = generateDemoAgency();
const employees = new Map(demo.employees.map((e) => [e.id, e]));
const kecamatan = demo.units.find((u) => u.kind === 'kecamatan')!;
const kelurahan = demo.units.find((u) => u.parentId === kecamatan.id && u.kind === 'kelurahan')!;
const asInput = (u: typeof kecamatan) => ({ name: u.name, shortName: u.shortName ?? '', kind: u.kind, parentId: u.parentId, headEmployeeId: u.headEmployeeId });

describe('unit tree checks', () => {
  it('accepts every demo unit as it is', () => {
    for (const u of demo.units) expect(validateUnitInput(asInput(u), demo.units, employees, u.id), u.id).toEqual({});
  });

  it('refuses a parent below the unit itself (a loop)', () => {
    expect(isSelfOrDescendant(demo.units, kecamatan.id, kelurahan.id)).toBe(true);
    expect(isSelfOrDescendant(demo.units, kelurahan.id, kecamatan.id)).toBe(false);
    const errors = validateUnitInput({ ...asInput(kecamatan), parentId: kelurahan.id }, demo.units, employees, kecamatan.id);
    expect(errors.parentId).toMatch(/di bawahnya/);
  });

  it('refuses a head who works elsewhere, and an empty name', () => {
    const outsider = demo.employees.find((e) => e.unitId !== kecamatan.id && e.status === 'aktif')!;
    const errors = validateUnitInput({ ...asInput(kecamatan), name: ' ', headEmployeeId: outsider.id }, demo.units, employees, kecamatan.id);
    expect(errors.name).toBe('Nama unit wajib diisi.');
    expect(errors.headEmployeeId).toMatch(/bukan pegawai unit ini/);
  });

  it('refuses a twin name under the same parent', () => {
    const errors = validateUnitInput({ ...asInput(kelurahan), name: kelurahan.name.toUpperCase() }, demo.units, employees);
    expect(errors.name).toMatch(/Sudah ada unit/);
  });
});
