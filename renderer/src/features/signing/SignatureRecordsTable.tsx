import { ActionIcon, Card, Group, Loader, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { formatNip } from '@shared/domain/nip';
import type { SignatureRecordRow } from '@shared/schemas/signing';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { PrintPdfButton } from '../../ui/PrintPdfButton';
import { shortHash, TrialBadge } from './CertificateSummary';
import { PDF_FILTERS } from './sign-file';
import { useSignatureRecords } from './signing.queries';

function RecordRow({ record }: { record: SignatureRecordRow }) {
  const db = useDb();
  const host = useHost();
  const { t, locale } = useI18n();
  const read = async () => {
    const doc = await db.signedDocuments.get(record.signedDocumentId);
    return doc ? { fileName: doc.fileName, data: new Uint8Array(await doc.data.arrayBuffer()) } : null;
  };
  const download = async () => {
    const doc = await read();
    if (!doc) return notifyFailure(t, 'signing/document-missing');
    const { data } = doc;
    const result = await host.call('file:save', { suggestedName: doc.fileName, filters: PDF_FILTERS, data });
    if (!result.ok) notifyFailure(t, result.error.code);
    else if (result.value.saved) notifySuccess(t('sign.file.saved', { file: result.value.fileName }));
  };
  const time = new Date(record.signedAt).toLocaleTimeString(locale === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <Table.Tr data-testid="signature-record">
      <Table.Td>
        {formatDate(record.signedAt, locale)} {time}
      </Table.Td>
      <Table.Td>{t(`sign.role.${record.role}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">{record.signerName}</Text>
        <Text size="xs" c="dimmed">
          {formatNip(record.signerNip)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs" style={{ wordBreak: 'break-word' }}>
          {record.certificateSubject}
        </Text>
        <Text size="xs" c="dimmed">
          {t('sign.cert.serial')}: {record.certificateSerial}
        </Text>
        {record.trialCertificate && <TrialBadge />}
      </Table.Td>
      <Table.Td>{record.documentId}</Table.Td>
      <Table.Td>
        <Tooltip label={record.documentSha256After}>
          <Text size="xs" ff="monospace">
            {shortHash(record.documentSha256After)}
          </Text>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={t('sign.records.download', { id: record.documentId })} onClick={() => void download()}>
            <IconDownload size={16} />
          </ActionIcon>
          <PrintPdfButton
            iconLabel={t('sign.records.print', { id: record.documentId })}
            getPdf={async () => {
              const doc = await read();
              if (!doc) notifyFailure(t, 'signing/document-missing');
              return doc;
            }}
          />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Every signature made in this database (domain.md §8): who, as what, when, which certificate, which bytes. */
export function SignatureRecordsTable() {
  const { t } = useI18n();
  const records = useSignatureRecords();
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('sign.records.title')}
      </Title>
      {records === null ? (
        <Loader size="sm" />
      ) : records.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sign.records.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('sign.records.title')}>
            <Table.Thead>
              <Table.Tr>
                {(['sign.records.time', 'sign.records.role', 'sign.records.signer', 'sign.records.certificate', 'sign.records.document', 'sign.records.sha256', 'sign.records.file'] as const).map((key) => (
                  <Table.Th key={key}>{t(key)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((r) => (
                <RecordRow key={r.id} record={r} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
