import { Alert, Badge, Button, Card, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { CertificateSummary } from './CertificateSummary';
import { OpenCertificateForm } from './OpenCertificateForm';
import { refreshSigningStatus, type SigningStatus, useSigningStatus } from './signing.queries';
import { TrialCertificateForm } from './TrialCertificateForm';

function LoadedCertificate({ status }: { status: Extract<SigningStatus, { loaded: true }> }) {
  const host = useHost();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const forget = async () => {
    setBusy(true);
    try {
      const result = await host.call('signing:forget', undefined);
      if (!result.ok) notifyFailure(t, result.error.code);
      else notifySuccess(t('sign.forget.done'));
    } finally {
      await refreshSigningStatus(host);
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm" data-testid="loaded-certificate">
      <CertificateSummary info={status.certificate} />
      <Group>
        <Badge variant="light" color={status.remembered ? 'teal' : 'gray'}>
          {t(status.remembered ? 'sign.status.remembered' : 'sign.status.session')}
        </Badge>
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void forget()} loading={busy}>
          {t('sign.forget.button')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Which certificate signs on this computer, and how to load one: the user's .p12 or a trial one. */
export function CertificatePanel() {
  const db = useDb();
  const { t } = useI18n();
  const status = useSigningStatus();
  const agency = useLiveQuery(async () => (await db.settings.get('app'))?.agencyName ?? '', [db], null);
  return (
    <Card withBorder radius="md">
      <Group gap="xs" mb="sm">
        <IconCertificate size={22} />
        <Title order={3} size="h4">
          {t('sign.cert.title')}
        </Title>
      </Group>
      {status === null || agency === null ? (
        <Loader size="sm" />
      ) : (
        <Stack>
          {status.loaded ? (
            <LoadedCertificate status={status} />
          ) : (
            <Alert color={status.problem ? 'orange' : 'gray'} title={t('sign.status.none')}>
              {status.problem ? t(`error.${status.problem}`) : t('sign.status.noneBody')}
            </Alert>
          )}
          <Divider />
          <OpenCertificateForm canRemember={status.canRemember} />
          <Divider />
          <TrialCertificateForm agency={agency} />
          <Text size="xs" c="dimmed">
            {t('sign.cert.keyNote')}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
