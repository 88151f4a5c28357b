import { Anchor, Badge, Button, Card, Group, Loader, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { formatTanggal } from '@shared/domain/dates';
import { BENTUK_LABEL, JP_TARGET } from '@shared/domain/training-forms';
import { jpProgress } from '@shared/domain/training-ledger';
import { formatNip } from '@shared/domain/nip';
import { fullName } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { LedgerTable } from './LedgerTable';
import { employeeListModel, exportEmployeeList } from './training-export';
import { type EmployeeTraining, plannedJp, useEmployeeTraining } from './training.queries';
import type { TrainingClass } from '@shared/schemas/training';
import type { JpProgress } from '@shared/domain/training-ledger';
import { PriorityBadge, ReasonList, reportExport, StatusBadge, YearSelect } from './training-ui';

function Recommendations({ data }: { data: EmployeeTraining }) {
  const { t } = useI18n();
  if (data.groups.length === 0) return <Text size="sm" c="dimmed">{t('train.employee.noRecommendations')}</Text>;
  return (
    <Stack gap="xs">
      {data.groups.map((g) => {
        const c = data.courses.get(g.courseId);
        return (
          <Card key={g.courseId} withBorder padding="sm" data-testid="employee-recommendation">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={600}>{c?.name ?? g.courseId}</Text>
                {c && <Text size="xs" c="dimmed">{BENTUK_LABEL[c.bentuk]} · {c.jp} JP · {c.provider}</Text>}
              </div>
              <Group gap={6} wrap="nowrap">
                <PriorityBadge priority={g.latest.priority} />
                {g.completed ? <Badge color="teal">{t('train.trainer.completed')}</Badge> : <StatusBadge status={g.status} />}
                {g.classId && !g.completed && <Anchor href={hrefOf('pelatihan', 'angkatan', g.classId)} size="sm">{t('train.trainer.inClass')}</Anchor>}
              </Group>
            </Group>
            <ReasonList reasons={g.reasons} periodLabel={(id) => data.people.periodById.get(id)?.label ?? ''} />
            {g.status === 'ditolak' && g.latest.rejectReason && <Text size="sm" c="red.8">{t('train.decide.rejectReason')}: {g.latest.rejectReason}</Text>}
            {g.latest.note && <Text size="sm">{t('train.decide.note')}: {g.latest.note}</Text>}
          </Card>
        );
      })}
    </Stack>
  );
}

function JpCard({ progress }: { progress: JpProgress }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="md">
      <Group justify="space-between">
        <Text fw={600}>{t('train.employee.jpTitle', { year: progress.year })}</Text>
        <Text fw={700} data-testid="employee-jp">{t('train.employee.jpValue', { jp: progress.completed, target: progress.target })}</Text>
      </Group>
      <Progress value={progress.percent} color={progress.met ? 'teal' : 'orange'} mt="xs" aria-label={t('train.employee.jpValue', { jp: progress.completed, target: progress.target })} />
      <SimpleGrid cols={3} mt="xs">
        <Text size="sm">{t('train.employee.planned', { jp: progress.planned })}</Text>
        <Text size="sm">{progress.met ? t('train.employee.met') : t('train.employee.remaining', { jp: progress.remaining })}</Text>
      </SimpleGrid>
    </Card>
  );
}

function PlannedClasses({ classes, data }: { classes: TrainingClass[]; data: EmployeeTraining }) {
  const { t } = useI18n();
  if (classes.length === 0) return <Text size="sm" c="dimmed">{t('train.employee.noPlanned')}</Text>;
  return (
    <Table>
      <Table.Tbody>
        {classes.map((k) => (
          <Table.Tr key={k.id} data-testid="employee-planned">
            <Table.Td><Anchor href={hrefOf('pelatihan', 'angkatan', k.id)} size="sm">{data.courses.get(k.courseId)?.name ?? k.courseId}</Anchor></Table.Td>
            <Table.Td><Text size="sm">{k.name}</Text></Table.Td>
            <Table.Td><Text size="sm">{formatTanggal(k.start)} – {formatTanggal(k.end)}</Text></Table.Td>
            <Table.Td><Text size="sm">{data.courses.get(k.courseId)?.jp ?? 0} JP</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** `#/pelatihan/pegawai/<id>`: one person's recommendations, planned and completed training, JP this year. */
export function EmployeeTrainingPage({ employeeId, year, years, onYear }: { employeeId: string; year: number; years: number[]; onYear: (y: number) => void }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const data = useEmployeeTraining(employeeId, year);
  const [busy, setBusy] = useState(false);
  const back = <Anchor href={hrefOf('pelatihan', 'jp')} size="sm">{t('train.employee.back')}</Anchor>;
  if (data === null) return <Loader aria-label={t('app.loading')} />;
  if (data === undefined) return <Stack>{back}<Text>{t('train.notFound')}</Text></Stack>;
  const e = data.employee;
  const planned = plannedJp(data.classes.filter((k) => k.participantIds.includes(e.id)), data.courses).get(e.id) ?? 0;
  const progress = jpProgress(data.ledger, year, planned);
  const plannedClasses = data.classes.filter((k) => k.participants.some((p) => p.employeeId === e.id && !p.completed));
  const exportPdf = async () => {
    setBusy(true);
    try {
      reportExport(t, await exportEmployeeList(db, host, employeeListModel(data, year, JP_TARGET)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('train.employee.title', { name: fullName(e) })}</Title>
          <Text c="dimmed">{e.nip ? formatNip(e.nip) : '-'} · {data.people.positionById.get(e.positionId)?.name ?? '-'} · {data.people.unitById.get(e.unitId)?.name ?? '-'}</Text>
        </div>
        <Group align="flex-end">
          <YearSelect years={years} value={year} onChange={onYear} />
          <Button leftSection={<IconFileTypePdf size={16} />} variant="light" loading={busy} onClick={() => void exportPdf()}>{t('train.employee.pdf')}</Button>
        </Group>
      </Group>
      <JpCard progress={progress} />
      <Title order={3} size="h4">{t('train.employee.recommendations')}</Title>
      <Recommendations data={data} />
      <Title order={3} size="h4">{t('train.employee.plannedTitle')}</Title>
      <PlannedClasses classes={plannedClasses} data={data} />
      <LedgerTable employeeId={e.id} year={year} ledger={data.ledger} />
    </Stack>
  );
}
