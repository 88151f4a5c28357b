import { describe, expect, it } from 'vitest';
import {
  ACCESS_AREAS,
  ACCESS_ROLES,
  canEdit,
  canSeeEmployee,
  canSeeRecord,
  canSeeRoute,
  canView,
  checkDeskProfile,
  scopeOf,
  teamOf,
  unlockDelayMs,
} from './access';

const ROUTES = ['beranda', 'pegawai', 'skp', 'evaluasi', 'dokumen', 'pelatihan', 'pengaturan'];
const visible = (role: (typeof ACCESS_ROLES)[number]) => ROUTES.filter((r) => canSeeRoute(role, r));

describe('routes by role', () => {
  it('HR sees every route, including ones added later', () => {
    expect(visible('hr')).toEqual(ROUTES);
    expect(canSeeRoute('hr', 'cadangan')).toBe(true);
  });

  it('a Pejabat Penilai sees Beranda, SKP, Evaluasi and Dokumen, not Pegawai, Pelatihan or Pengaturan', () => {
    expect(visible('penilai')).toEqual(['beranda', 'skp', 'evaluasi', 'dokumen']);
  });

  it('a Pelatih sees Beranda, Pelatihan and the employee list', () => {
    expect(visible('pelatih')).toEqual(['beranda', 'pegawai', 'pelatihan']);
  });

  it('an unknown route starts closed for everyone but HR', () => {
    expect(canSeeRoute('penilai', 'cadangan')).toBe(false);
    expect(canSeeRoute('pelatih', '__proto__')).toBe(false);
    expect(canSeeRoute('penilai', 'constructor')).toBe(false);
  });
});

describe('areas by role', () => {
  it('HR edits everything', () => {
    for (const area of ACCESS_AREAS) expect(canEdit('hr', area)).toBe(true);
  });

  it('a Pejabat Penilai edits SKP, monitoring, evaluations and documents, and nothing of HR', () => {
    for (const area of ['skp', 'monitoring', 'evaluation', 'documents', 'signing'] as const) expect(canEdit('penilai', area)).toBe(true);
    for (const area of ['employees', 'organisation', 'import', 'curve', 'settings', 'audit', 'backup', 'skp-years', 'training'] as const) {
      expect(canView('penilai', area)).toBe(false);
    }
  });

  it('a Pelatih reads the employee list and edits training only', () => {
    expect(canView('pelatih', 'employees')).toBe(true);
    expect(canEdit('pelatih', 'employees')).toBe(false);
    expect(canEdit('pelatih', 'training')).toBe(true);
    expect(ACCESS_AREAS.filter((a) => canView('pelatih', a))).toEqual(['employees', 'training']);
  });

  it('only a Pejabat Penilai is limited to a team', () => {
    expect(ACCESS_ROLES.map(scopeOf)).toEqual(['all', 'team', 'all']);
  });
});

const skps = [
  { employeeId: 'a', year: 2026, penilai: { employeeId: 'kasi' } },
  { employeeId: 'b', year: 2026, penilai: { employeeId: 'kasi' } },
  { employeeId: 'c', year: 2026, penilai: { employeeId: 'kabid' } },
  { employeeId: 'kasi', year: 2026, penilai: { employeeId: 'kabid' } },
  { employeeId: 'd', year: 2025, penilai: { employeeId: 'kasi' } },
  { employeeId: 'e', year: 2026, penilai: null },
  { employeeId: 'kasi', year: 2025, penilai: { employeeId: 'kasi' } },
];

describe('teamOf', () => {
  it('is everyone whose SKP names the employee as penilai, never the employee themself', () => {
    expect([...teamOf('kasi', { skps })].sort()).toEqual(['a', 'b', 'd']);
    expect([...teamOf('kabid', { skps })].sort()).toEqual(['c', 'kasi']);
    expect(teamOf('nobody', { skps }).size).toBe(0);
  });

  it('can be limited to one year', () => {
    expect([...teamOf('kasi', { skps, year: 2026 })].sort()).toEqual(['a', 'b']);
  });
});

describe('what a desk may see', () => {
  const team = teamOf('kasi', { skps, year: 2026 });

  it('a Pejabat Penilai sees their team and themself only', () => {
    const scope = { role: 'penilai' as const, employeeId: 'kasi', team };
    expect(['a', 'b', 'kasi', 'c', 'd'].filter((id) => canSeeEmployee(scope, id))).toEqual(['a', 'b', 'kasi']);
  });

  it('a Pejabat Penilai without an employee sees nobody', () => {
    expect(canSeeEmployee({ role: 'penilai', team: new Set(['a']) }, 'a')).toBe(false);
  });

  it('HR and Pelatih are not limited by team', () => {
    expect(canSeeEmployee({ role: 'hr', team: new Set() }, 'c')).toBe(true);
    expect(canSeeEmployee({ role: 'pelatih', team: new Set() }, 'c')).toBe(true);
  });

  it('a record that names the desk as penilai stays visible after the employee moved teams', () => {
    const scope = { role: 'penilai' as const, employeeId: 'kasi', team };
    expect(canSeeRecord(scope, { employeeId: 'x', penilai: { employeeId: 'kasi' } })).toBe(true);
    expect(canSeeRecord(scope, { employeeId: 'x', penilai: { employeeId: 'kabid' } })).toBe(false);
    expect(canSeeRecord({ role: 'penilai', team }, { employeeId: 'x', penilai: { employeeId: 'kasi' } })).toBe(false);
  });
});

describe('checkDeskProfile', () => {
  const exists = (id: string) => id === 'kasi';
  it('needs a name, and an employee for a Pejabat Penilai', () => {
    expect(checkDeskProfile({ role: 'hr', name: 'Bagian Kepegawaian' }, exists)).toEqual([]);
    expect(checkDeskProfile({ role: 'penilai', name: ' ' }, exists)).toEqual(['name', 'employee']);
    expect(checkDeskProfile({ role: 'penilai', employeeId: 'kasi', name: 'Yuli' }, exists)).toEqual([]);
    expect(checkDeskProfile({ role: 'pelatih', employeeId: 'gone', name: 'P' }, exists)).toEqual(['employee-missing']);
  });
});

describe('unlockDelayMs', () => {
  it('lets the first five tries through, then doubles the wait up to five minutes', () => {
    expect([0, 4].map(unlockDelayMs)).toEqual([0, 0]);
    expect([5, 6, 7].map(unlockDelayMs)).toEqual([5_000, 10_000, 20_000]);
    expect(unlockDelayMs(50)).toBe(300_000);
  });
});
