import { ActionIcon, Alert, Button, Card, Code, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { KnownDesk } from '@shared/backup/desks';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { ensureDeskId, forgetDesk, readKnownDesks, registerDesk } from './desks.commands';

function DeskTable({ desks }: { desks: KnownDesk[] }) {
  const db = useDb();
  const { t, locale } = useI18n();
  return (
    <Table striped fz="sm" mb="md">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('backup.desks.label')}</Table.Th>
          <Table.Th>{t('backup.desks.id')}</Table.Th>
          <Table.Th>{t('backup.desks.since')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {desks.map((d) => (
          <Table.Tr key={d.deskId}>
            <Table.Td>{d.label}</Table.Td>
            <Table.Td>
              <Code>{d.deskId}</Code>
            </Table.Td>
            <Table.Td>{formatDate(d.registeredAt, locale)}</Table.Td>
            <Table.Td>
              <ActionIcon variant="subtle" color="red" aria-label={t('backup.desks.remove', { label: d.label })} onClick={() => void forgetDesk(db, d.deskId)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AddDeskForm() {
  const db = useDb();
  const { t } = useI18n();
  const [deskId, setDeskId] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const result = await registerDesk(db, { deskId: deskId.trim(), label });
    setError(result.ok ? null : t(result.reason === 'exists' ? 'backup.desks.exists' : 'backup.desks.invalid'));
    if (result.ok) {
      setDeskId('');
      setLabel('');
    }
  };
  return (
    <>
      <Group align="end">
        <TextInput label={t('backup.desks.id')} value={deskId} onChange={(e) => setDeskId(e.currentTarget.value)} w={300} />
        <TextInput label={t('backup.desks.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} w={240} />
        <Button variant="light" onClick={() => void add()} disabled={!deskId.trim() || !label.trim()}>
          {t('backup.desks.add')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" mt="sm">
          {error}
        </Alert>
      )}
    </>
  );
}

/** This desk's code, and HR's list of desks whose packages it accepts. */
export function KnownDesksCard() {
  const titleId = useId();
  const db = useDb();
  const { t } = useI18n();
  const data = useLiveQuery(async () => ({ deskId: (await db.settings.get('app'))?.deskId ?? null, desks: await readKnownDesks(db) }), [db], null);
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="xs" id={titleId}>
        {t('backup.desks.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('backup.desks.body')}
      </Text>
      <Group mb="md">
        {data?.deskId ? (
          <Text size="sm" data-testid="this-desk-id">
            {t('backup.desks.this', { deskId: data.deskId })}
          </Text>
        ) : (
          <>
            <Text size="sm">{t('backup.desks.thisNone')}</Text>
            <Button size="xs" variant="light" onClick={() => void ensureDeskId(db)}>
              {t('backup.desks.makeId')}
            </Button>
          </>
        )}
      </Group>
      {data && data.desks.length === 0 && (
        <Text size="sm" c="dimmed" mb="md">
          {t('backup.desks.empty')}
        </Text>
      )}
      {data && data.desks.length > 0 && <DeskTable desks={data.desks} />}
      <AddDeskForm />
    </Card>
  );
}
