import { Alert, Anchor } from '@mantine/core';
import { IconUserShield } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from './access-context';
import { ROLE_LABEL } from './access-text';
import { DeskProfileModal } from './DeskProfileModal';

/** On Beranda: which desk profile is in use and what it shows, with a way to change it. */
export function DeskNotice() {
  const { t } = useI18n();
  const access = useAccess();
  const [opened, { open, close }] = useDisclosure(false);
  const role = t(ROLE_LABEL[access.role]);
  const body = access.profile === null ? t('access.notice.default') : t(`access.notice.${access.role}`, { name: access.profile.name });
  return (
    <>
      <Alert icon={<IconUserShield />} color={access.role === 'hr' ? 'teal' : 'blue'} variant="light" role="note" title={t('access.notice.title', { role })} data-testid="desk-notice" mb="md">
        {body}{' '}
        <Anchor component="button" type="button" size="sm" onClick={open}>
          {t('access.menu.profile')}
        </Anchor>
      </Alert>
      <DeskProfileModal opened={opened} onClose={close} />
    </>
  );
}
