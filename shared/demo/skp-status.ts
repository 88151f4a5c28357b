/**
 * The SKP workflow state of the demo year: most approved in January, a handful still submitted,
 * returned or in draft long after the deadline (overdue), with plausible timestamps.
 */
import { checkSkpForSubmit } from '../domain/skp';
import type { Skp, SkpStatus } from '../schemas/skp';
import type { SkpWorld } from './skp-build';
import { addDays, shuffled, stamp } from './skp-format';
import { RETURN_NOTES } from './skp-texts';
import { TREND_IKI } from './skp-types';

const STAFF_TYPES: readonly string[] = ['pelaksana', 'jf-keahlian', 'jf-keterampilan'];

export const hasTrendIki = (skp: Skp): boolean => skp.rhk.some((r) => r.iki.some((i) => i.text === TREND_IKI));

export function isStaff(world: SkpWorld, skp: Skp): boolean {
  const e = world.emp.get(skp.employeeId);
  return e !== undefined && STAFF_TYPES.includes(world.pos.get(e.positionId)?.type ?? '');
}

/** A subordinate of the first Kepala Seksi in Disdukcapil, so that supervisor has an SKP to approve. */
function dukcapilKasiSubordinate(world: SkpWorld, skps: readonly Skp[]): Skp | undefined {
  const dinas = world.agency.units.find((u) => u.name === 'Dinas Kependudukan dan Pencatatan Sipil');
  const underDinas = (unitId: string): boolean => {
    for (let u = world.unit.get(unitId); u; u = u.parentId ? world.unit.get(u.parentId) : undefined) if (u.id === dinas?.id) return true;
    return false;
  };
  const kasi = world.agency.units.filter((u) => u.kind === 'seksi' && u.headEmployeeId && underDinas(u.id)).map((u) => u.headEmployeeId);
  for (const head of kasi) {
    const subs = skps.filter((s) => s.penilai?.employeeId === head);
    if (subs.length > 0) return subs[subs.length - 1];
  }
  return undefined;
}

/** Which SKP gets which status: by default approved; the rest chosen among staff. */
export function planStatuses(world: SkpWorld, skps: readonly Skp[]): Map<string, SkpStatus> {
  const plan = new Map<string, SkpStatus>(skps.map((s) => [s.id, checkSkpForSubmit(s).length === 0 ? 'disetujui' : 'draft']));
  const forced = dukcapilKasiSubordinate(world, skps);
  if (forced) plan.set(forced.id, 'diajukan');
  const pool = shuffled(world.rng, skps.filter((s) => s !== forced && isStaff(world, s) && !hasTrendIki(s) && plan.get(s.id) === 'disetujui'));
  const wanted: [SkpStatus, number][] = [['diajukan', 4], ['dikembalikan', 3], ['draft', 3]];
  let next = 0;
  for (const [status, count] of wanted) for (let n = 0; n < count && next < pool.length; n += 1) plan.set(pool[next++]!.id, status);
  return plan;
}

/** Sets the status and its timestamps (and the return note) on an SKP built as approved. */
export function applyStatus(world: SkpWorld, skp: Skp, status: SkpStatus, now: string, nth: number): void {
  const { rng, year } = world;
  const created = `${year}-01-${String(rng.int(3, 10)).padStart(2, '0')}`;
  skp.status = status;
  skp.createdAt = stamp(created, rng);
  if (status === 'disetujui') {
    const submitted = addDays(created, rng.int(2, 8));
    skp.submittedAt = stamp(submitted, rng);
    skp.approvedAt = stamp(addDays(submitted, rng.int(1, 6)), rng);
    skp.updatedAt = skp.approvedAt;
  } else if (status === 'diajukan') {
    skp.submittedAt = stamp(addDays(now.slice(0, 10), -rng.int(1, 6)), rng);
    skp.updatedAt = skp.submittedAt;
  } else if (status === 'dikembalikan') {
    const submitted = `${year}-02-${String(rng.int(2, 20)).padStart(2, '0')}`;
    skp.submittedAt = stamp(submitted, rng);
    skp.updatedAt = stamp(addDays(submitted, rng.int(1, 4)), rng);
    skp.returnNote = RETURN_NOTES[nth % RETURN_NOTES.length]!;
  } else {
    skp.updatedAt = stamp(addDays(created, rng.int(0, 40)), rng);
  }
}

/** A draft still being written: its last numeric target not filled in yet (the first kuantitatif draft). */
export function leaveTargetOpen(skps: readonly Skp[]): void {
  const draft = skps.find((s) => s.status === 'draft' && s.approach === 'kuantitatif');
  const target = draft?.rhk.at(-1)?.iki.at(-1)?.target;
  if (target?.kind === 'kuantitatif') target.value = null;
}
