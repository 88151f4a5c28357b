import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconLock, IconUserCircle } from '@tabler/icons-react';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from './access-context';
import { ROLE_LABEL } from './access-text';
import { AppLockModal } from './AppLockModal';
import { DeskProfileModal } from './DeskProfileModal';

/** Settings → "Profil meja dan kunci aplikasi": the same controls as the header menu, explained. */
export function AccessSettingsCard() {
  const { t } = useI18n();
  const access = useAccess();
  const [profileOpened, profile] = useDisclosure(false);
  const [lockOpened, lockModal] = useDisclosure(false);
  const role = t(ROLE_LABEL[access.role]);
  return (
    <Card withBorder radius="md" data-testid="access-card">
      <Title order={3} size="h4" mb="xs">
        {t('access.card.title')}
      </Title>
      <Text size="sm">{access.profile ? t('access.card.profile', { role, name: access.profile.name }) : t('access.card.noProfile')}</Text>
      <Text size="sm" mt={4}>
        {access.lock.enabled ? t('access.card.locked', { minutes: access.lock.idleMinutes ?? 0 }) : t('access.card.open')}
      </Text>
      <Text size="xs" c="dimmed" mt="xs">
        {t('access.password.honest')}
      </Text>
      <Group mt="md">
        <Button variant="light" leftSection={<IconUserCircle size={16} />} onClick={profile.open}>
          {t('access.menu.profile')}
        </Button>
        <Button variant="light" leftSection={<IconKey size={16} />} onClick={lockModal.open}>
          {t(access.lock.enabled ? 'access.menu.password' : 'access.menu.setPassword')}
        </Button>
        {access.lock.enabled && (
          <Button variant="default" leftSection={<IconLock size={16} />} onClick={access.lock.lockNow}>
            {t('access.lockNow')}
          </Button>
        )}
      </Group>
      <DeskProfileModal opened={profileOpened} onClose={profile.close} />
      <AppLockModal opened={lockOpened} onClose={lockModal.close} />
    </Card>
  );
}
