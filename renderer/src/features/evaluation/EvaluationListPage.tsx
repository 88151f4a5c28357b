import { Alert, Anchor, Badge, Button, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Period } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from '../access';
import { hrefOf, useHashRoute } from '../../ui/use-hash-route';
import { startEvaluation } from './evaluation.commands';
import { type EvaluationRow, useDeskEmployeeId, useEvaluationRows, usePeriods, useSupervisors } from './evaluation.queries';
import { today } from './local-day';

/** The period containing today, else the last one that has begun, else the first. */
function defaultPeriod(periods: Period[]): Period | undefined {
  const day = today();
  return periods.find((p) => p.start <= day && day <= p.end) ?? [...periods].reverse().find((p) => p.start <= day) ?? periods[0];
}

function StatusCell({ row }: { row: EvaluationRow }) {
  const { t } = useI18n();
  const e = row.latest;
  if (!e) return <Badge variant="outline" color="gray">{t('eval.list.none')}</Badge>;
  if (e.status === 'final') return <Badge color="teal">{t('eval.list.final', { n: e.revision })}</Badge>;
  return <Badge color="yellow">{t('eval.list.draft', { step: e.step + 1, n: e.revision })}</Badge>;
}

function ActionCell({ row, period }: { row: EvaluationRow; period: Period }) {
  const db = useDb();
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const name = row.skp.pegawai.name;
  if (row.latest) {
    return (
      <Anchor href={hrefOf('evaluasi', row.latest.id)} aria-label={t(row.latest.status === 'final' ? 'eval.list.openFor' : 'eval.list.continueFor', { name })}>
        {t(row.latest.status === 'final' ? 'eval.list.open' : 'eval.list.continue')}
      </Anchor>
    );
  }
  const start = async () => {
    const result = await startEvaluation(db, row.skp.id, period.id);
    if (result.ok) navigate('evaluasi', result.id);
    else notifications.show({ color: 'red', message: result.issues.map((i) => i.message).join(' ') });
  };
  return (
    <Button size="xs" onClick={() => void start()} aria-label={t('eval.list.startFor', { name })}>
      {t('eval.list.start')}
    </Button>
  );
}

/** `#/evaluasi`: the evaluations a supervisor has to do in a period, with their status. */
export function EvaluationListPage() {
  const { t } = useI18n();
  const periods = usePeriods();
  const desk = useDeskEmployeeId();
  const [periodId, setPeriodId] = useState<string | null>(null);
  const period = periods?.find((p) => p.id === periodId) ?? (periods ? defaultPeriod(periods) : undefined) ?? null;
  const supervisors = useSupervisors(period?.year ?? null);
  const [supervisorId, setSupervisorId] = useState<string | null>(null);
  const { lockedSupervisorId, canView } = useAccess();
  const chosen = lockedSupervisorId ?? supervisorId ?? (supervisors?.some((s) => s.employeeId === desk) ? desk! : supervisors?.[0]?.employeeId ?? null);
  const rows = useEvaluationRows(chosen, period);
  if (periods === null) return <Loader aria-label={t('app.loading')} />;
  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={2}>{t('nav.evaluation')}</Title>
        {/* HR's curve: not offered where the desk profile cannot open it. */}
        {canView('curve') && (
          <Button component="a" href={hrefOf('evaluasi', 'kurva')} variant="light">
            {t('eval.tab.curve')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">{t('eval.list.intro')}</Text>
      {periods.length === 0 && <Alert color="orange">{t('eval.list.noPeriods')}</Alert>}
      <Group align="flex-end">
        <Select label={t('eval.list.period')} data={periods.map((p) => ({ value: p.id, label: `${p.label} ${p.year}` }))} value={period?.id ?? null} onChange={setPeriodId} allowDeselect={false} w={260} />
        <Select label={t('eval.list.supervisor')} searchable data={(supervisors ?? []).map((s) => ({ value: s.employeeId, label: `${s.name} — ${s.jabatan}` }))} value={chosen} onChange={setSupervisorId} disabled={lockedSupervisorId !== null} allowDeselect={false} w={480} nothingFoundMessage={t('eval.list.noSupervisor')} />
      </Group>
      {rows && rows.length === 0 && period && <Alert color="gray">{t('eval.list.empty')}</Alert>}
      {rows && rows.length > 0 && period && (
        <Table striped highlightOnHover data-testid="evaluation-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('eval.list.employee')}</Table.Th>
              <Table.Th>{t('eval.list.position')}</Table.Th>
              <Table.Th>{t('eval.list.status')}</Table.Th>
              <Table.Th>{t('eval.list.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.skp.id} data-testid="evaluation-row">
                <Table.Td>
                  <Text size="sm" fw={600}>{row.skp.pegawai.name}</Text>
                  <Text size="xs" c="dimmed">{row.skp.pegawai.nip ?? '-'}</Text>
                </Table.Td>
                <Table.Td><Text size="sm">{row.skp.pegawai.jabatan}</Text></Table.Td>
                <Table.Td><StatusCell row={row} /></Table.Td>
                <Table.Td><ActionCell row={row} period={period} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
