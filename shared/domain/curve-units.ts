/**
 * Who counts in which unit's curve (domain.md §6). The curve's "unit" is the top unit: a perangkat
 * daerah or kecamatan, the child of the instansi root; people in a bidang or seksi count in it.
 */
import type { Employee, Unit } from '../schemas/entities';
import type { Evaluation } from '../schemas/evaluation';

/** Evaluated under PermenPANRB 6/2022: every active ASN except the Kepala Daerah (who has no penilai). */
export function isCurveMember(e: Pick<Employee, 'status' | 'kind'>): boolean {
  return e.status === 'aktif' && e.kind !== 'kepala-daerah';
}

/**
 * Maps any unit id to its curve unit: the ancestor whose parent is a root (or the unit itself when it
 * is a root but no instansi). The instansi root itself has no curve: undefined. Memoised, so resolving
 * 10,000 employees costs one walk per unit.
 */
export function curveUnitResolver(units: readonly Unit[]): (unitId: string) => Unit | undefined {
  const byId = new Map(units.map((u) => [u.id, u]));
  const memo = new Map<string, Unit | undefined>();
  const resolve = (unitId: string): Unit | undefined => {
    if (memo.has(unitId)) return memo.get(unitId);
    memo.set(unitId, undefined); // a parent cycle (damaged data) ends here instead of recursing forever
    const unit = byId.get(unitId);
    const parent = unit?.parentId ? byId.get(unit.parentId) : undefined;
    let top: Unit | undefined;
    if (!unit) top = undefined;
    else if (!parent) top = unit.kind === 'instansi' ? undefined : unit;
    else if (!parent.parentId || !byId.has(parent.parentId)) top = unit;
    else top = resolve(parent.id);
    memo.set(unitId, top);
    return top;
  };
  return resolve;
}

/** Every curve unit of the tree, by name. */
export function curveUnits(units: readonly Unit[]): Unit[] {
  const resolve = curveUnitResolver(units);
  const collator = new Intl.Collator('id', { sensitivity: 'base' });
  return units.filter((u) => resolve(u.id) === u).sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * The evaluation in force per employee: a correction is a new revision that supersedes the one
 * before, so only the highest revision counts (a superseded record never does). One pass, O(n).
 */
export function latestRevisions<E extends Pick<Evaluation, 'id' | 'employeeId' | 'revision' | 'supersedesId'>>(evaluations: readonly E[]): Map<string, E> {
  const superseded = new Set<string>();
  for (const e of evaluations) if (e.supersedesId) superseded.add(e.supersedesId);
  const latest = new Map<string, E>();
  for (const e of evaluations) {
    if (superseded.has(e.id)) continue;
    const current = latest.get(e.employeeId);
    if (!current || e.revision > current.revision) latest.set(e.employeeId, e);
  }
  return latest;
}
