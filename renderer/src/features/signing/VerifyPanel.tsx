import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { VerificationReport } from '@shared/signing';
import type { MessageKey } from '@shared/i18n/translate';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure } from '../../ui/notify';
import { PDF_FILTERS } from './sign-file';
import { SignatureCheckCard } from './SignatureCheckCard';
import { verifyDocument } from './verify';

type Summary = { color: string; title: MessageKey; body: MessageKey };

function summaryOf(report: VerificationReport): Summary {
  if (!report.signed) return { color: 'gray', title: 'sign.verify.unsigned', body: 'sign.verify.unsignedBody' };
  if (!report.allIntact) return { color: 'red', title: 'sign.verify.broken', body: 'sign.verify.brokenBody' };
  if (!report.wholeDocumentSigned) return { color: 'orange', title: 'sign.verify.partial', body: 'sign.verify.partialBody' };
  return { color: 'teal', title: 'sign.verify.allGood', body: 'sign.verify.allGoodBody' };
}

/** Opens any PDF and shows each signature's verdicts (domain.md §8; agrees with poppler's pdfsig). */
export function VerifyPanel() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [result, setResult] = useState<{ fileName: string; report: VerificationReport } | null>(null);
  const [busy, setBusy] = useState(false);

  const open = async () => {
    const file = await host.call('file:open', { filters: PDF_FILTERS });
    if (!file.ok) return notifyFailure(t, file.error.code);
    if (!file.value.opened) return;
    setBusy(true);
    try {
      setResult({ fileName: file.value.fileName, report: await verifyDocument(db, file.value.data) });
    } finally {
      setBusy(false);
    }
  };

  const summary = result ? summaryOf(result.report) : null;
  return (
    <Card withBorder radius="md">
      <Group gap="xs" mb="xs">
        <IconShieldCheck size={22} />
        <Title order={3} size="h4">
          {t('sign.verify.title')}
        </Title>
      </Group>
      <Text size="sm" mb="sm">
        {t('sign.verify.body')}
      </Text>
      <Stack>
        <Group>
          <Button variant="light" onClick={() => void open()} loading={busy}>
            {t('sign.verify.open')}
          </Button>
          {result && <Text size="sm" data-testid="verify-file-name">{result.fileName}</Text>}
        </Group>
        {result && summary && (
          <>
            <Alert color={summary.color} title={t(summary.title)} role="status" data-testid="verify-summary">
              {t(summary.body, { count: result.report.signatures.length })}
            </Alert>
            {result.report.signatures.map((check, i) => (
              <SignatureCheckCard key={check.index} check={check} isLast={i === result.report.signatures.length - 1} />
            ))}
          </>
        )}
      </Stack>
    </Card>
  );
}
