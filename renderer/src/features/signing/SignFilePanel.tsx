import { Alert, Badge, Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconFileUpload, IconSignature } from '@tabler/icons-react';
import type { SignerRole } from '@shared/signing';
import { useI18n } from '../../i18n/i18n-context';
import { PrintPdfButton } from '../../ui/PrintPdfButton';
import { TrialBadge } from './CertificateSummary';
import { useSignFile } from './use-sign-file';

type SignFile = ReturnType<typeof useSignFile>;

function SignerFields({ state }: { state: SignFile }) {
  const { t } = useI18n();
  const { role, setRole, signer, setSigner, certificate } = state;
  return (
    <>
      <Radio.Group label={t('sign.file.role')} value={role} onChange={(v) => setRole(v as SignerRole)}>
        <Group mt="xs">
          <Radio value="pegawai" label={t('sign.role.pegawai')} />
          <Radio value="penilai" label={t('sign.role.penilai')} />
        </Group>
      </Radio.Group>
      <Group grow align="flex-start">
        <TextInput label={t('sign.file.signerName')} description={t('sign.file.fromCertificate')} placeholder={certificate?.commonName} value={signer.name} onChange={(e) => setSigner({ ...signer, name: e.currentTarget.value })} />
        <TextInput label={t('sign.file.signerNip')} description={t('sign.file.fromCertificate')} placeholder={certificate?.nip} value={signer.nip} onChange={(e) => setSigner({ ...signer, nip: e.currentTarget.value })} />
      </Group>
    </>
  );
}

/**
 * Signs a PDF opened from disk: a document the Pegawai signed elsewhere and sent to the Penilai,
 * or any PDF. A document signed here before is recognised and signed in its own boxes.
 */
export function SignFilePanel() {
  const { t } = useI18n();
  const state = useSignFile();
  const { pdf, role, busy, signedNow, certificate } = state;
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('sign.file.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('sign.file.body')}
      </Text>
      <Stack>
        <Group>
          <Button variant="light" leftSection={<IconFileUpload size={16} />} onClick={() => void state.choose()}>
            {t('sign.file.choose')}
          </Button>
          {pdf && <Text size="sm" data-testid="sign-file-name">{pdf.fileName}</Text>}
          {pdf?.known && <Badge variant="light">{t('sign.file.known', { count: pdf.signedBy.length })}</Badge>}
        </Group>
        {pdf && (
          <>
            <SignerFields state={state} />
            {!certificate && <Alert color="orange">{t('sign.file.needCertificate')}</Alert>}
            {certificate?.trial && <TrialBadge />}
            <Group>
              <Button leftSection={<IconSignature size={16} />} onClick={() => void state.sign()} loading={busy} disabled={!certificate}>
                {t('sign.file.sign', { role: t(`sign.role.${role}`) })}
              </Button>
              <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void state.save()} disabled={pdf.signedBy.length === 0}>
                {t('sign.file.save')}
              </Button>
              <PrintPdfButton variant="default" getPdf={() => ({ fileName: pdf.fileName, data: pdf.bytes })} disabled={pdf.signedBy.length === 0}>
                {t('sign.file.print')}
              </PrintPdfButton>
            </Group>
            {signedNow && (
              <Alert color="teal" role="status" data-testid="sign-result">
                {t('sign.file.signedAs', { role: t(`sign.role.${signedNow}`), count: pdf.signedBy.length })}
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
