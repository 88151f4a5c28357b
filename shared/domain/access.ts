/**
 * Who may see and change what at this desk (the access issue). A desk profile has a role:
 *
 * - 'hr' (BKPSDM / pengelola kinerja): everything.
 * - 'penilai' (Pejabat Penilai Kinerja): Beranda, SKP, Evaluasi and Dokumen, limited to their own
 *   team (employees whose SKP names them as penilai) and their own SKP; no Pengaturan beyond
 *   language, the app lock and their own profile (those sit in the header, not on the settings page).
 * - 'pelatih' (training staff): Beranda, Pelatihan and a read-only employee list.
 *
 * A role decides what the UI shows at one desk; it is not a security boundary against someone who
 * can open the database files (UU 27/2022 asks for both: this app lock limits who sees personal
 * data on a shared desk, the operating system's account and disk encryption protect the files).
 */

export const ACCESS_ROLES = ['hr', 'penilai', 'pelatih'] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];

/** The actor of audit entries made at a desk with no profile (an HR desk nobody has named). */
export const UNNAMED_DESK_ACTOR = 'pengguna';

/** How an audit entry names a role: the audit log is a record, kept in Indonesian whatever the UI language. */
const ROLE_IN_AUDIT: Record<AccessRole, string> = { hr: 'HR', penilai: 'Pejabat Penilai', pelatih: 'Pelatih' };

/**
 * Who an audit entry says made a change at this desk: the desk profile's name and role
 * ("Budi Santoso (Pejabat Penilai)"), or "pengguna" where no profile is set.
 */
export function auditActorOf(profile: { role: AccessRole; name: string } | null | undefined): string {
  const name = profile?.name.trim();
  return profile && name ? `${name} (${ROLE_IN_AUDIT[profile.role]})` : UNNAMED_DESK_ACTOR;
}

/** What can be seen or changed, by feature; new features add their area here and a rule below. */
export const ACCESS_AREAS = [
  'employees',
  'organisation',
  'import',
  'skp',
  'skp-years',
  'monitoring',
  'evaluation',
  'curve',
  'documents',
  'signing',
  'training',
  'settings',
  'audit',
  'backup',
] as const;
export type AccessArea = (typeof ACCESS_AREAS)[number];

export type AccessLevel = 'read' | 'edit';

const PENILAI: Partial<Record<AccessArea, AccessLevel>> = {
  skp: 'edit',
  monitoring: 'edit',
  evaluation: 'edit',
  documents: 'edit',
  signing: 'edit',
};
const PELATIH: Partial<Record<AccessArea, AccessLevel>> = { employees: 'read', training: 'edit' };

/** The level a role has in an area; undefined = not visible at all. */
export function accessLevel(role: AccessRole, area: AccessArea): AccessLevel | undefined {
  switch (role) {
    case 'hr':
      return 'edit';
    case 'penilai':
      return PENILAI[area];
    case 'pelatih':
      return PELATIH[area];
  }
}

export function canView(role: AccessRole, area: AccessArea): boolean {
  return accessLevel(role, area) !== undefined;
}

export function canEdit(role: AccessRole, area: AccessArea): boolean {
  return accessLevel(role, area) === 'edit';
}

/** The app's top-level routes (renderer/src/ui/use-hash-route.ts) and the area each one shows. */
const ROUTE_AREA: Record<string, AccessArea | null> = {
  beranda: null,
  pegawai: 'employees',
  skp: 'skp',
  evaluasi: 'evaluation',
  dokumen: 'documents',
  pelatihan: 'training',
  pengaturan: 'settings',
};

/**
 * Whether a role sees a route in the navigation and may open it. Beranda is for everyone; a route
 * this list does not know yet (a feature added later) is shown to HR only, so it starts closed.
 */
export function canSeeRoute(role: AccessRole, route: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(ROUTE_AREA, route)) return role === 'hr';
  const area = ROUTE_AREA[route];
  return area === null || area === undefined || canView(role, area);
}

/** 'all' = every employee's records; 'team' = the desk employee's team and their own. */
export function scopeOf(role: AccessRole): 'all' | 'team' {
  return role === 'penilai' ? 'team' : 'all';
}

/** The slice of an SKP that says who appraises whom. */
export type TeamSkp = { employeeId: string; year?: number; penilai?: { employeeId: string } | null };

/**
 * A supervisor's team: the employees whose SKP names them as Pejabat Penilai Kinerja (in `year`
 * when given). The SKP is where the appraiser is fixed for the year (domain.md §1); HR's Plt/Plh
 * decisions and the unit rules are already resolved into it when the SKP is drawn up.
 */
export function teamOf(employeeId: string, data: { skps: readonly TeamSkp[]; year?: number }): Set<string> {
  const team = new Set<string>();
  for (const s of data.skps) {
    if (s.penilai?.employeeId !== employeeId || s.employeeId === employeeId) continue;
    if (data.year !== undefined && s.year !== data.year) continue;
    team.add(s.employeeId);
  }
  return team;
}

export type DeskScope = { role: AccessRole; employeeId?: string | undefined; team: ReadonlySet<string> };

/** Whether the desk may see one employee's SKP, evaluation or documents. */
export function canSeeEmployee(scope: DeskScope, employeeId: string): boolean {
  if (scopeOf(scope.role) === 'all') return true;
  if (!scope.employeeId) return false;
  return employeeId === scope.employeeId || scope.team.has(employeeId);
}

/** A record (SKP, evaluation) as far as access needs it: whose it is and who appraises it. */
export type ScopedRecord = { employeeId: string; penilai?: { employeeId: string } | null };

/** A penilai sees their own records and those that name them as penilai (even after a transfer). */
export function canSeeRecord(scope: DeskScope, record: ScopedRecord): boolean {
  if (canSeeEmployee(scope, record.employeeId)) return true;
  return !!scope.employeeId && record.penilai?.employeeId === scope.employeeId;
}

export type DeskProfileInput = { role: AccessRole; employeeId?: string | undefined; name: string };

/** Problems with a desk profile, as message keys' suffixes (`access.profile.error.<code>`). */
export function checkDeskProfile(profile: DeskProfileInput, employeeExists: (id: string) => boolean): ('name' | 'employee' | 'employee-missing')[] {
  const issues: ('name' | 'employee' | 'employee-missing')[] = [];
  if (!profile.name.trim()) issues.push('name');
  if (profile.role === 'penilai' && !profile.employeeId) issues.push('employee');
  else if (profile.employeeId && !employeeExists(profile.employeeId)) issues.push('employee-missing');
  return issues;
}

/** Minutes without input before the app locks itself; the issue's default is 10. */
export const DEFAULT_IDLE_MINUTES = 10;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 240;
/** Shortest app password accepted. */
export const MIN_PASSWORD_LENGTH = 8;

/**
 * After a few wrong passwords each new try waits longer (5 s, 10 s, 20 s … at most 5 minutes), so
 * guessing at a shared desk is slow; PBKDF2 already costs a noticeable fraction of a second a try.
 */
export function unlockDelayMs(failures: number): number {
  const free = 5;
  if (failures < free) return 0;
  return Math.min(5 * 60_000, 5_000 * 2 ** (failures - free));
}
