import { Alert, Button, Checkbox, Group, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { MIN_PASSWORD_LENGTH } from '@shared/backup/envelope';
import { BACKUP_EXTENSION } from '@shared/backup/format';
import { BackupFailure } from '@shared/backup/problems';
import { MAX_FILE_BYTES } from '@shared/host/contract';
import type { Translate } from '@shared/i18n/translate';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { exportBackup } from './backup.commands';
import { formatMiB, problemText, saveFile, useAppVersion } from './backup-ui';

export const BACKUP_FILTER = { name: 'Cadangan Peka', extensions: [BACKUP_EXTENSION] };

function passwordProblem(t: Translate, password: string, repeat: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return t('backup.error.weak-password', { min: MIN_PASSWORD_LENGTH });
  return password === repeat ? null : t('backup.passwordMismatch');
}

/** "Buat cadangan": the whole database in one file, by default sealed with a password. */
export function BackupExport() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const version = useAppVersion();
  const [encrypt, setEncrypt] = useState(true);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    const wrong = encrypt ? passwordProblem(t, password, repeat) : null;
    setError(wrong);
    if (wrong) return;
    setBusy(true);
    try {
      const file = await exportBackup(db, { appVersion: version ?? 'tidak diketahui', password: encrypt ? password : undefined });
      const result = await saveFile(host, file.fileName, BACKUP_FILTER, file.bytes);
      if ('tooLarge' in result) setError(t('backup.tooLarge', { size: formatMiB(result.tooLarge), limit: formatMiB(MAX_FILE_BYTES) }));
      else if ('error' in result) notifyFailure(t, result.error);
      else if (result.saved) {
        notifySuccess(t('backup.saved', { file: result.saved }));
        setPassword('');
        setRepeat('');
      }
    } catch (e) {
      if (!(e instanceof BackupFailure)) throw e;
      setError(e.problems.map((p) => problemText(t, p)).join(' '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Checkbox label={t('backup.encrypt')} description={t('backup.encrypt.help')} checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
      {encrypt && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PasswordInput label={t('backup.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="new-password" />
          <PasswordInput label={t('backup.passwordRepeat')} value={repeat} onChange={(e) => setRepeat(e.currentTarget.value)} autoComplete="new-password" />
        </SimpleGrid>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void create()} loading={busy} disabled={!version}>
          {t('backup.create')}
        </Button>
      </Group>
    </Stack>
  );
}
