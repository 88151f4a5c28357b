import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { PREDIKAT_LABEL } from '@shared/domain/predikat';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { syncRecommendations } from './recommendations.commands';
import { RecommendationDecisions } from './RecommendationDecisions';

/** `#/pelatihan/evaluasi/<id>`: the supervisor decides on one evaluation's recommendations. */
export function EvaluationRecommendationsPage({ evaluationId }: { evaluationId: string }) {
  const db = useDb();
  const { t } = useI18n();
  const view = useLiveQuery(async () => {
    const evaluation = await db.evaluations.get(evaluationId);
    return evaluation ? { evaluation, period: await db.periods.get(evaluation.periodId) } : undefined;
  }, [db, evaluationId], null);
  useEffect(() => {
    if (view?.evaluation.status === 'final') void syncRecommendations(db, evaluationId);
  }, [db, evaluationId, view?.evaluation.status]);
  const back = <Anchor href={hrefOf('pelatihan', 'rekomendasi')} size="sm">{t('train.backToList')}</Anchor>;
  if (view === null) return <Loader aria-label={t('app.loading')} />;
  if (view === undefined) return <Stack>{back}<Text>{t('train.notFound')}</Text></Stack>;
  const e = view.evaluation;
  return (
    <Stack>
      {back}
      <div>
        <Title order={2}>{t('train.decide.title', { name: e.pegawai.name })}</Title>
        <Text c="dimmed">
          {view.period ? `${view.period.label} ${view.period.year}` : e.year} · {t('train.col.predikat')}: {e.predikat ? PREDIKAT_LABEL[e.predikat] : '-'} · {e.pegawai.jabatan}, {e.pegawai.unit}
        </Text>
      </div>
      <Group gap="md">
        <Anchor href={hrefOf('evaluasi', e.id)} size="sm">{t('train.decide.openEvaluation')}</Anchor>
        <Anchor href={hrefOf('pelatihan', 'pegawai', e.employeeId)} size="sm">{t('train.decide.openEmployee')}</Anchor>
      </Group>
      <Text size="sm">{t('train.decide.help')}</Text>
      <RecommendationDecisions evaluationId={e.id} />
    </Stack>
  );
}
