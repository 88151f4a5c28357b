import { Alert, Anchor, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { BENTUK_LABEL } from '@shared/domain/training-forms';
import type { Course, Recommendation } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { EditModal, RejectModal } from './DecisionModals';
import { decideRecommendation } from './recommendations.commands';
import { useCatalogue, useEvaluationRecommendations } from './training.queries';
import { PriorityBadge, ReasonList, StatusBadge } from './training-ui';

type Open = { kind: 'edit' | 'reject'; rec: Recommendation } | null;

function RecommendationCard({ rec, course, readOnly, onOpen }: { rec: Recommendation; course: Course | undefined; readOnly: boolean; onOpen: (o: Open) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const name = course?.name ?? rec.courseId;
  return (
    <Card withBorder padding="sm" data-testid="recommendation-card" aria-label={name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>{name}</Text>
          {course && <Text size="xs" c="dimmed">{BENTUK_LABEL[course.bentuk]} · {course.jp} JP · {course.provider}</Text>}
        </div>
        <Group gap={6} wrap="nowrap">
          <PriorityBadge priority={rec.priority} />
          <StatusBadge status={rec.status} />
        </Group>
      </Group>
      <Text size="xs" fw={600} mt="xs">{t('train.reasons')}</Text>
      <ReasonList reasons={rec.reasons} />
      {rec.note && <Text size="sm" mt={4}><b>{t('train.decide.note')}:</b> {rec.note}</Text>}
      {rec.status === 'ditolak' && rec.rejectReason && <Text size="sm" mt={4} c="red.8"><b>{t('train.decide.rejectReason')}:</b> {rec.rejectReason}</Text>}
      {!readOnly && (
        <Group gap="xs" mt="sm">
          {rec.status !== 'diterima' && <Button size="xs" onClick={() => void decideRecommendation(db, rec.id, { status: 'diterima' })} aria-label={t('train.decide.acceptOf', { course: name })}>{t('train.decide.accept')}</Button>}
          <Button size="xs" variant="light" onClick={() => onOpen({ kind: 'edit', rec })} aria-label={t('train.decide.editOf', { course: name })}>{t('train.decide.edit')}</Button>
          {rec.status !== 'ditolak' && <Button size="xs" variant="light" color="red" onClick={() => onOpen({ kind: 'reject', rec })} aria-label={t('train.decide.rejectOf', { course: name })}>{t('train.decide.reject')}</Button>}
          {rec.status !== 'usulan' && <Button size="xs" variant="subtle" onClick={() => void decideRecommendation(db, rec.id, { status: 'usulan' })}>{t('train.decide.reopen')}</Button>}
        </Group>
      )}
    </Card>
  );
}

/** The recommendations of one final evaluation, each to accept, edit or reject (with a reason). */
export function RecommendationDecisions({ evaluationId, readOnly = false }: { evaluationId: string; readOnly?: boolean }) {
  const { t } = useI18n();
  const data = useEvaluationRecommendations(evaluationId);
  const catalogue = useCatalogue();
  const [open, setOpen] = useState<Open>(null);
  if (!data || !catalogue) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (!data.ran) return <Text size="sm" c="dimmed">{t('train.decide.notYet')}</Text>;
  if (data.recs.length === 0) return <Alert color="gray">{t('train.decide.none')} <Anchor href={hrefOf('pelatihan', 'aturan')}>{t('train.tab.rules')}</Anchor></Alert>;
  const waiting = data.recs.filter((r) => r.status === 'usulan').length;
  return (
    <Stack gap="sm" data-testid="recommendation-decisions">
      <Text size="sm" c="dimmed">{waiting > 0 ? t('train.decide.waiting', { n: waiting }) : t('train.decide.allDecided')}</Text>
      {data.recs.map((rec) => <RecommendationCard key={rec.id} rec={rec} course={data.courses.get(rec.courseId)} readOnly={readOnly} onOpen={setOpen} />)}
      {open?.kind === 'reject' && <RejectModal rec={open.rec} course={data.courses.get(open.rec.courseId)} onClose={() => setOpen(null)} />}
      {open?.kind === 'edit' && <EditModal rec={open.rec} course={data.courses.get(open.rec.courseId)} courses={catalogue} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
