import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { BENTUK_LABEL } from '@shared/domain/training-forms';
import { recommendTrainings } from '@shared/domain/training-recommend';
import type { Evaluation } from '@shared/schemas/evaluation';
import type { Skp } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { activeRules, syncRecommendations } from './recommendations.commands';
import { RecommendationDecisions } from './RecommendationDecisions';
import { PriorityBadge, ReasonList } from './training-ui';

/** What the rules would propose for the draft as it stands now; nothing is written. */
function DraftPreview({ evaluation, skp }: { evaluation: Evaluation; skp: Skp }) {
  const db = useDb();
  const { t } = useI18n();
  const input = useLiveQuery(async () => {
    const [catalogue, rules, ledger, period, person] = await Promise.all([db.trainingCourses.toArray(), activeRules(db), db.trainingLedger.where('employeeId').equals(evaluation.employeeId).toArray(), db.periods.get(evaluation.periodId), db.employees.get(evaluation.employeeId)]);
    const position = person ? await db.positions.get(person.positionId) : undefined;
    return { catalogue, rules, ledger, periodEnd: period?.end ?? `${evaluation.year}-12-31`, jenisJabatan: position?.type ?? null };
  }, [db, evaluation.employeeId, evaluation.periodId, evaluation.year], null);
  if (!input) return <Loader size="sm" aria-label={t('app.loading')} />;
  const proposed = recommendTrainings({ ...input, evaluation, skp, ledger: input.ledger.filter((l) => l.end <= input.periodEnd) });
  const courses = new Map(input.catalogue.map((c) => [c.id, c]));
  if (!evaluation.ratingHasilKerja || !evaluation.ratingPerilaku) return <Text size="sm" c="dimmed">{t('train.preview.needRatings')}</Text>;
  if (proposed.length === 0) return <Text size="sm" c="dimmed">{t('train.preview.none')}</Text>;
  return (
    <Stack gap="xs">
      {proposed.map((p) => {
        const c = courses.get(p.courseId);
        return (
          <Card key={p.courseId} withBorder padding="xs" data-testid="preview-recommendation">
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600} size="sm">{c?.name ?? p.courseId}{c ? ` — ${BENTUK_LABEL[c.bentuk]}, ${c.jp} JP` : ''}</Text>
              <PriorityBadge priority={p.priority} />
            </Group>
            <ReasonList reasons={p.reasons} />
          </Card>
        );
      })}
    </Stack>
  );
}

/**
 * The recommendations block of the evaluation's last step: a live preview while the evaluation is
 * a draft; once final, the proposed recommendations (created here if not yet) to accept, edit or
 * reject. Mounted in StepReview.
 */
export function TrainingPreview({ evaluation, skp, readOnly = false }: { evaluation: Evaluation; skp: Skp; readOnly?: boolean }) {
  const db = useDb();
  const { t } = useI18n();
  const final = evaluation.status === 'final';
  useEffect(() => {
    if (final) void syncRecommendations(db, evaluation.id);
  }, [db, final, evaluation.id]);
  return (
    <section aria-labelledby="training-preview-title">
      <Title order={4} size="h5" id="training-preview-title" mb={4}>{t(final ? 'train.preview.titleFinal' : 'train.preview.title')}</Title>
      {!final && <Alert color="blue" variant="light" mb="xs">{t('train.preview.help')}</Alert>}
      {final ? <RecommendationDecisions evaluationId={evaluation.id} readOnly={readOnly} /> : <DraftPreview evaluation={evaluation} skp={skp} />}
    </section>
  );
}
