import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import type { CheckedBackup } from './backup.commands';
import { PasswordStep } from './PasswordStep';
import { ProblemList } from './ProblemList';
import { useRestoreFlow } from './use-restore-flow';

function RestoreSummary({ fileName, backup, busy, onRestore, onCancel }: { fileName: string; backup: CheckedBackup; busy: boolean; onRestore: () => void; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const { manifest } = backup;
  return (
    <Alert color="orange" role="status" title={t('backup.summary', { file: fileName })} mt="md">
      <Text size="sm">
        {t('backup.summary.body', {
          date: formatDate(manifest.createdAt, locale),
          version: manifest.appVersion,
          schema: manifest.schemaVersion,
          records: backup.records,
          desk: manifest.deskId ?? t('backup.noDesk'),
        })}
      </Text>
      <Text size="sm" fw={600} mt="xs">
        {t('backup.summary.warning')}
      </Text>
      <Group mt="sm">
        <Button color="red" onClick={onRestore} loading={busy}>
          {t('backup.confirmRestore')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('backup.open.cancel')}
        </Button>
      </Group>
    </Alert>
  );
}

/** "Pulihkan dari cadangan": nothing is replaced before the file has been checked and confirmed. */
export function BackupRestore() {
  const { t } = useI18n();
  const { state, busy, open, check, restore, cancel } = useRestoreFlow();
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('backup.restore.help')}
      </Text>
      <Group>
        <Button variant="light" onClick={() => void open()} loading={busy && state.step === 'idle'}>
          {t('backup.restore')}
        </Button>
      </Group>
      {state.step === 'password' && (
        <>
          <PasswordStep fileName={state.file.fileName} busy={busy} onSubmit={(p) => void check(state.file, p)} onCancel={cancel} />
          {state.problems && <ProblemList problems={state.problems} />}
        </>
      )}
      {state.step === 'problems' && <ProblemList problems={state.problems} />}
      {state.step === 'ready' && <RestoreSummary fileName={state.file.fileName} backup={state.backup} busy={busy} onRestore={() => void restore(state.backup)} onCancel={cancel} />}
    </Stack>
  );
}
