import { Badge, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatNip } from '@shared/domain/nip';
import { PREDIKAT_LABEL, PREDIKAT_ORDER, type Predikat } from '@shared/domain/predikat';
import { useI18n } from '../../i18n/i18n-context';
import type { CurveMember, EvaluationState } from './curve.queries';

const PAGE_SIZE = 25;
const STATE_COLOUR: Record<EvaluationState, string> = { belum: 'gray', draft: 'yellow', final: 'teal' };

export interface WhatIfListProps {
  members: CurveMember[];
  overrides: ReadonlyMap<string, Predikat>;
  onOverride: (employeeId: string, predikat: Predikat | null) => void;
}

/**
 * The unit's people with their predikat (proposed or final) and, per person, a what-if predikat kept
 * in the page only: the chart and violations follow it, the records never do.
 */
export function WhatIfList({ members, overrides, onOverride }: WhatIfListProps) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(members.length / PAGE_SIZE));
  const start = (Math.min(page, pages) - 1) * PAGE_SIZE;
  const options = PREDIKAT_ORDER.map((p) => ({ value: p, label: PREDIKAT_LABEL[p] }));
  if (members.length === 0) return <Text>{t('curve.members.empty')}</Text>;
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing={4} aria-label={t('curve.members.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('curve.members.name')}</Table.Th>
              <Table.Th>{t('curve.members.nip')}</Table.Th>
              <Table.Th>{t('curve.members.state')}</Table.Th>
              <Table.Th>{t('curve.members.predikat')}</Table.Th>
              <Table.Th>{t('curve.members.whatIf')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.slice(start, start + PAGE_SIZE).map((m) => {
              const simulated = overrides.get(m.employeeId) ?? null;
              return (
                <Table.Tr key={m.employeeId} data-testid="curve-member-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {m.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {m.nip ? formatNip(m.nip) : '-'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATE_COLOUR[m.state]}>
                      {t(`curve.state.${m.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" td={simulated ? 'line-through' : undefined}>
                      {m.predikat ? PREDIKAT_LABEL[m.predikat] : t('curve.members.noPredikat')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('curve.members.whatIfFor', { name: m.name })}
                      placeholder={t('curve.members.whatIfNone')}
                      data={options}
                      value={simulated}
                      onChange={(v) => onOverride(m.employeeId, v as Predikat | null)}
                      clearable
                      size="xs"
                      w={190}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={setPage}
          size="sm"
          aria-label={t('curve.page')}
          getControlProps={(control) => ({ 'aria-label': t(`curve.page.${control}`) })}
        />
      )}
    </Stack>
  );
}
