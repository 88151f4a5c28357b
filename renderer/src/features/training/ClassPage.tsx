import { ActionIcon, Alert, Anchor, Badge, Button, Checkbox, Group, Loader, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserMinus } from '@tabler/icons-react';
import { formatTanggal } from '@shared/domain/dates';
import { BENTUK_LABEL } from '@shared/domain/training-forms';
import { fullName } from '@shared/schemas/entities';
import type { Participant } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { CLASS_STATUS_COLOR } from './ClassesPage';
import { classStatus } from './class-status';
import { closeClass, removeParticipant, setAttendance, setCompletion } from './classes.commands';
import { classListModel, exportCourseList } from './training-export';
import { type ClassView, useClassView } from './training.queries';
import { localToday, trainingProblemText, type TrainingResult } from './training-result';
import { ExportButtons } from './training-ui';

function ParticipantRow({ view, p }: { view: ClassView; p: Participant }) {
  const db = useDb();
  const { t } = useI18n();
  const e = view.people.employeeById.get(p.employeeId);
  const name = e ? fullName(e) : p.employeeId;
  const locked = view.klass.closed;
  const report = (r: TrainingResult) => {
    if (!r.ok) notifications.show({ color: 'red', message: trainingProblemText(t, r), autoClose: 8000 });
  };
  const attendance = p.attendance ?? 'belum';
  return (
    <Table.Tr data-testid="participant-row">
      <Table.Td>
        <Anchor href={hrefOf('pelatihan', 'pegawai', p.employeeId)} size="sm" fw={600}>{name}</Anchor>
        <Text size="xs" c="dimmed">{e?.nip ?? '-'}</Text>
      </Table.Td>
      <Table.Td><Text size="sm">{(e && view.people.topUnit(e.unitId)?.name) ?? '-'}</Text></Table.Td>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={t('train.class.attendanceOf', { name })}
          disabled={locked}
          value={attendance}
          onChange={(v) => void setAttendance(db, view.klass.id, p.employeeId, v === 'belum' ? null : (v as 'hadir' | 'tidak-hadir')).then(report)}
          data={[
            { value: 'belum', label: t('train.class.att.none') },
            { value: 'hadir', label: t('train.class.att.hadir') },
            { value: 'tidak-hadir', label: t('train.class.att.absent') },
          ]}
        />
      </Table.Td>
      <Table.Td>
        <Checkbox aria-label={t('train.class.completedOf', { name })} label={t('train.class.completed')} checked={p.completed} disabled={locked} onChange={(ev) => void setCompletion(db, view.klass.id, p.employeeId, ev.currentTarget.checked).then(report)} />
      </Table.Td>
      <Table.Td>{p.completed ? <Badge color="teal" variant="light">{t('train.class.jpWritten', { jp: view.course?.jp ?? 0 })}</Badge> : '—'}</Table.Td>
      <Table.Td>
        {!locked && !p.completed && (
          <ActionIcon variant="subtle" color="red" aria-label={t('train.class.removeOf', { name })} onClick={() => void removeParticipant(db, view.klass.id, p.employeeId).then(report)}>
            <IconUserMinus size={16} />
          </ActionIcon>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** `#/pelatihan/angkatan/<id>`: a class: attendance and completion (completion writes JP), export, close. */
export function ClassPage({ classId }: { classId: string }) {
  const db = useDb();
  const { t } = useI18n();
  const view = useClassView(classId);
  const back = <Anchor href={hrefOf('pelatihan', 'angkatan')} size="sm">{t('train.class.back')}</Anchor>;
  if (view === null) return <Loader aria-label={t('app.loading')} />;
  if (view === undefined) return <Stack>{back}<Text>{t('train.notFound')}</Text></Stack>;
  const { klass, course } = view;
  const status = classStatus(klass, localToday());
  const done = klass.participants.filter((p) => p.completed).length;
  const sorted = [...klass.participants].sort((a, b) => (view.people.employeeById.get(a.employeeId)?.name ?? '').localeCompare(view.people.employeeById.get(b.employeeId)?.name ?? '', 'id'));
  return (
    <Stack>
      {back}
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{course?.name ?? klass.courseId}</Title>
          <Text c="dimmed">
            {klass.name} · {formatTanggal(klass.start)} – {formatTanggal(klass.end)}{klass.location ? ` · ${klass.location}` : ''}
          </Text>
          {course && <Text size="sm">{BENTUK_LABEL[course.bentuk]} · {course.jp} JP · {course.provider}</Text>}
        </div>
        <Badge size="lg" color={CLASS_STATUS_COLOR[status]} variant="light" data-testid="class-status">{t(`train.classStatus.${status}`)}</Badge>
      </Group>
      <Group justify="space-between">
        <Text size="sm" data-testid="class-progress">{t('train.class.progress', { done, n: klass.participants.length, present: klass.participants.filter((p) => p.attendance === 'hadir').length })}</Text>
        <Group>
          <ExportButtons label={t('train.class.list')} run={(d, host, format) => exportCourseList(d, host, classListModel(view), `peserta-${course?.name ?? 'pelatihan'}-${klass.name}`, format)} />
          {!klass.closed && <Button size="xs" variant="default" onClick={() => void closeClass(db, klass.id)}>{t('train.class.close')}</Button>}
        </Group>
      </Group>
      <Alert color="blue" variant="light">{t(klass.closed ? 'train.class.closedHelp' : 'train.class.help')}</Alert>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('train.col.employee')}</Table.Th>
            <Table.Th>{t('train.col.unit')}</Table.Th>
            <Table.Th>{t('train.class.attendance')}</Table.Th>
            <Table.Th>{t('train.class.completion')}</Table.Th>
            <Table.Th>JP</Table.Th>
            <Table.Th><VisuallyHidden>{t('train.col.action')}</VisuallyHidden></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p) => <ParticipantRow key={p.employeeId} view={view} p={p} />)}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
