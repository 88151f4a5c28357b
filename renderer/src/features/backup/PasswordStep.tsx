import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/** Asks for the password of an encrypted file, inline (the file stays open meanwhile). */
export function PasswordStep({ fileName, busy, onSubmit, onCancel }: { fileName: string; busy: boolean; onSubmit: (password: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  return (
    <Stack
      component="form"
      gap="xs"
      mt="md"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(password);
      }}
    >
      <Text size="sm">{t('backup.open.password', { file: fileName })}</Text>
      <PasswordInput label={t('backup.open.passwordLabel')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoFocus />
      <Group>
        <Button type="submit" loading={busy} disabled={password.length === 0}>
          {t('backup.open.submit')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('backup.open.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
