import { Button, Group, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLock, IconUserCircle } from '@tabler/icons-react';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from './access-context';
import { ROLE_LABEL } from './access-text';
import { AppLockModal } from './AppLockModal';
import { DeskProfileModal } from './DeskProfileModal';

/**
 * In the header, for every role: the desk profile, the app password and "Kunci sekarang". This is
 * where a Pejabat Penilai, who has no Pengaturan, changes their own profile and the lock.
 */
export function AccessMenu() {
  const { t } = useI18n();
  const access = useAccess();
  const [profileOpened, profile] = useDisclosure(false);
  const [lockOpened, lockModal] = useDisclosure(false);
  const role = t(ROLE_LABEL[access.role]);
  return (
    <Group gap="xs" wrap="nowrap">
      {access.lock.enabled && (
        <Button size="xs" variant="light" leftSection={<IconLock size={16} />} onClick={access.lock.lockNow} title={t('access.lockNow.hint')}>
          {t('access.lockNow')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" leftSection={<IconUserCircle size={16} />} rightSection={<IconChevronDown size={14} />} aria-label={t('access.menu.label', { role, name: access.profile ? ` — ${access.profile.name}` : '' })}>
            <Text span size="xs" maw={180} truncate>
              {access.profile ? `${role} · ${access.profile.name}` : role}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('access.menu.title')}</Menu.Label>
          <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={profile.open}>
            {t('access.menu.profile')}
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={lockModal.open}>
            {t(access.lock.enabled ? 'access.menu.password' : 'access.menu.setPassword')}
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={access.lock.lockNow} disabled={!access.lock.enabled}>
            {t('access.lockNow')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <DeskProfileModal opened={profileOpened} onClose={profile.close} />
      <AppLockModal opened={lockOpened} onClose={lockModal.close} />
    </Group>
  );
}
