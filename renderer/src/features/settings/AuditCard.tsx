import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { AuditVerdict } from '@shared/domain/audit-chain';
import { verifyAuditLog } from '../../db/audit';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { auditLabels, auditPage, auditTime, exportAuditLog } from './audit-log';

/**
 * Pengaturan → Log audit: who changed what and when, newest first, searchable and paged by entry
 * number; the whole log (or what the search found) as XLSX; and "Verify", which walks the hash
 * chain and names the first entry altered outside the app.
 */
export function AuditCard() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  // Entry numbers the shown pages start below: [] is the newest page.
  const [cursor, setCursor] = useState<{ query: string; before: number[] }>({ query: '', before: [] });
  const before = cursor.query === query ? cursor.before : [];
  const beforeId = before.at(-1);
  const page = useLiveQuery(() => auditPage(db, { beforeId, query }), [db, beforeId, query]);
  const labels = auditLabels(t);
  const tableId = useId();

  const verify = async () => {
    setBusy(true);
    try {
      setVerdict(await verifyAuditLog(db));
    } finally {
      setBusy(false);
    }
  };
  const download = async () => {
    setExporting(true);
    try {
      // What the field says now, not the debounced query the table may still be catching up with.
      const result = await exportAuditLog(db, host, t, search.trim());
      if (!result.ok) notifyFailure(t, result.code);
      else if (result.saved) notifySuccess(t('settings.audit.exported', { count: result.count, file: result.fileName }));
    } catch (err) {
      console.error(err);
      notifyFailure(t, 'host/internal');
    } finally {
      setExporting(false);
    }
  };
  const entries = page?.entries ?? [];
  const first = entries[0]?.id;
  const last = entries.at(-1)?.id;

  return (
    <Card withBorder radius="md" component="section" aria-labelledby={`${tableId}-title`}>
      <Title order={3} size="h4" mb="xs" id={`${tableId}-title`}>
        {t('settings.audit')}
      </Title>
      <Text size="sm">{t('settings.audit.body')}</Text>
      <Group mt="md">
        <Button variant="light" onClick={() => void verify()} loading={busy}>
          {t('settings.audit.verify')}
        </Button>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void download()} loading={exporting}>
          {t('settings.audit.export')}
        </Button>
      </Group>
      {verdict && (
        <Alert mt="md" role="status" color={verdict.ok ? 'teal' : 'red'} title={t(verdict.ok ? 'settings.audit.ok' : 'settings.audit.broken', { count: verdict.count })}>
          {verdict.ok ? t('settings.audit.okBody') : t('settings.audit.brokenBody', { id: verdict.firstBrokenId ?? verdict.position, reason: verdict.reason })}
        </Alert>
      )}
      <Stack mt="lg" gap="xs">
        <TextInput
          label={t('settings.audit.search')}
          description={t('settings.audit.searchHelp')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={480}
        />
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing={6} fz="sm" aria-label={t('settings.audit.log')} data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('settings.audit.col.no')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.col.at')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.col.actor')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.col.action')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.col.entity')}</Table.Th>
                <Table.Th scope="col">{t('settings.audit.col.summary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id} data-testid="audit-row">
                  <Table.Td>{e.id}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{auditTime(e.at)}</Table.Td>
                  <Table.Td>{e.actor}</Table.Td>
                  <Table.Td>{labels.action(e.action)}</Table.Td>
                  <Table.Td>{labels.entity(e.entity)}</Table.Td>
                  <Table.Td>
                    {e.summary}
                    {e.changes && Object.keys(e.changes).length > 0 && (
                      <Text span c="dimmed" size="xs">
                        {' '}
                        ({t('settings.audit.changedFields', { count: Object.keys(e.changes).length })}: {Object.keys(e.changes).join(', ')})
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {page && entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('settings.audit.empty')}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {first !== undefined && last !== undefined ? t('settings.audit.showing', { first: last, last: first }) : ''}
          </Text>
          <Group gap="xs">
            <Button variant="default" size="xs" disabled={before.length === 0} onClick={() => setCursor({ query, before: before.slice(0, -1) })}>
              {t('settings.audit.newer')}
            </Button>
            <Button variant="default" size="xs" disabled={!page?.hasOlder || last === undefined} onClick={() => last !== undefined && setCursor({ query, before: [...before, last] })}>
              {t('settings.audit.older')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
