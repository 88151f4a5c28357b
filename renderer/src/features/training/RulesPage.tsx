import { Badge, Button, Group, Loader, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { TrainingRule } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { restoreDefaultRules, saveRule } from './catalogue.commands';
import { RuleFormModal } from './RuleFormModal';
import { selectText, triggerText } from './rule-text';
import { useRules } from './training.queries';
import { PriorityBadge } from './training-ui';

/** Tab "Aturan": the recommendation rules of domain.md §10 as data HR adjusts; not code. */
export function RulesPage() {
  const db = useDb();
  const { t } = useI18n();
  const data = useRules();
  const [editing, setEditing] = useState<TrainingRule | 'new' | null>(null);
  if (!data) return <Loader aria-label={t('app.loading')} />;
  const toggle = (r: TrainingRule, active: boolean) => {
    const { order: _o, ...rest } = r;
    void saveRule(db, { ...rest, active });
  };
  const restore = async () => {
    await restoreDefaultRules(db);
    notifySuccess(t('train.rules.restored'));
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('train.rules.intro')}</Text>
      {!data.stored && <Badge variant="light" color="blue">{t('train.rules.defaults')}</Badge>}
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('train.rules.add')}</Button>
        <Button variant="default" leftSection={<IconRestore size={16} />} onClick={() => void restore()}>{t('train.rules.restore')}</Button>
      </Group>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('train.rules.rule')}</Table.Th>
            <Table.Th>{t('train.rules.when')}</Table.Th>
            <Table.Th>{t('train.rules.proposes')}</Table.Th>
            <Table.Th>{t('train.priority')}</Table.Th>
            <Table.Th>{t('train.rules.activeCol')}</Table.Th>
            <Table.Th>{t('train.col.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rules.map((r) => (
            <Table.Tr key={r.id} data-testid="rule-row" opacity={r.active ? 1 : 0.6}>
              <Table.Td><Text size="sm" fw={600}>{r.label}</Text><Text size="xs" c="dimmed">{r.reason}</Text></Table.Td>
              <Table.Td><Text size="sm">{triggerText(t, r.trigger)}</Text></Table.Td>
              <Table.Td><Text size="sm">{selectText(t, r)}</Text></Table.Td>
              <Table.Td><PriorityBadge priority={r.priority} short /></Table.Td>
              <Table.Td><Switch checked={r.active} onChange={(e) => toggle(r, e.currentTarget.checked)} aria-label={t('train.rules.activeOf', { rule: r.label })} /></Table.Td>
              <Table.Td><Button size="xs" variant="subtle" onClick={() => setEditing(r)} aria-label={t('train.rules.editOf', { rule: r.label })}>{t('train.edit')}</Button></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <RuleFormModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
