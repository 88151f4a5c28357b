import type { Unit } from '@shared/schemas/entities';

export type UnitNode = { unit: Unit; depth: number };

/** Units in tree order (parents before children, siblings by name), each with its depth. */
export function flattenUnitTree(units: Unit[]): UnitNode[] {
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const key = u.parentId && units.some((p) => p.id === u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const out: UnitNode[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/**
 * The top-level unit (perangkat daerah or kecamatan, the child of the instansi) of any unit; the
 * instansi itself for the root. HR reads lists grouped by it.
 */
export function topUnitResolver(units: Unit[]): (unitId: string) => Unit | undefined {
  const byId = new Map(units.map((u) => [u.id, u]));
  return (unitId) => {
    let unit = byId.get(unitId);
    while (unit?.parentId && byId.get(unit.parentId)?.parentId) unit = byId.get(unit.parentId);
    return unit;
  };
}

/** Options for a unit Select: tree order, each name indented by its depth. */
export function unitSelectOptions(units: Unit[]): { value: string; label: string }[] {
  return flattenUnitTree(units).map(({ unit, depth }) => ({ value: unit.id, label: `${'\u2003'.repeat(depth)}${unit.name}` }));
}
