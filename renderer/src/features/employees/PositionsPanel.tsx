import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Position } from '@shared/schemas/entities';
import { useI18n } from '../../i18n/i18n-context';
import { descendantsOf } from './employees.queries';
import type { Organisation } from './organisation.queries';
import { PositionFormModal } from './PositionFormModal';
import { unitSelectOptions } from './unit-tree';

/** HR's list of positions (nama jabatan, type, unit) with how many people hold each. */
export function PositionsPanel({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const units = useMemo(() => unitSelectOptions(org.units), [org.units]);
  const holders = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of org.employees) if (e.status === 'aktif') m.set(e.positionId, (m.get(e.positionId) ?? 0) + 1);
    return m;
  }, [org.employees]);
  const shown = useMemo(() => {
    const allowed = unitId ? descendantsOf(org.units)(unitId) : null;
    return org.positions.filter((p) => !allowed || allowed.has(p.unitId)).sort((a, b) => a.name.localeCompare(b.name, 'id'));
  }, [org, unitId]);
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Select label={t('employees.filter.unit')} placeholder={t('employees.filter.all')} data={units} value={unitId} onChange={setUnitId} searchable clearable miw={320} />
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('position.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" role="status">
        {t('position.count', { count: shown.length })}
      </Text>
      <Table striped highlightOnHover aria-label={t('employees.tab.positions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('position.field.name')}</Table.Th>
            <Table.Th>{t('position.field.type')}</Table.Th>
            <Table.Th>{t('position.field.unit')}</Table.Th>
            <Table.Th ta="right">{t('position.holders')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>
                {t(`jabatan.${p.type}`)}
                {p.pelaksanaGroup && ` · ${t(`pelaksana.${p.pelaksanaGroup}`)}`}
                {p.jfLevel && ` · ${t(`jenjang.${p.jfLevel}`)}`}
              </Table.Td>
              <Table.Td>{org.unitById.get(p.unitId)?.name ?? '-'}</Table.Td>
              <Table.Td ta="right">{holders.get(p.id) ?? 0}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" onClick={() => setEditing(p)} aria-label={`${t('common.edit')} ${p.name}`}>
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <PositionFormModal org={org} {...(editing !== 'new' ? { position: editing } : {})} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
