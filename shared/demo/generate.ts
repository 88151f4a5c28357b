/**
 * Deterministic demo data: the same options give the same agency, record for record, so demos,
 * screenshots and tests agree. Structure (units, posts, ids, who is PNS or PPPK, statuses) is
 * fixed; the seed chooses names, sexes, titles, dates and hence NIPs.
 */
import type { StatusPegawai } from '../domain/reference';
import { employeeSearchKey, type Employee, type Position, type Unit } from '../schemas/entities';
import { DEMO_AGENCY_SPEC } from './agency';
import {
  isLeadership,
  isoDate,
  randomBirthDate,
  retiredBirthDate,
  assignCareer,
} from './career';
import { createNameRegistry, uniqueName, type NameRegistry } from './names';
import { createRng, type Rng } from './random';
import type { PostSpec, UnitSpec } from './spec';
import { pickGelar } from './titles';

export { DEMO_VACANT_UNIT_ID } from './agency';

export const DEMO_AGENCY_NAME = 'PEMERINTAH KOTA TANGERANG SELATAN';
export const DEMO_DEFAULT_SEED = 2026;
export const DEMO_DEFAULT_NOW = '2026-01-02T08:00:00.000Z';

export interface DemoAgency {
  units: Unit[];
  positions: Position[];
  employees: Employee[];
}

export interface DemoOptions {
  seed?: number;
  /** ISO timestamp written to createdAt/updatedAt. */
  now?: string;
}

type AsnKind = Employee['kind'];

interface Context extends DemoAgency {
  rng: Rng;
  now: string;
  names: NameRegistry;
  nips: Set<string>;
}

export function generateDemoAgency(options: DemoOptions = {}): DemoAgency {
  const ctx: Context = {
    rng: createRng(options.seed ?? DEMO_DEFAULT_SEED),
    now: options.now ?? DEMO_DEFAULT_NOW,
    names: createNameRegistry(),
    nips: new Set(),
    units: [],
    positions: [],
    employees: [],
  };
  addUnit(ctx, DEMO_AGENCY_SPEC, null);
  return { units: ctx.units, positions: ctx.positions, employees: ctx.employees };
}

function addUnit(ctx: Context, spec: UnitSpec, parentId: string | null): void {
  const unitId = `unit-${spec.key}`;
  const unit: Unit = { id: unitId, name: spec.name, kind: spec.kind, parentId, headEmployeeId: null };
  if (spec.shortName) unit.shortName = spec.shortName;
  ctx.units.push(unit);

  const headPosition = addPosition(ctx, spec.head, `pos-${spec.head.key}`, unitId);
  if (!spec.vacant) {
    const kind: AsnKind = spec.head.type === 'kepala-daerah' ? 'kepala-daerah' : 'pns';
    unit.headEmployeeId = addEmployee(ctx, spec.head, headPosition, kind, 'aktif').id;
  }
  for (const post of spec.staff) {
    const position = addPosition(ctx, post, `pos-${spec.key}-${post.key}`, unitId);
    const pnsCount = post.count - post.pppk;
    for (let i = 0; i < post.count; i += 1) {
      const status = i < pnsCount ? (post.statuses?.[i] ?? 'aktif') : 'aktif';
      addEmployee(ctx, post, position, i < pnsCount ? 'pns' : 'pppk', status);
    }
  }
  for (const child of spec.children) addUnit(ctx, child, unitId);
}

function addPosition(ctx: Context, post: PostSpec, id: string, unitId: string): Position {
  const position: Position = { id, name: post.name, type: post.type, unitId };
  if (post.pelaksanaGroup) position.pelaksanaGroup = post.pelaksanaGroup;
  if (post.jfLevel) position.jfLevel = post.jfLevel;
  ctx.positions.push(position);
  return position;
}

function addEmployee(ctx: Context, post: PostSpec, position: Position, kind: AsnKind, status: StatusPegawai): Employee {
  const { rng } = ctx;
  const maleShare = kind === 'kepala-daerah' ? 0.8 : isLeadership(post.type) ? 0.6 : 0.5;
  const sex = rng.chance(maleShare) ? 'L' : 'P';
  const birth = status === 'pensiun' ? retiredBirthDate(rng) : randomBirthDate(rng, post, kind === 'pppk');
  const gelar = pickGelar(rng, post.edu, sex);
  const name = uniqueName(rng, sex, birth.y, ctx.names);
  const employee: Employee = {
    id: `emp-${String(ctx.employees.length + 1).padStart(4, '0')}`,
    kind,
    name,
    birthDate: isoDate(birth),
    sex,
    positionId: position.id,
    unitId: position.unitId,
    status,
    searchKey: '',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  if (gelar.depan) employee.gelarDepan = gelar.depan;
  if (gelar.belakang) employee.gelarBelakang = gelar.belakang;
  assignCareer(rng, employee, { birth, level: post, pendidikan: gelar.pendidikan, sex, taken: ctx.nips, maxSeqStart: 12 });
  employee.searchKey = employeeSearchKey(employee);
  ctx.employees.push(employee);
  return employee;
}

