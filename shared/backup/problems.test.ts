import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/translate';
import { BACKUP_PROBLEM_CODES } from './problems';

describe('backup problems', () => {
  it('each has words for the user (backup.error.<reason>)', () => {
    const missing = BACKUP_PROBLEM_CODES.filter((c) => !isMessageKey(`backup.error.${c.slice('backup/'.length)}`));
    expect(missing).toEqual([]);
  });
});
