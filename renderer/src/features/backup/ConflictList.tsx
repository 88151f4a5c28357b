import { Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { type Choice, itemId, type PlanItem } from '@shared/backup/exchange';
import { useI18n } from '../../i18n/i18n-context';
import { tableLabel } from './backup-ui';

const MAX_SHOWN = 400;
const shorten = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s);

type Props = { conflicts: PlanItem[]; choices: Record<string, Choice>; onChoose: (id: string, choice: Choice) => void };

function ConflictItem({ item, choice, onChoose }: { item: PlanItem; choice: Choice; onChoose: (c: Choice) => void }) {
  const { t } = useI18n();
  const name = `${tableLabel(t, item.table)} ${item.key}`;
  return (
    <Card withBorder radius="sm" p="sm" data-testid="conflict">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Text fw={600} size="sm">
            {name}
          </Text>
          {item.locked && <Badge color="red">{t('backup.exchange.locked')}</Badge>}
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={name}
          value={choice}
          onChange={(v) => onChoose(v as Choice)}
          data={[
            { value: 'local', label: t('backup.exchange.keepLocal') },
            { value: 'incoming', label: t('backup.exchange.takeIncoming') },
          ]}
        />
      </Group>
      <Table striped withTableBorder fz="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="20%">{t('backup.exchange.field')}</Table.Th>
            <Table.Th>{t('backup.exchange.local')}</Table.Th>
            <Table.Th>{t('backup.exchange.incoming')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {item.diff.map((d) => (
            <Table.Tr key={d.field}>
              <Table.Td>{d.field}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{shorten(d.local)}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>{shorten(d.incoming)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {item.locked && choice === 'incoming' && (
        <Alert color="red" mt="xs" p="xs">
          {t('backup.exchange.lockedWarning')}
        </Alert>
      )}
    </Card>
  );
}

/** Records that differ, side by side field by field, each with HR's choice (default: keep). */
export function ConflictList({ conflicts, choices, onChoose }: Props) {
  const { t } = useI18n();
  const open = conflicts.filter((c) => !c.locked);
  return (
    <Stack gap="sm" mt="md">
      <Title order={4} size="h5">
        {t('backup.exchange.conflicts')} ({conflicts.length})
      </Title>
      <Text size="sm" c="dimmed">
        {t('backup.exchange.conflictsHelp')}
      </Text>
      {open.length > 0 && (
        <Group>
          <Button size="xs" variant="light" onClick={() => open.forEach((c) => onChoose(itemId(c), 'incoming'))}>
            {t('backup.exchange.useAllIncoming')}
          </Button>
        </Group>
      )}
      {conflicts.map((item) => (
        <ConflictItem key={itemId(item)} item={item} choice={choices[itemId(item)] ?? 'local'} onChoose={(c) => onChoose(itemId(item), c)} />
      ))}
    </Stack>
  );
}
