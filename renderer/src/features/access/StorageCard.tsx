import { Alert, Button, Card, Group, Progress, Skeleton, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { formatBytes, readStorageStatus, requestPersistentStorage, type StorageStatus } from './storage';

/** Settings → "Penyimpanan": space used of what the engine allows, whether it is persistent, a warning from 80 %. */
export function StorageCard() {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<StorageStatus | null | 'loading'>('loading');
  const refresh = useCallback(async () => {
    await requestPersistentStorage();
    setStatus(await readStorageStatus());
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  return (
    <Card withBorder radius="md" data-testid="storage-card">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {t('access.storage.title')}
        </Title>
        <Button size="xs" variant="subtle" leftSection={<IconRefresh size={14} />} onClick={() => void refresh()}>
          {t('access.storage.refresh')}
        </Button>
      </Group>
      {status === 'loading' && <Skeleton h={40} />}
      {status === null && <Text size="sm">{t('access.storage.unavailable')}</Text>}
      {status !== 'loading' && status !== null && (
        <>
          <Text size="sm" data-testid="storage-usage">
            {t('access.storage.usage', { usage: formatBytes(status.usage, tag), quota: formatBytes(status.quota, tag), percent: (status.ratio * 100).toLocaleString(tag, { maximumFractionDigits: 1 }) })}
          </Text>
          <Progress value={Math.min(100, status.ratio * 100)} color={status.level === 'ok' ? 'teal' : status.level === 'warn' ? 'orange' : 'red'} mt="xs" aria-label={t('access.storage.title')} />
          <Text size="sm" c="dimmed" mt="xs">
            {t(status.persisted === true ? 'access.storage.persisted' : status.persisted === false ? 'access.storage.notPersisted' : 'access.storage.persistUnknown')}
          </Text>
          {(status.level === 'warn' || status.level === 'critical') && (
            <Alert color={status.level === 'critical' ? 'red' : 'orange'} icon={<IconAlertTriangle />} mt="sm" role="alert">
              {t('access.storage.warnBody', { percent: Math.round(status.ratio * 100), usage: formatBytes(status.usage, tag), quota: formatBytes(status.quota, tag) })}
            </Alert>
          )}
        </>
      )}
    </Card>
  );
}
