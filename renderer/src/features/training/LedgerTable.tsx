import { ActionIcon, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal } from '@shared/domain/dates';
import { BENTUK_LABEL } from '@shared/domain/training-forms';
import { completedJp } from '@shared/domain/training-ledger';
import type { LedgerEntry } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { LedgerEntryModal } from './LedgerEntryModal';
import { ledgerFileBytes, removeLedgerEntry } from './ledger.commands';
import { trainingProblemText } from './training-result';

const range = (a: string, b: string) => (a === b ? formatTanggal(a) : `${formatTanggal(a)} – ${formatTanggal(b)}`);
// eslint-disable-next-line no-control-regex
const safe = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 180) || 'bukti.pdf';

function LedgerRow({ l, onDownload, onRemove }: { l: LedgerEntry; onDownload: (l: LedgerEntry) => void; onRemove: (l: LedgerEntry) => void }) {
  const { t } = useI18n();
  return (
    <Table.Tr data-testid="ledger-row">
      <Table.Td><Text size="sm" fw={600}>{l.title}</Text>{l.provider && <Text size="xs" c="dimmed">{l.provider}</Text>}</Table.Td>
      <Table.Td><Text size="sm">{BENTUK_LABEL[l.bentuk]}</Text></Table.Td>
      <Table.Td><Text size="sm">{range(l.start, l.end)}</Text></Table.Td>
      <Table.Td>{l.jp}</Table.Td>
      <Table.Td>{l.evidence ? <Button size="compact-xs" variant="subtle" leftSection={<IconPaperclip size={12} />} onClick={() => onDownload(l)}>{l.evidence.name}</Button> : '—'}</Table.Td>
      <Table.Td>
        {l.classId ? <Anchor href={hrefOf('pelatihan', 'angkatan', l.classId)} size="sm">{t('train.ledger.fromClass')}</Anchor> : (
          <Group gap={4}>
            <Text size="sm">{t('train.ledger.manual')}</Text>
            <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('train.ledger.removeOf', { title: l.title })} onClick={() => onRemove(l)}><IconTrash size={14} /></ActionIcon>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Completed development of the year (the JP ledger), with evidence files and a form to add more. */
export function LedgerTable({ employeeId, year, ledger }: { employeeId: string; year: number; ledger: LedgerEntry[] }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const fail = (message: string): void => {
    notifications.show({ color: 'red', message, autoClose: 8000 });
  };
  const download = async (l: LedgerEntry) => {
    const data = await ledgerFileBytes(db, l.id);
    if (!data || !l.evidence) {
      fail(t('train.error.ledger-missing'));
      return;
    }
    const ext = l.evidence.name.split('.').pop()?.toLowerCase() ?? 'pdf';
    const saved = await host.call('file:save', { suggestedName: safe(l.evidence.name), filters: /^[a-z0-9]{1,10}$/.test(ext) ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [], data });
    if (!saved.ok) fail(trainingProblemText(t, { code: saved.error.code }));
  };
  const remove = async (l: LedgerEntry) => {
    const r = await removeLedgerEntry(db, l.id);
    if (!r.ok) fail(trainingProblemText(t, r));
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('train.employee.completedTitle')}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>{t('train.ledger.add')}</Button>
      </Group>
      {ledger.length === 0 ? (
        <Text size="sm" c="dimmed">{t('train.employee.noCompleted')}</Text>
      ) : (
        <Table striped data-testid="ledger-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('train.ledger.activity')}</Table.Th>
              <Table.Th>{t('train.col.bentuk')}</Table.Th>
              <Table.Th>{t('train.col.date')}</Table.Th>
              <Table.Th>JP</Table.Th>
              <Table.Th>{t('train.ledger.evidence')}</Table.Th>
              <Table.Th>{t('train.ledger.source')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.map((l) => <LedgerRow key={l.id} l={l} onDownload={(x) => void download(x)} onRemove={(x) => void remove(x)} />)}
            <Table.Tr>
              <Table.Td colSpan={3}><Text size="sm" fw={700} ta="right">{t('train.ledger.total', { year })}</Text></Table.Td>
              <Table.Td colSpan={3}><Text fw={700}>{completedJp(ledger)} JP</Text></Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      {adding && <LedgerEntryModal employeeId={employeeId} year={year} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
