import { Button, Card, Group, Modal, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { resetDemoData } from './settings.commands';

export function DemoReset({ loadedAt }: { loadedAt: string | null }) {
  const db = useDb();
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const count = useLiveQuery(() => db.employees.count(), [db], null);

  const confirm = async () => {
    setBusy(true);
    try {
      const loaded = await resetDemoData(db);
      notifySuccess(t('settings.demo.done', { count: loaded }));
      close();
    } catch (err) {
      console.error(err);
      notifyFailure(t, 'host/internal');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('settings.demo')}
      </Title>
      <Text size="sm">{t('settings.demo.body')}</Text>
      {loadedAt && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('settings.demo.loadedAt', { date: loadedAt })}
        </Text>
      )}
      <Group mt="md">
        <Button color="orange" variant="light" onClick={open}>
          {t('settings.demo.reset')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title={t('settings.demo.confirmTitle')} centered>
        <Text size="sm">{t('settings.demo.confirmBody', { count: count ?? 0 })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('settings.demo.cancel')}
          </Button>
          <Button color="orange" onClick={() => void confirm()} loading={busy} data-autofocus>
            {t('settings.demo.confirm')}
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
