import { Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { BENTUK_INFO, BENTUK_LABEL, type Bentuk } from '@shared/domain/training-forms';
import { type GroupedRecommendation, trainerGroups, type TrainerStatusFilter } from '@shared/domain/training-trainer';
import type { Course } from '@shared/schemas/training';
import { useI18n } from '../../i18n/i18n-context';
import { CourseRecommendedPanel } from './CourseRecommendedPanel';
import { exportCourseList, recommendationListModel } from './training-export';
import { useTrainerData } from './training.queries';
import { ExportButtons } from './training-ui';

/** The filter as printed on the (Indonesian) list. */
const STATUS_FILTER_PRINT: Record<TrainerStatusFilter, string> = { diterima: 'diterima atasan', usulan: 'belum diputuskan atasan', semua: 'semua kecuali yang ditolak' };

export type TrainerFilters = { unitId: string | null; bentuk: Bentuk | null; periodId: string | null; status: TrainerStatusFilter };

function CourseTable({ courses, filtered, selectedId, onOpen }: { courses: Course[]; filtered: GroupedRecommendation[]; selectedId: string | null; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('train.col.course')}</Table.Th>
          <Table.Th>{t('train.col.bentuk')}</Table.Th>
          <Table.Th>JP</Table.Th>
          <Table.Th>{t('train.col.waiting')}</Table.Th>
          <Table.Th>{t('train.col.inClass')}</Table.Th>
          <Table.Th>{t('train.col.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {courses.map((c) => {
          const mine = filtered.filter((g) => g.courseId === c.id);
          return (
            <Table.Tr key={c.id} data-testid="trainer-course-row" bg={c.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td><Text size="sm" fw={600}>{c.name}</Text><Text size="xs" c="dimmed">{c.provider}</Text></Table.Td>
              <Table.Td><Text size="sm">{BENTUK_LABEL[c.bentuk]}</Text></Table.Td>
              <Table.Td>{c.jp}</Table.Td>
              <Table.Td>{mine.filter((g) => !g.classId && !g.completed).length}</Table.Td>
              <Table.Td>{mine.filter((g) => g.classId).length}</Table.Td>
              <Table.Td>
                <Button size="xs" variant={c.id === selectedId ? 'filled' : 'light'} onClick={() => onOpen(c.id)} aria-label={t('train.trainer.openCourse', { course: c.name })} aria-pressed={c.id === selectedId}>
                  {t('train.trainer.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Tab "Per pelatihan": for each course, who is recommended for it; filters by unit, form and period. */
export function TrainerPage({ year }: { year: number }) {
  const { t } = useI18n();
  const data = useTrainerData(year);
  const [f, setF] = useState<TrainerFilters>({ unitId: null, bentuk: null, periodId: null, status: 'diterima' });
  const [courseId, setCourseId] = useState<string | null>(null);
  const filtered = useMemo(() => {
    if (!data) return [];
    const courseById = new Map(data.courses.map((c) => [c.id, c]));
    return trainerGroups(data.groups, f.status).filter((g) => {
      const top = g.latest.unitId ? data.people.topUnit(g.latest.unitId) : undefined;
      return (!f.unitId || top?.id === f.unitId) && (!f.bentuk || courseById.get(g.courseId)?.bentuk === f.bentuk) && (!f.periodId || g.all.some((r) => r.periodId === f.periodId));
    });
  }, [data, f]);
  if (!data) return <Loader aria-label={t('app.loading')} />;
  const units = [...new Map([...data.people.unitById.values()].flatMap((u) => { const top = data.people.topUnit(u.id); return top ? [[top.id, top.name] as const] : []; })).entries()].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  const periods = [...data.people.periodById.values()].filter((p) => p.year === year).sort((a, b) => a.start.localeCompare(b.start));
  const courses = data.courses.filter((c) => filtered.some((g) => g.courseId === c.id));
  const selected = courses.find((c) => c.id === courseId) ?? null;
  const filterText = [f.unitId ? `Unit kerja: ${units.find(([id]) => id === f.unitId)?.[1]}` : '', f.bentuk ? `Bentuk: ${BENTUK_LABEL[f.bentuk]}` : '', f.periodId ? `Periode: ${periods.find((p) => p.id === f.periodId)?.label}` : '', `Status: ${STATUS_FILTER_PRINT[f.status]}`].filter(Boolean).join('; ');
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('train.trainer.intro')}</Text>
      <Group align="flex-end">
        <Select label={t('train.filter.unit')} data={units.map(([value, label]) => ({ value, label }))} value={f.unitId} onChange={(v) => setF({ ...f, unitId: v })} clearable searchable placeholder={t('train.filter.all')} w={300} />
        <Select label={t('train.filter.bentuk')} data={BENTUK_INFO.map((b) => ({ value: b.key, label: b.label }))} value={f.bentuk} onChange={(v) => setF({ ...f, bentuk: v as Bentuk | null })} clearable searchable placeholder={t('train.filter.all')} w={260} />
        <Select label={t('train.filter.period')} data={periods.map((p) => ({ value: p.id, label: p.label }))} value={f.periodId} onChange={(v) => setF({ ...f, periodId: v })} clearable placeholder={t('train.filter.all')} w={200} />
        <Select label={t('train.filter.status')} data={(['diterima', 'usulan', 'semua'] as const).map((s) => ({ value: s, label: t(`train.trainer.status.${s}`) }))} value={f.status} onChange={(v) => v && setF({ ...f, status: v as TrainerStatusFilter })} allowDeselect={false} w={220} />
      </Group>
      <Group justify="space-between">
        <Text size="sm" data-testid="trainer-summary">{t('train.trainer.summary', { courses: courses.length, rows: filtered.length })}</Text>
        <ExportButtons label={t('train.trainer.fullList')} run={(db, host, format) => exportCourseList(db, host, recommendationListModel(filtered, courses, data.people, year, filterText), `rekomendasi-pelatihan-${year}`, format)} />
      </Group>
      <CourseTable courses={courses} filtered={filtered} selectedId={selected?.id ?? null} onOpen={setCourseId} />
      {selected && <CourseRecommendedPanel key={selected.id} course={selected} year={year} groups={filtered.filter((g) => g.courseId === selected.id)} data={data} />}
    </Stack>
  );
}
