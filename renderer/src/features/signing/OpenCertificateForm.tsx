import { Button, Checkbox, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { refreshSigningStatus } from './signing.queries';

/** Opens the user's .p12/.pfx: the host shows the file dialog and keeps the key; the UI sees only the certificate. */
export function OpenCertificateForm({ canRemember }: { canRemember: boolean }) {
  const host = useHost();
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    setBusy(true);
    try {
      const result = await host.call('signing:open-certificate', { password, remember: canRemember && remember });
      if (!result.ok) return notifyFailure(t, result.error.code);
      if (!result.value.opened) return;
      setPassword('');
      notifySuccess(t('sign.open.done', { name: result.value.certificate.commonName }));
    } finally {
      await refreshSigningStatus(host);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void open(); }} aria-label={t('sign.open.title')}>
      <Stack gap="sm">
        <Title order={4} size="h5">
          {t('sign.open.title')}
        </Title>
        <Text size="sm">{t('sign.open.body')}</Text>
        <PasswordInput label={t('sign.open.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="off" maw={360} />
        {canRemember && (
          <Checkbox label={t('sign.open.remember')} description={t('sign.open.rememberHelp')} checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
        )}
        <Group>
          <Button type="submit" leftSection={<IconFileCertificate size={16} />} loading={busy}>
            {t('sign.open.button')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
