import { Alert, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useId, useState } from 'react';
import { ROLLING_KEEP_MAX, ROLLING_KEEP_MIN, type RollingStatus } from '@shared/host/backup-contract';
import type { HostInput } from '@shared/host/contract';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { useAppVersion } from './backup-ui';
import { runRollingBackup } from './rolling-backup';

type Props = { status: RollingStatus; configure: (input: HostInput<'backup:rolling-configure'>) => void; backUpNow: () => void; busy: boolean };

function RollingControls({ status, configure, backUpNow, busy }: Props) {
  const { t, locale } = useI18n();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('backup.rolling.body')}</Text>
      <Text size="sm" fw={500} data-testid="rolling-folder">
        {status.folder ? t('backup.rolling.folder', { folder: status.folder }) : t('backup.rolling.noFolder')}
      </Text>
      {status.lastFileName && status.lastWrittenAt && <Text size="sm" c="dimmed">{t('backup.rolling.last', { file: status.lastFileName, date: formatDate(status.lastWrittenAt, locale) })}</Text>}
      <NumberInput
        label={t('backup.rolling.keep')}
        description={t('backup.rolling.keep.help')}
        min={ROLLING_KEEP_MIN}
        max={ROLLING_KEEP_MAX}
        value={status.keep}
        maw={260}
        onChange={(v) => typeof v === 'number' && v >= ROLLING_KEEP_MIN && v <= ROLLING_KEEP_MAX && configure({ action: 'set-keep', keep: v })}
      />
      <Alert color="yellow">{t('backup.rolling.plain')}</Alert>
      <Group>
        <Button variant="light" onClick={() => configure({ action: 'choose-folder' })}>
          {t('backup.rolling.choose')}
        </Button>
        {status.folder && (
          <>
            <Button onClick={backUpNow} loading={busy}>
              {t('backup.rolling.now')}
            </Button>
            <Button variant="default" onClick={() => configure({ action: 'turn-off' })}>
              {t('backup.rolling.off')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}

/** Settings card for automatic backups (desktop): folder, how many to keep, and "back up now". */
export function RollingBackupCard() {
  const titleId = useId();
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const version = useAppVersion();
  const [status, setStatus] = useState<RollingStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => void host.call('backup:rolling-status', undefined).then((r) => r.ok && setStatus(r.value));
  useEffect(refresh, [host]);

  const configure = async (input: HostInput<'backup:rolling-configure'>) => {
    const r = await host.call('backup:rolling-configure', input);
    if (r.ok) setStatus(r.value);
    else notifyFailure(t, r.error.code);
  };

  const backUpNow = async () => {
    if (!version) return;
    setBusy(true);
    try {
      const r = await runRollingBackup(db, host, version, { force: true });
      if (r.kind === 'written') notifySuccess(t('backup.rolling.written', { file: r.fileName }));
      else if (r.kind === 'failed' && r.code === 'backup/folder-unavailable') notifications.show({ color: 'red', message: t('backup.rolling.folderUnavailable') });
      else if (r.kind === 'failed') notifyFailure(t, r.code);
      refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="xs" id={titleId}>
        {t('backup.rolling.title')}
      </Title>
      {status && !status.supported && (
        <Alert color="gray" role="status">
          {t('backup.rolling.browser')}
        </Alert>
      )}
      {status?.supported && <RollingControls status={status} configure={(i) => void configure(i)} backUpNow={() => void backUpNow()} busy={busy} />}
    </Card>
  );
}
