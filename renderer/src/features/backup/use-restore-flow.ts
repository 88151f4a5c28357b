import { useState } from 'react';
import { isSealed } from '@shared/backup/envelope';
import type { BackupProblem } from '@shared/backup/problems';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { checkBackup, type CheckedBackup, restoreBackup } from './backup.commands';
import { BACKUP_FILTER } from './BackupExport';
import { type Picked, pickFile } from './backup-ui';

export type RestoreState =
  | { step: 'idle' }
  | { step: 'password'; file: Picked; problems?: BackupProblem[] }
  | { step: 'problems'; problems: BackupProblem[] }
  | { step: 'ready'; file: Picked; backup: CheckedBackup };

/** open → (password) → complete check → summary and confirmation → replace everything. */
export function useRestoreFlow() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const check = async (file: Picked, password?: string) => {
    setBusy(true);
    try {
      const result = await checkBackup(db, file.data, { password });
      if (result.ok) setState({ step: 'ready', file, backup: result.value });
      // A mistyped password is asked for again; anything else ends here, with what is wrong.
      else if (result.problems.some((p) => p.code === 'backup/wrong-password')) setState({ step: 'password', file, problems: result.problems });
      else setState({ step: 'problems', problems: result.problems });
    } finally {
      setBusy(false);
    }
  };

  const open = async () => {
    const file = await pickFile(host, BACKUP_FILTER);
    if (!file) return;
    if ('error' in file) return notifyFailure(t, file.error);
    if (isSealed(file.data)) setState({ step: 'password', file });
    else await check(file);
  };

  const restore = async (backup: CheckedBackup) => {
    setBusy(true);
    try {
      await restoreBackup(db, backup);
      notifySuccess(t('backup.restored'));
      setState({ step: 'idle' });
    } finally {
      setBusy(false);
    }
  };

  return { state, busy, open, check, restore, cancel: () => setState({ step: 'idle' }) };
}
