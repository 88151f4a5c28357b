import { Alert, Badge, Button, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { useYears, type YearWithPeriods } from './monitoring.queries';
import { PERIOD_TYPE_KEY, todayLocal } from './period-labels';
import { PeriodTable } from './PeriodTable';
import { PhraseLibrary } from './PhraseLibrary';
import { CreateYearForm, EditYearForm } from './YearForms';

function YearsTable({ years, selected, onSelect }: { years: YearWithPeriods[]; selected: number | null; onSelect: (y: number) => void }) {
  const { t, locale } = useI18n();
  return (
    <Table verticalSpacing="xs" aria-label={t('monitor.year.listLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('monitor.year.col.year')}</Table.Th>
          <Table.Th>{t('monitor.year.col.periodType')}</Table.Th>
          <Table.Th>{t('monitor.year.col.deadline')}</Table.Th>
          <Table.Th>{t('monitor.year.col.periods')}</Table.Th>
          <Table.Th>{t('monitor.period.col.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {years.map((y) => {
          const closed = y.periods.filter((p) => p.status === 'closed').length;
          const current = y.year === selected;
          return (
            <Table.Tr key={y.id} bg={current ? 'var(--mantine-color-teal-light)' : undefined} aria-current={current ? 'true' : undefined}>
              <Table.Td fw={600}>{y.year}</Table.Td>
              <Table.Td>{t(PERIOD_TYPE_KEY[y.periodType])}</Table.Td>
              <Table.Td>{formatDate(y.skpDeadline, locale)}</Table.Td>
              <Table.Td>{t('monitor.year.periodCount', { total: y.periods.length, closed })}</Table.Td>
              <Table.Td>
                <Button size="xs" variant={current ? 'filled' : 'default'} onClick={() => onSelect(y.year)} aria-label={t('monitor.year.manageAria', { year: y.year })}>
                  {current ? t('monitor.year.managing') : t('monitor.year.manage')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Tab "Tahun dan periode": HR sets up appraisal years, their periods and the feedback phrase library. */
export function YearSetupPanel() {
  const db = useDb();
  const { t } = useI18n();
  const years = useYears(db);
  const [picked, setPicked] = useState<number | null>(null);
  if (years === null) return <Loader aria-label={t('app.loading')} />;
  const thisYear = Number(todayLocal().slice(0, 4));
  const taken = new Set(years.map((y) => y.year));
  const suggested = taken.has(thisYear) ? Math.max(...taken) + 1 : thisYear;
  const selected = years.find((y) => y.year === picked) ?? years[0] ?? null;
  return (
    <Stack gap="lg" maw={1000}>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={3}>{t('monitor.year.createTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('monitor.year.createHelp')}
          </Text>
          <CreateYearForm key={suggested} suggestedYear={suggested} onCreated={setPicked} />
        </Stack>
      </Card>
      {years.length === 0 ? (
        <Alert color="gray">{t('monitor.year.none')}</Alert>
      ) : (
        <Stack gap="sm">
          <Title order={3}>{t('monitor.year.listTitle')}</Title>
          <YearsTable years={years} selected={selected?.year ?? null} onSelect={setPicked} />
        </Stack>
      )}
      {selected && (
        <Card withBorder>
          <Stack gap="sm">
            <Title order={3}>
              {t('monitor.year.detailTitle', { year: selected.year })}{' '}
              <Badge variant="light" ml="xs">
                {t(PERIOD_TYPE_KEY[selected.periodType])}
              </Badge>
            </Title>
            <EditYearForm key={`${selected.id}-${selected.periodType}-${selected.skpDeadline}`} year={selected} />
            <PeriodTable periods={selected.periods} year={selected.year} />
          </Stack>
        </Card>
      )}
      <PhraseLibrary />
    </Stack>
  );
}
