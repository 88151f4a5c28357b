import { Card, Divider, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { BackupExport } from './BackupExport';
import { BackupRestore } from './BackupRestore';

/** Settings card: manual backup and restore of the whole database. */
export function BackupCard() {
  const titleId = useId();
  const { t } = useI18n();
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="xs" id={titleId}>
        {t('backup.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('backup.body')}
      </Text>
      <BackupExport />
      <Divider my="md" />
      <BackupRestore />
    </Card>
  );
}
