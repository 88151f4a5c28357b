import { fullName, type Employee, type Position, type Unit } from '@shared/schemas/entities';
import type { Organisation } from './organisation.queries';
import { topUnitResolver } from './unit-tree';

export type EmployeeRow = {
  employee: Employee;
  displayName: string;
  position: Position | undefined;
  unit: Unit | undefined;
  /** The perangkat daerah or kecamatan the unit belongs to (itself when it is one). */
  topUnit: Unit | undefined;
};

/** Everyone, joined with position and unit, in the order HR reads a list: by name. */
export function buildEmployeeRows(org: Pick<Organisation, 'employees' | 'units' | 'unitById' | 'positionById'>): EmployeeRow[] {
  const topUnitOf = topUnitResolver(org.units);
  const rows = org.employees.map((employee) => ({
    employee,
    displayName: fullName(employee),
    position: org.positionById.get(employee.positionId),
    unit: org.unitById.get(employee.unitId),
    topUnit: topUnitOf(employee.unitId),
  }));
  const collator = new Intl.Collator('id', { sensitivity: 'base' });
  return rows.sort((a, b) => collator.compare(a.employee.name, b.employee.name));
}

export type EmployeeFilter = { query: string; unitId: string | null; kind: string | null; status: string | null };

/** Name (any word's start, case-insensitive) or NIP (digits, spaces and dots ignored). */
export function filterEmployees(rows: EmployeeRow[], filter: EmployeeFilter, unitsUnder: (id: string) => Set<string>): EmployeeRow[] {
  const q = filter.query.trim().toLowerCase();
  const digits = q.replace(/[\s.]/g, '');
  const byNip = /^\d+$/.test(digits);
  const allowedUnits = filter.unitId ? unitsUnder(filter.unitId) : null;
  return rows.filter(({ employee: e }) => {
    if (filter.kind && e.kind !== filter.kind) return false;
    if (filter.status && e.status !== filter.status) return false;
    if (allowedUnits && !allowedUnits.has(e.unitId)) return false;
    if (!q) return true;
    if (byNip) return (e.nip ?? '').startsWith(digits);
    return e.searchKey.includes(q);
  });
}

/** A unit and all units below it. */
export function descendantsOf(units: Unit[]): (id: string) => Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  return (id) => {
    const out = new Set<string>();
    const stack = [id];
    while (stack.length) {
      const next = stack.pop()!;
      out.add(next);
      stack.push(...(children.get(next) ?? []));
    }
    return out;
  };
}
