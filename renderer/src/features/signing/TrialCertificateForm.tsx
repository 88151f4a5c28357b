import { Alert, Button, Group, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { refreshSigningStatus } from './signing.queries';

type TrialValues = { name: string; nip: string; agency: string; password: string };

/** Makes a self-signed certificate for trying the app; it is labelled as such wherever it appears. */
export function TrialCertificateForm({ agency }: { agency: string }) {
  const host = useHost();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const form = useForm<TrialValues>({
    mode: 'controlled',
    initialValues: { name: '', nip: '', agency, password: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('sign.trial.nameRequired')),
      nip: (v) => (/^\d{18}$/.test(v.replace(/[\s.]/g, '')) ? null : t('sign.trial.nipInvalid')),
      agency: (v) => (v.trim() ? null : t('sign.trial.agencyRequired')),
      password: (v) => (v.length >= 6 ? null : t('sign.trial.passwordShort')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    try {
      const result = await host.call('signing:create-trial-certificate', values);
      if (!result.ok) return notifyFailure(t, result.error.code);
      form.setFieldValue('password', '');
      const key = result.value.saved ? 'sign.trial.doneSaved' : 'sign.trial.done';
      notifySuccess(t(key, { name: result.value.certificate.commonName, file: result.value.fileName ?? '' }));
    } finally {
      await refreshSigningStatus(host);
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('sign.trial.title')}>
      <Stack gap="sm">
        <Title order={4} size="h5">
          {t('sign.trial.title')}
        </Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={t('sign.trialLabel')}>
          {t('sign.trial.body')}
        </Alert>
        <Group grow align="flex-start">
          <TextInput label={t('sign.trial.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('sign.trial.nip')} required inputMode="numeric" {...form.getInputProps('nip')} />
        </Group>
        <TextInput label={t('sign.trial.agency')} required {...form.getInputProps('agency')} />
        <PasswordInput label={t('sign.trial.password')} description={t('sign.trial.passwordHelp')} required autoComplete="new-password" {...form.getInputProps('password')} maw={360} />
        <Group>
          <Button type="submit" variant="light" color="red" loading={busy}>
            {t('sign.trial.button')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
