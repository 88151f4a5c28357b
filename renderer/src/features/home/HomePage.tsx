import { Alert, Anchor, Badge, Card, Group, Paper, Progress, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { JENIS_JABATAN } from '@shared/domain/reference';
import type { MessageKey } from '@shared/i18n/translate';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { useOrgSummary } from './home.queries';

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={32} fw={700} data-testid={testId}>
        {value.toLocaleString('id-ID')}
      </Text>
    </Paper>
  );
}

const STAGES: { key: MessageKey; ready: boolean }[] = [
  { key: 'nav.employees', ready: true },
  { key: 'nav.skp', ready: true },
  { key: 'nav.evaluation', ready: true },
  { key: 'nav.documents', ready: false },
  { key: 'nav.training', ready: false },
];

export function HomePage() {
  const db = useDb();
  const { t } = useI18n();
  const summary = useOrgSummary(db);
  const settings = useLiveQuery(() => db.settings.get('app'), [db], null);

  if (!summary || !settings) return <Skeleton h={300} aria-label={t('app.loading')} />;
  const maxUnit = Math.max(1, ...summary.byTopUnit.map((u) => u.count));

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('home.welcome')}</Title>
        <Text c="dimmed" maw={760}>
          {t('home.intro', { agency: settings.agencyName })}
        </Text>
      </div>
      {settings.demoLoadedAt && (
        <Alert icon={<IconInfoCircle />} color="orange" variant="light">
          {t('home.demoNotice')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Stat label={t('home.stat.employees')} value={summary.active} testId="stat-active" />
        <Stat label={t('home.stat.pns')} value={summary.pns} testId="stat-pns" />
        <Stat label={t('home.stat.pppk')} value={summary.pppk} testId="stat-pppk" />
        <Stat label={t('home.stat.units')} value={summary.units} testId="stat-units" />
        <Stat label={t('home.stat.inactive')} value={summary.inactive} testId="stat-inactive" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder radius="md">
          <Title order={3} size="h5" mb="sm">
            {t('home.byUnit')}
          </Title>
          <Stack gap={8}>
            {summary.byTopUnit.map((u) => (
              <div key={u.unitId}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" truncate>
                    {u.name}
                  </Text>
                  <Text size="sm" fw={600}>
                    {u.count}
                  </Text>
                </Group>
                <Progress value={(u.count / maxUnit) * 100} size="sm" aria-hidden />
              </div>
            ))}
          </Stack>
          <Anchor href="#/pegawai" mt="md" size="sm">
            {t('home.openEmployees')}
          </Anchor>
        </Card>
        <Stack>
          <Card withBorder radius="md">
            <Title order={3} size="h5" mb="sm">
              {t('home.byPosition')}
            </Title>
            <Table>
              <Table.Tbody>
                {JENIS_JABATAN.filter((j) => summary.byPositionType[j]).map((j) => (
                  <Table.Tr key={j}>
                    <Table.Td>{t(`jabatan.${j}`)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {summary.byPositionType[j]}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder radius="md">
            <Title order={3} size="h5" mb="sm">
              {t('home.roadmap')}
            </Title>
            <Stack gap={6}>
              {STAGES.map((s) => (
                <Group key={s.key} justify="space-between">
                  <Text size="sm">{t(s.key)}</Text>
                  <Badge color={s.ready ? 'teal' : 'gray'} variant="light">
                    {t(s.ready ? 'home.roadmap.ready' : 'home.roadmap.soon')}
                  </Badge>
                </Group>
              ))}
            </Stack>
          </Card>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
