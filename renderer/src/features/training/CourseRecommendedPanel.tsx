import { Anchor, Badge, Button, Card, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatTanggal } from '@shared/domain/dates';
import type { GroupedRecommendation } from '@shared/domain/training-trainer';
import { fullName } from '@shared/schemas/entities';
import type { Course, TrainingClass } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf, useHashRoute } from '../../ui/use-hash-route';
import { addParticipants } from './classes.commands';
import { ClassFormModal } from './ClassFormModal';
import type { TrainerData } from './training.queries';
import { trainingProblemText } from './training-result';
import { PriorityBadge, ReasonList, StatusBadge } from './training-ui';

function RowStatus({ g, className }: { g: GroupedRecommendation; className: string | undefined }) {
  const { t } = useI18n();
  if (g.completed) return <Badge color="teal">{t('train.trainer.completed')}</Badge>;
  if (g.classId) return <Anchor href={hrefOf('pelatihan', 'angkatan', g.classId)} size="sm">{className ?? t('train.trainer.inClass')}</Anchor>;
  return <StatusBadge status={g.status} />;
}

type TableProps = { rows: GroupedRecommendation[]; data: TrainerData; classes: TrainingClass[]; picked: Set<string>; selectable: GroupedRecommendation[]; chosen: number; onPick: (id: string) => void; onPickAll: (all: boolean) => void };

function RecommendedTable({ rows, data, classes, picked, selectable, chosen, onPick, onPickAll }: TableProps) {
  const { t } = useI18n();
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}><Checkbox aria-label={t('train.trainer.pickAll')} checked={selectable.length > 0 && chosen === selectable.length} indeterminate={chosen > 0 && chosen < selectable.length} onChange={(e) => onPickAll(e.currentTarget.checked)} disabled={selectable.length === 0} /></Table.Th>
          <Table.Th>{t('train.col.employee')}</Table.Th>
          <Table.Th>{t('train.col.unit')}</Table.Th>
          <Table.Th>{t('train.reasons')}</Table.Th>
          <Table.Th>{t('train.priority')}</Table.Th>
          <Table.Th>{t('train.col.date')}</Table.Th>
          <Table.Th>{t('train.col.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((g) => {
          const e = data.people.employeeById.get(g.employeeId);
          const name = e ? fullName(e) : g.employeeId;
          const free = !g.classId && !g.completed;
          return (
            <Table.Tr key={g.employeeId} data-testid="recommended-row">
              <Table.Td>{free && <Checkbox aria-label={t('train.trainer.pick', { name })} checked={picked.has(g.employeeId)} onChange={() => onPick(g.employeeId)} />}</Table.Td>
              <Table.Td><Anchor href={hrefOf('pelatihan', 'pegawai', g.employeeId)} size="sm" fw={600}>{name}</Anchor></Table.Td>
              <Table.Td><Text size="sm">{(e && data.people.topUnit(e.unitId)?.name) ?? '-'}</Text></Table.Td>
              <Table.Td maw={420}><ReasonList reasons={g.reasons} periodLabel={(id) => data.people.periodById.get(id)?.label ?? ''} /></Table.Td>
              <Table.Td><PriorityBadge priority={g.latest.priority} short /></Table.Td>
              <Table.Td><Text size="sm">{formatTanggal((g.latest.decidedAt ?? g.latest.createdAt).slice(0, 10))}</Text></Table.Td>
              <Table.Td><RowStatus g={g} className={classes.find((c) => c.id === g.classId)?.name} /></Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The employees recommended for one course: pick them and group them into a class (angkatan). */
export function CourseRecommendedPanel({ course, year, groups, data }: { course: Course; year: number; groups: GroupedRecommendation[]; data: TrainerData }) {
  const db = useDb();
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [target, setTarget] = useState<string | null>(null);
  const classes = data.classes.filter((c) => c.courseId === course.id);
  const open = classes.filter((c) => !c.closed);
  const selectable = groups.filter((g) => !g.classId && !g.completed);
  const chosen = selectable.filter((g) => picked.has(g.employeeId)).map((g) => ({ employeeId: g.employeeId, recommendationId: g.latest.id }));
  const toggle = (id: string) => setPicked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const addTo = async () => {
    if (!target) return;
    const r = await addParticipants(db, target, chosen);
    if (r.ok) navigate('pelatihan', 'angkatan', target);
    else notifications.show({ color: 'red', message: trainingProblemText(t, r) });
  };
  const sorted = [...groups].sort((a, b) => Number(a.completed) - Number(b.completed) || Number(!!a.classId) - Number(!!b.classId) || (data.people.employeeById.get(a.employeeId)?.name ?? '').localeCompare(data.people.employeeById.get(b.employeeId)?.name ?? '', 'id'));
  return (
    <Card withBorder padding="md" data-testid="course-panel">
      <Stack gap="sm">
        <Title order={3} size="h4">{course.name}</Title>
        <Text size="sm" c="dimmed">{t('train.trainer.panelHelp', { n: selectable.length })}</Text>
        {classes.length > 0 && (
          <Group gap="xs">
            <Text size="sm">{t('train.trainer.classes')}:</Text>
            {classes.map((c) => <Anchor key={c.id} href={hrefOf('pelatihan', 'angkatan', c.id)} size="sm">{c.name} ({formatTanggal(c.start)})</Anchor>)}
          </Group>
        )}
        <RecommendedTable rows={sorted} data={data} classes={classes} picked={picked} selectable={selectable} chosen={chosen.length} onPick={toggle} onPickAll={(all) => setPicked(new Set(all ? selectable.map((g) => g.employeeId) : []))} />
        <Group>
          <Button disabled={chosen.length === 0} onClick={() => setCreating(true)}>{t('train.trainer.createClass', { n: chosen.length })}</Button>
          {open.length > 0 && (
            <Group gap="xs" align="flex-end">
              <Select aria-label={t('train.trainer.chooseClass')} placeholder={t('train.trainer.chooseClass')} data={open.map((c) => ({ value: c.id, label: c.name }))} value={target} onChange={setTarget} w={220} />
              <Button variant="light" disabled={chosen.length === 0 || !target} onClick={() => void addTo()}>{t('train.trainer.addToClass')}</Button>
            </Group>
          )}
        </Group>
      </Stack>
      {creating && <ClassFormModal course={course} year={year} participants={chosen} existing={classes.length} onClose={() => setCreating(false)} onCreated={(id) => navigate('pelatihan', 'angkatan', id)} />}
    </Card>
  );
}
