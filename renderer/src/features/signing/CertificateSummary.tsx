import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CertificateInfo } from '@shared/signing';
import { formatDate, useI18n } from '../../i18n/i18n-context';

/**
 * Shown wherever a trial certificate appears (domain.md §8): a signature made with it is not a
 * certified electronic signature, and the screen must say so.
 */
export function TrialBadge() {
  const { t } = useI18n();
  return (
    <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />} data-testid="trial-badge" style={{ textTransform: 'none' }}>
      {t('sign.trialLabel')}
    </Badge>
  );
}

export function CertificateBadges({ info }: { info: CertificateInfo }) {
  const { t } = useI18n();
  if (info.trial) return <TrialBadge />;
  if (info.selfSigned) return <Badge color="orange" variant="light">{t('sign.cert.selfSigned')}</Badge>;
  return null;
}

export function shortHash(hex: string): string {
  return `${hex.slice(0, 16)}…`;
}

/** The public facts of a certificate: who, issued by whom, serial, validity, fingerprint. */
export function CertificateSummary({ info }: { info: CertificateInfo }) {
  const { t, locale } = useI18n();
  const rows: [string, string][] = [
    [t('sign.cert.name'), info.commonName || info.subject],
    [t('sign.cert.nip'), info.nip || '—'],
    [t('sign.cert.organization'), info.organization || '—'],
    [t('sign.cert.issuer'), info.issuer],
    [t('sign.cert.serial'), info.serialNumber],
    [t('sign.cert.validity'), t('sign.cert.validityRange', { from: formatDate(info.notBefore, locale), to: formatDate(info.notAfter, locale) })],
    [t('sign.cert.fingerprint'), shortHash(info.sha256)],
  ];
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text fw={600}>{info.commonName || info.subject}</Text>
        <CertificateBadges info={info} />
      </Group>
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={170} fw={500} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
