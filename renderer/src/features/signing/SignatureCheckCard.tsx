import { Badge, Card, Group, List, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SignatureCheck } from '@shared/signing';
import { formatNip } from '@shared/domain/nip';
import { useI18n } from '../../i18n/i18n-context';
import { CertificateBadges } from './CertificateSummary';
import { verdictOf } from './verify';

function Line({ ok, children, testId }: { ok: boolean | null; children: ReactNode; testId: string }) {
  const icon = ok === null ? <IconInfoCircle size={18} color="gray" /> : ok ? <IconCircleCheck size={18} color="teal" /> : <IconCircleX size={18} color="red" />;
  return (
    <List.Item icon={icon} data-testid={testId} data-ok={ok === null ? 'unknown' : String(ok)}>
      {children}
    </List.Item>
  );
}

function formatTime(iso: string | null, locale: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'medium', timeZone: 'Asia/Jakarta' }).format(new Date(iso)) + ' WIB';
}

/** One signature's verdicts in words: intact, coverage, trust, trial marker, matching record. */
export function SignatureCheckCard({ check, isLast }: { check: SignatureCheck; isLast: boolean }) {
  const { t, locale } = useI18n();
  const verdict = verdictOf(check);
  const record = check.record;
  const coverage = check.coversWholeDocument ? 'sign.verify.whole' : isLast ? 'sign.verify.appended' : 'sign.verify.laterRevision';
  return (
    <Card withBorder radius="md" component="article" aria-label={t('sign.verify.signatureN', { n: check.index })} data-testid="signature-check">
      <Group justify="space-between" mb="xs">
        <Title order={4} size="h5">
          {t('sign.verify.signatureN', { n: check.index })}: {check.signerName || '—'}
        </Title>
        {check.certificate && <CertificateBadges info={check.certificate} />}
      </Group>
      <List spacing={4} size="sm">
        <Line ok={null} testId="check-signer">
          {t('sign.verify.signer', { name: check.signerName || '—', nip: check.signerNip ? formatNip(check.signerNip) : '—' })}
        </Line>
        <Line ok={null} testId="check-time">
          {t('sign.verify.time', { time: formatTime(check.signingTime, locale) })}
        </Line>
        <Line ok={verdict === 'intact'} testId="check-intact">
          {t(`sign.verify.${verdict}`)}
        </Line>
        <Line ok={check.coversWholeDocument ? true : isLast ? false : null} testId="check-coverage">
          {t(coverage)}
        </Line>
        <Line ok={check.trusted} testId="check-trust">
          {t(check.trusted ? 'sign.verify.trusted' : 'sign.verify.untrusted', { subject: check.certificate?.subject ?? '—', issuer: check.certificate?.issuer ?? '—', serial: check.certificate?.serialNumber ?? '—' })}
        </Line>
        {check.certificateValidAtSigning === false && (
          <Line ok={false} testId="check-validity">
            {t('sign.verify.certExpiredAtSigning')}
          </Line>
        )}
        <Line ok={record ? true : null} testId="check-record">
          {record ? t('sign.verify.record', { role: t(`sign.role.${record.role}`), name: record.signerName, time: formatTime(record.signedAt, locale) }) : t('sign.verify.noRecord')}
        </Line>
      </List>
      {check.trialCertificate && (
        <Text size="sm" c="red" mt="xs" fw={600}>
          {t('sign.verify.trialNote')}
        </Text>
      )}
      {record && <Badge mt="xs" variant="light" tt="none">{record.documentId}</Badge>}
    </Card>
  );
}
