import { Badge, Button, Table, Text } from '@mantine/core';
import type { Period } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { notifyProblem } from './notify-problem';
import { setPeriodStatus } from './years.commands';

/** The periods of a year, each opened or closed by HR; a closed period is read-only for in-year work. */
export function PeriodTable({ periods, year }: { periods: Period[]; year: number }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const toggle = async (p: Period) => {
    const next = p.status === 'open' ? 'closed' : 'open';
    const r = await setPeriodStatus(db, p.id, next);
    if (!r.ok) return notifyProblem(t, locale, r.problem);
    notifySuccess(t(next === 'closed' ? 'monitor.period.closedNotice' : 'monitor.period.openedNotice', { period: p.label, year }));
  };
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" aria-label={t('monitor.period.tableLabel', { year })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('monitor.period.col.label')}</Table.Th>
            <Table.Th>{t('monitor.period.col.start')}</Table.Th>
            <Table.Th>{t('monitor.period.col.end')}</Table.Th>
            <Table.Th>{t('monitor.period.col.status')}</Table.Th>
            <Table.Th>{t('monitor.period.col.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((p) => (
            <Table.Tr key={p.id} data-testid="period-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {p.label}
                </Text>
                {p.final && (
                  <Text size="xs" c="dimmed">
                    {t('monitor.period.final')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDate(p.start, locale)}</Table.Td>
              <Table.Td>{formatDate(p.end, locale)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={p.status === 'open' ? 'teal' : 'gray'}>
                  {t(p.status === 'open' ? 'monitor.period.open' : 'monitor.period.closed')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant={p.status === 'open' ? 'default' : 'light'} onClick={() => void toggle(p)} aria-label={t(p.status === 'open' ? 'monitor.period.closeAria' : 'monitor.period.openAria', { period: p.label })}>
                  {t(p.status === 'open' ? 'monitor.period.close' : 'monitor.period.reopen')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
