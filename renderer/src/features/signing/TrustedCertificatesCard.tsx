import { ActionIcon, Button, Card, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconShieldPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { TrustedCertificate } from '@shared/schemas/signing';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { CertificateBadges, shortHash } from './CertificateSummary';
import { useSigningStatus, useTrustedCertificates } from './signing.queries';
import { addTrustedCertificate, readCertificateFile, removeTrustedCertificate } from './trusted.commands';

const CERTIFICATE_FILTERS = [{ name: 'Sertifikat', extensions: ['cer', 'crt', 'der', 'pem', 'p12', 'pfx'] }];

function TrustedRow({ cert }: { cert: TrustedCertificate }) {
  const db = useDb();
  const { t, locale } = useI18n();
  return (
    <Table.Tr data-testid="trusted-certificate">
      <Table.Td>
        <Group gap="xs">
          <Text size="sm">{cert.info.commonName || cert.info.subject}</Text>
          <CertificateBadges info={cert.info} />
        </Group>
        <Text size="xs" c="dimmed">
          {cert.info.organization}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{cert.info.issuer}</Text>
      </Table.Td>
      <Table.Td>{formatDate(cert.info.notAfter, locale)}</Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace">
          {shortHash(cert.fingerprint)}
        </Text>
      </Table.Td>
      <Table.Td>
        <ActionIcon variant="subtle" color="red" aria-label={t('sign.trusted.remove', { name: cert.info.commonName })} onClick={() => void removeTrustedCertificate(db, cert.id)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** Adds a certificate from a file (.cer/.pem, or a .p12 with its password) or the one now loaded. */
function AddTrustedCertificate() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const status = useSigningStatus();
  const [password, setPassword] = useState('');
  const added = (result: { existed: boolean }) => notifySuccess(t(result.existed ? 'sign.trusted.already' : 'sign.trusted.added'));
  const addFromFile = async () => {
    const file = await host.call('file:open', { filters: CERTIFICATE_FILTERS, maxBytes: 1024 * 1024 });
    if (!file.ok) return notifyFailure(t, file.error.code);
    if (!file.value.opened) return;
    const read = await readCertificateFile(file.value.fileName, file.value.data, password);
    if (!read.ok) return notifyFailure(t, read.code);
    setPassword('');
    added(await addTrustedCertificate(db, read.der));
  };
  const addLoaded = async () => {
    if (status?.loaded) added(await addTrustedCertificate(db, status.certificateDer));
  };
  return (
    <Group align="flex-end">
      <PasswordInput label={t('sign.trusted.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="off" w={280} />
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => void addFromFile()}>
        {t('sign.trusted.add')}
      </Button>
      {status?.loaded && (
        <Button variant="subtle" leftSection={<IconShieldPlus size={16} />} onClick={() => void addLoaded()}>
          {t('sign.trusted.addLoaded')}
        </Button>
      )}
    </Group>
  );
}

/** Settings → the agency's trusted certificates (public parts only), used by verification. */
export function TrustedCertificatesCard() {
  const { t } = useI18n();
  const list = useTrustedCertificates();
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('sign.trusted.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('sign.trusted.body')}
      </Text>
      <Stack>
        {list && list.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('sign.trusted.title')}>
              <Table.Tbody>
                {list.map((c) => (
                  <TrustedRow key={c.id} cert={c} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Text size="sm" c="dimmed">
            {t('sign.trusted.empty')}
          </Text>
        )}
        <AddTrustedCertificate />
      </Stack>
    </Card>
  );
}
