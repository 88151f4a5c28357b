import { createContext, useContext } from 'react';
import {
  type AccessArea,
  type AccessRole,
  canEdit,
  canSeeEmployee,
  canSeeRecord,
  canSeeRoute,
  canView,
  type DeskScope,
  type ScopedRecord,
} from '@shared/domain/access';
import type { Settings } from '@shared/schemas/entities';

export type DeskProfile = NonNullable<Settings['deskProfile']>;

export type LockControls = {
  /** An app password is set. */
  enabled: boolean;
  idleMinutes: number | null;
  lockNow(): void;
  /** Tells the gate that this hash was just set by the person at the desk, so it does not lock them out. */
  markUnlocked(hash: string): void;
};

export type Access = {
  role: AccessRole;
  /** The stored profile; null = none chosen yet, which means HR (the first-start demo). */
  profile: DeskProfile | null;
  /** The desk's own employee, for a Pejabat Penilai the one whose team is shown. */
  employeeId: string | null;
  /** A Pejabat Penilai sees only this supervisor's team: pickers are fixed to it. null = free. */
  lockedSupervisorId: string | null;
  team: ReadonlySet<string>;
  canSeeRoute(route: string): boolean;
  canView(area: AccessArea): boolean;
  canEdit(area: AccessArea): boolean;
  canSeeEmployee(employeeId: string): boolean;
  canSeeRecord(record: ScopedRecord): boolean;
  lock: LockControls;
};

export const AccessContext = createContext<Access | null>(null);

/** What this desk may see and change (shared/domain/access.ts), and its app lock. */
export function useAccess(): Access {
  const access = useContext(AccessContext);
  if (!access) throw new Error('useAccess outside AccessProvider');
  return access;
}

export function buildAccess(profile: DeskProfile | null, team: ReadonlySet<string>, lock: LockControls): Access {
  const role: AccessRole = profile?.role ?? 'hr';
  const employeeId = profile?.employeeId ?? null;
  const scope: DeskScope = { role, employeeId: employeeId ?? undefined, team };
  return {
    role,
    profile,
    employeeId,
    lockedSupervisorId: role === 'penilai' ? (employeeId ?? '') : null,
    team,
    canSeeRoute: (route) => canSeeRoute(role, route),
    canView: (area) => canView(role, area),
    canEdit: (area) => canEdit(role, area),
    canSeeEmployee: (id) => canSeeEmployee(scope, id),
    canSeeRecord: (record) => canSeeRecord(scope, record),
    lock,
  };
}
