import { useLiveQuery } from 'dexie-react-hooks';
import { type Appraisers, resolveAppraisers } from '@shared/domain';
import type { AuditEntry, Employee, Position, Unit } from '@shared/schemas/entities';
import type { AppraiserOverrideRecord } from '@shared/schemas/organisation';
import type { AppDb } from '../../db/db';

export type Organisation = {
  employees: Employee[];
  units: Unit[];
  positions: Position[];
  overrides: AppraiserOverrideRecord[];
  employeeById: Map<string, Employee>;
  unitById: Map<string, Unit>;
  positionById: Map<string, Position>;
};

export async function loadOrganisation(db: AppDb): Promise<Organisation> {
  const [employees, units, positions, overrides] = await Promise.all([db.employees.toArray(), db.units.toArray(), db.positions.toArray(), db.appraiserOverrides.toArray()]);
  return {
    employees,
    units,
    positions,
    overrides,
    employeeById: new Map(employees.map((e) => [e.id, e])),
    unitById: new Map(units.map((u) => [u.id, u])),
    positionById: new Map(positions.map((p) => [p.id, p])),
  };
}

export function useOrganisation(db: AppDb): Organisation | null {
  return useLiveQuery(() => loadOrganisation(db), [db], null);
}

/** Today in the agency's time, as YYYY-MM-DD (appraiser overrides are dated by day). */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function appraisersOf(org: Organisation, employeeId: string, onDate: string): Appraisers {
  return resolveAppraisers(employeeId, org, onDate);
}

export function useEmployeeHistory(db: AppDb, employeeId: string): AuditEntry[] | null {
  return useLiveQuery(() => db.audit.where('entityId').equals(employeeId).reverse().limit(50).toArray(), [db, employeeId], null);
}
