import { Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { MessageKey } from '@shared/i18n/translate';
import { useI18n } from '../../i18n/i18n-context';
import { useHashRoute } from '../../ui/use-hash-route';
import { CataloguePage } from './CataloguePage';
import { ClassPage } from './ClassPage';
import { ClassesPage } from './ClassesPage';
import { EmployeeTrainingPage } from './EmployeeTrainingPage';
import { EvaluationRecommendationsPage } from './EvaluationRecommendationsPage';
import { LedgerPage } from './LedgerPage';
import { RecommendationsPage } from './RecommendationsPage';
import { RulesPage } from './RulesPage';
import { TrainerPage } from './TrainerPage';
import { useTrainingYears } from './training.queries';
import { YearSelect } from './training-ui';
import { useRecommendationSync } from './use-recommendation-sync';

const TABS = ['rekomendasi', 'pelatih', 'angkatan', 'jp', 'katalog', 'aturan'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, MessageKey> = {
  rekomendasi: 'train.tab.recommendations',
  pelatih: 'train.tab.trainer',
  angkatan: 'train.tab.classes',
  jp: 'train.tab.ledger',
  katalog: 'train.tab.catalogue',
  aturan: 'train.tab.rules',
};

function TabBody({ tab, year }: { tab: Tab; year: number }) {
  switch (tab) {
    case 'rekomendasi':
      return <RecommendationsPage year={year} />;
    case 'pelatih':
      return <TrainerPage year={year} />;
    case 'angkatan':
      return <ClassesPage year={year} />;
    case 'jp':
      return <LedgerPage year={year} />;
    case 'katalog':
      return <CataloguePage />;
    case 'aturan':
      return <RulesPage />;
  }
}

/**
 * `#/pelatihan[/tab]`: competency development (domain.md §10). Also `#/pelatihan/pegawai/<id>`
 * (one person), `#/pelatihan/angkatan/<id>` (one class), `#/pelatihan/evaluasi/<id>` (decisions).
 */
export function TrainingArea({ param, rest = [] }: { param: string | null; rest?: string[] }) {
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const years = useTrainingYears();
  const [chosen, setChosen] = useState<number | null>(null);
  useRecommendationSync();
  if (!years) return <Loader aria-label={t('app.loading')} />;
  const year = chosen ?? years.find((y) => y <= new Date().getFullYear()) ?? years[0]!;
  const id = rest[0];
  if (param === 'pegawai' && id) return <EmployeeTrainingPage employeeId={id} year={year} years={years} onYear={setChosen} />;
  if (param === 'angkatan' && id) return <ClassPage classId={id} />;
  if (param === 'evaluasi' && id) return <EvaluationRecommendationsPage evaluationId={id} />;
  const tab: Tab = (TABS as readonly string[]).includes(param ?? '') ? (param as Tab) : 'rekomendasi';
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('nav.training')}</Title>
          <Text size="sm" c="dimmed">{t('train.intro')}</Text>
        </div>
        {tab !== 'katalog' && tab !== 'aturan' && <YearSelect years={years} value={year} onChange={setChosen} />}
      </Group>
      <Tabs value={tab} onChange={(v) => v && navigate('pelatihan', v)} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>{t(TAB_LABEL[k])}</Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab} pt="md">
          <TabBody tab={tab} year={year} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
