import { Alert, Button, Card, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AuditVerdict } from '@shared/domain/audit-chain';
import { verifyAuditLog } from '../../db/audit';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';

/** "Verify audit log": walks the hash chain and names the first entry altered outside the app. */
export function AuditCard() {
  const db = useDb();
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [busy, setBusy] = useState(false);
  const verify = async () => {
    setBusy(true);
    try {
      setVerdict(await verifyAuditLog(db));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('settings.audit')}
      </Title>
      <Text size="sm">{t('settings.audit.body')}</Text>
      <Group mt="md">
        <Button variant="light" onClick={() => void verify()} loading={busy}>
          {t('settings.audit.verify')}
        </Button>
      </Group>
      {verdict && (
        <Alert mt="md" role="status" color={verdict.ok ? 'teal' : 'red'} title={t(verdict.ok ? 'settings.audit.ok' : 'settings.audit.broken', { count: verdict.count })}>
          {verdict.ok ? t('settings.audit.okBody') : t('settings.audit.brokenBody', { id: verdict.firstBrokenId ?? verdict.position, reason: verdict.reason })}
        </Alert>
      )}
    </Card>
  );
}
