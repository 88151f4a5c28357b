import { describe, expect, it } from 'vitest';
import { generateDemoAgency } from '@shared/demo/generate';
import { fullName } from '@shared/schemas/entities';
import { descendantsOf, type EmployeeRow, filterEmployees } from './employees.queries';
import { flattenUnitTree, topUnitResolver } from './unit-tree';

const demo = generateDemoAgency();
const topOf = topUnitResolver(demo.units);
const rows: EmployeeRow[] = demo.employees.map((employee) => ({
  employee,
  displayName: fullName(employee),
  position: demo.positions.find((p) => p.id === employee.positionId),
  unit: demo.units.find((u) => u.id === employee.unitId),
  topUnit: topOf(employee.unitId),
}));
const under = descendantsOf(demo.units);
const none = { query: '', unitId: null, kind: null, status: null };

describe('employee filter', () => {
  it('finds by NIP prefix whether typed with spaces or dots', () => {
    const someone = demo.employees.find((e) => e.nip)!;
    const spaced = `${someone.nip!.slice(0, 8)} ${someone.nip!.slice(8, 14)}`;
    const dotted = `${someone.nip!.slice(0, 8)}.${someone.nip!.slice(8, 14)}`;
    for (const query of [spaced, dotted, someone.nip!]) {
      const found = filterEmployees(rows, { ...none, query }, under);
      expect(found.map((r) => r.employee.id)).toContain(someone.id);
      expect(found.every((r) => r.employee.nip!.startsWith(someone.nip!.slice(0, 14)))).toBe(true);
    }
  });

  it('finds by name case-insensitively', () => {
    const someone = demo.employees[10]!;
    const found = filterEmployees(rows, { ...none, query: someone.name.toUpperCase() }, under);
    expect(found.map((r) => r.employee.id)).toContain(someone.id);
  });

  it('a unit filter includes the units below it', () => {
    const kecamatan = demo.units.find((u) => u.kind === 'kecamatan')!;
    const found = filterEmployees(rows, { ...none, unitId: kecamatan.id }, under);
    const kelurahanStaff = demo.employees.filter((e) => demo.units.find((u) => u.id === e.unitId)?.kind === 'kelurahan');
    expect(kelurahanStaff.length).toBeGreaterThan(0);
    for (const e of kelurahanStaff) expect(found.map((r) => r.employee.id)).toContain(e.id);
    expect(found.every((r) => topOf(r.employee.unitId)?.id === kecamatan.id)).toBe(true);
  });

  it('combines kind and status', () => {
    const found = filterEmployees(rows, { ...none, kind: 'pppk', status: 'aktif' }, under);
    expect(found.length).toBe(demo.employees.filter((e) => e.kind === 'pppk' && e.status === 'aktif').length);
  });
});

describe('unit tree', () => {
  it('lists every unit once, parents before children', () => {
    const flat = flattenUnitTree(demo.units);
    expect(flat).toHaveLength(demo.units.length);
    const seen = new Set<string>();
    for (const { unit, depth } of flat) {
      if (unit.parentId) expect(seen.has(unit.parentId)).toBe(true);
      else expect(depth).toBe(0);
      seen.add(unit.id);
    }
  });
});
