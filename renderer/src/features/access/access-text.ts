import type { AccessRole } from '@shared/domain/access';
import type { MessageKey } from '@shared/i18n/translate';
import type { AccessProblem } from './access.commands';

export const ROLE_LABEL: Record<AccessRole, MessageKey> = {
  hr: 'access.role.hr',
  penilai: 'access.role.penilai',
  pelatih: 'access.role.pelatih',
};

export const ROLE_HELP: Record<AccessRole, MessageKey> = {
  hr: 'access.role.hr.help',
  penilai: 'access.role.penilai.help',
  pelatih: 'access.role.pelatih.help',
};

/** Every problem an access command can report, worded in one place (architecture.md, pattern 7). */
export const PROBLEM_TEXT: Record<AccessProblem, MessageKey> = {
  'wrong-password': 'access.error.wrong-password',
  'too-short': 'access.error.too-short',
  mismatch: 'access.error.mismatch',
  'idle-range': 'access.error.idle-range',
  changed: 'access.error.changed',
  name: 'access.error.name',
  employee: 'access.error.employee',
  'employee-missing': 'access.error.employee-missing',
  unsupported: 'access.error.unsupported',
};

/** Which form field a problem belongs to; the rest show above the buttons. */
export function fieldOf(problem: AccessProblem): 'current' | 'password' | 'repeat' | 'idleMinutes' | 'name' | 'employeeId' | null {
  switch (problem) {
    case 'wrong-password':
      return 'current';
    case 'too-short':
      return 'password';
    case 'mismatch':
      return 'repeat';
    case 'idle-range':
      return 'idleMinutes';
    case 'name':
      return 'name';
    case 'employee':
    case 'employee-missing':
      return 'employeeId';
    case 'changed':
    case 'unsupported':
      return null;
  }
}
