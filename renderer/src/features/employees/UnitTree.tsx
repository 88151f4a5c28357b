import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { fullName, type Unit } from '@shared/schemas/entities';
import { useI18n } from '../../i18n/i18n-context';
import type { Organisation } from './organisation.queries';
import { UnitFormModal } from './UnitFormModal';
import { flattenUnitTree } from './unit-tree';

/** The unit tree with each unit's head and headcount, indented by level; HR edits it here. */
export function UnitTree({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const nodes = useMemo(() => flattenUnitTree(org.units), [org.units]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of org.employees) if (e.status === 'aktif') m.set(e.unitId, (m.get(e.unitId) ?? 0) + 1);
    return m;
  }, [org.employees]);
  const headName = (id: string | null) => {
    const head = id ? org.employeeById.get(id) : undefined;
    return head ? fullName(head) : '-';
  };
  return (
    <Stack gap={4}>
      <Group justify="flex-end" mb="xs">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('unit.add')}
        </Button>
      </Group>
      <Stack gap={4} role="list" aria-label={t('employees.tab.units')}>
        {nodes.map(({ unit, depth }) => (
          <Paper key={unit.id} withBorder p="xs" ml={depth * 24} role="listitem">
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text fw={depth < 2 ? 600 : 500} size="sm">
                  {unit.name}
                </Text>
                <Text size="xs" c={unit.headEmployeeId ? 'dimmed' : 'orange'}>
                  {unit.headEmployeeId ? t('employees.units.head', { name: headName(unit.headEmployeeId) }) : t('employees.units.vacant')}
                </Text>
              </div>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" color="gray">
                  {t('employees.units.members', { count: counts.get(unit.id) ?? 0 })}
                </Badge>
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing(unit)} aria-label={`${t('common.edit')} ${unit.name}`}>
                  {t('common.edit')}
                </Button>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      {editing && <UnitFormModal org={org} {...(editing !== 'new' ? { unit: editing } : {})} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
