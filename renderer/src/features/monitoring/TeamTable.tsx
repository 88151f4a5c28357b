import { Anchor, Badge, List, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { OverdueItem, TeamRow } from '@shared/domain/monitoring-team';
import type { MessageKey, Translate } from '@shared/i18n/translate';
import type { SkpStatus } from '@shared/schemas/skp';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';

export const SKP_STATUS_KEY: Record<SkpStatus, MessageKey> = {
  draft: 'monitor.skpStatus.draft',
  diajukan: 'monitor.skpStatus.diajukan',
  disetujui: 'monitor.skpStatus.disetujui',
  dikembalikan: 'monitor.skpStatus.dikembalikan',
};
const STATUS_COLOR: Record<SkpStatus, string> = { draft: 'gray', diajukan: 'blue', disetujui: 'teal', dikembalikan: 'orange' };

function overdueText(t: Translate, locale: 'id' | 'en', item: OverdueItem): string {
  switch (item.kind) {
    case 'skp-missing':
      return t('monitor.overdue.skpMissing', { deadline: formatDate(item.deadline, locale) });
    case 'skp-not-approved':
      return t('monitor.overdue.skpNotApproved', { deadline: formatDate(item.deadline, locale), status: t(SKP_STATUS_KEY[item.status]) });
    case 'realisasi-missing':
      return t(item.reason === 'closed' ? 'monitor.overdue.realisasiClosed' : 'monitor.overdue.realisasiEnded', { period: item.periodLabel, missing: item.missing, total: item.total });
  }
}

function pendingText(t: Translate, p: TeamRow['feedbackPending']): string {
  if (!p) return '–';
  if (p.rhk === 0 && p.perilaku === 0) return t('monitor.team.feedbackDone');
  return t('monitor.team.feedbackPending', { rhk: p.rhk, perilaku: p.perilaku });
}

function TeamRowView({ r }: { r: TeamRow }) {
  const { t, locale } = useI18n();
  return (
    <Table.Tr data-testid="team-row" bg={r.overdue.length ? 'var(--mantine-color-red-light)' : undefined}>
      <Table.Td>
        {r.skpId ? (
          <Anchor href={hrefOf('skp', r.skpId)} size="sm" fw={500} aria-label={t('monitor.team.openSkp', { name: r.name })}>
            {r.name}
          </Anchor>
        ) : (
          <Text size="sm" fw={500}>
            {r.name}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {r.jabatan}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge variant="light" color={r.skpStatus ? STATUS_COLOR[r.skpStatus] : 'red'} styles={{ label: { overflow: 'visible' } }}>
          {r.skpStatus ? t(SKP_STATUS_KEY[r.skpStatus]) : t('monitor.skpStatus.none')}
        </Badge>
      </Table.Td>
      <Table.Td>{r.reported ? t('monitor.team.reported', { done: r.reported.done, total: r.reported.total }) : '–'}</Table.Td>
      <Table.Td>{r.reported ? r.evidenceCount : '–'}</Table.Td>
      <Table.Td>{pendingText(t, r.feedbackPending)}</Table.Td>
      <Table.Td data-testid="team-overdue">
        {r.overdue.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('monitor.team.noOverdue')}
          </Text>
        ) : (
          <List size="sm" spacing={2} icon={<IconAlertTriangle size={14} color="var(--mantine-color-red-8)" aria-hidden />}>
            {r.overdue.map((item, i) => (
              <List.Item key={i}>
                <Text span size="sm" fw={600} c="red.9">
                  {t('monitor.team.overdueWord')}:
                </Text>{' '}
                {overdueText(t, locale, item)}
              </List.Item>
            ))}
          </List>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** One row per subordinate; overdue items are spelled out, the colour only repeats them. */
export function TeamTable({ rows, periodLabel }: { rows: TeamRow[]; periodLabel: string }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" aria-label={t('monitor.team.tableLabel', { period: periodLabel })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitor.team.col.employee')}</Table.Th>
            <Table.Th>{t('monitor.team.col.status')}</Table.Th>
            <Table.Th>{t('monitor.team.col.reported', { period: periodLabel })}</Table.Th>
            <Table.Th>{t('monitor.team.col.evidence')}</Table.Th>
            <Table.Th>{t('monitor.team.col.feedback')}</Table.Th>
            <Table.Th>{t('monitor.team.col.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <TeamRowView key={r.employeeId} r={r} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
