import { Anchor, Badge, Loader, Stack, Table, Text } from '@mantine/core';
import { formatTanggal } from '@shared/domain/dates';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { classStatus, type ClassStatus } from './class-status';
import { useClasses } from './training.queries';
import { localToday } from './training-result';

export const CLASS_STATUS_COLOR: Record<ClassStatus, string> = { direncanakan: 'blue', berlangsung: 'orange', berakhir: 'grape', ditutup: 'gray' };

/** Tab "Angkatan": every class of the year with its dates, size and progress. */
export function ClassesPage({ year }: { year: number }) {
  const { t } = useI18n();
  const data = useClasses(year);
  if (!data) return <Loader aria-label={t('app.loading')} />;
  const today = localToday();
  if (data.classes.length === 0) return <Text c="dimmed">{t('train.classes.empty')}</Text>;
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('train.classes.intro')}</Text>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('train.col.course')}</Table.Th>
            <Table.Th>{t('train.class.name')}</Table.Th>
            <Table.Th>{t('train.col.date')}</Table.Th>
            <Table.Th>{t('train.classes.participants')}</Table.Th>
            <Table.Th>{t('train.classes.completed')}</Table.Th>
            <Table.Th>{t('train.col.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.classes.map((c) => {
            const status = classStatus(c, today);
            return (
              <Table.Tr key={c.id} data-testid="class-row">
                <Table.Td><Anchor href={hrefOf('pelatihan', 'angkatan', c.id)} size="sm" fw={600}>{data.courses.get(c.courseId)?.name ?? c.courseId}</Anchor></Table.Td>
                <Table.Td><Text size="sm">{c.name}</Text></Table.Td>
                <Table.Td><Text size="sm">{formatTanggal(c.start)} – {formatTanggal(c.end)}</Text></Table.Td>
                <Table.Td>{c.participants.length}</Table.Td>
                <Table.Td>{c.participants.filter((p) => p.completed).length}</Table.Td>
                <Table.Td><Badge color={CLASS_STATUS_COLOR[status]} variant="light">{t(`train.classStatus.${status}`)}</Badge></Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
