import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { EmployeeDirectory } from './employees.queries';
import { flattenUnitTree } from './unit-tree';

/** The unit tree with each unit's head and headcount, indented by level. */
export function UnitTree({ directory }: { directory: EmployeeDirectory }) {
  const { t } = useI18n();
  const nodes = useMemo(() => flattenUnitTree(directory.units), [directory]);
  const names = useMemo(() => new Map(directory.rows.map((r) => [r.employee.id, r.displayName])), [directory]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of directory.rows) if (r.employee.status === 'aktif') m.set(r.employee.unitId, (m.get(r.employee.unitId) ?? 0) + 1);
    return m;
  }, [directory]);
  return (
    <Stack gap={4} role="tree" aria-label={t('employees.tab.units')}>
      {nodes.map(({ unit, depth }) => (
        <Paper key={unit.id} withBorder p="xs" ml={depth * 24} role="treeitem" aria-level={depth + 1} aria-selected={false}>
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={depth < 2 ? 600 : 500} size="sm">
                {unit.name}
              </Text>
              <Text size="xs" c={unit.headEmployeeId ? 'dimmed' : 'orange'}>
                {unit.headEmployeeId ? t('employees.units.head', { name: names.get(unit.headEmployeeId) ?? '-' }) : t('employees.units.vacant')}
              </Text>
            </div>
            <Badge variant="light" color="gray">
              {t('employees.units.members', { count: counts.get(unit.id) ?? 0 })}
            </Badge>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
