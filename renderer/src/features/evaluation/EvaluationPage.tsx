import { Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { EvaluationWizard } from './EvaluationWizard';
import { useEvaluationView } from './evaluation.queries';
import { KeberatanPanel } from './KeberatanPanel';
import { RevisionsPanel } from './RevisionsPanel';

/** `#/evaluasi/<id>`: one evaluation, as a wizard while draft and read-only once final. */
export function EvaluationPage({ evaluationId }: { evaluationId: string }) {
  const { t, locale } = useI18n();
  const view = useEvaluationView(evaluationId);
  if (view === null) return <Loader aria-label={t('app.loading')} />;
  if (view === undefined) {
    return (
      <Alert color="red" title={t('eval.notFound')}>
        <Anchor href={hrefOf('evaluasi')}>{t('eval.backToList')}</Anchor>
      </Alert>
    );
  }
  const e = view.evaluation;
  const final = e.status === 'final';
  const superseded = e.supersedesId ? view.revisions.find((r) => r.id === e.supersedesId) : undefined;
  const newer = view.revisions.find((r) => r.supersedesId === e.id);
  return (
    <Stack>
      <Anchor href={hrefOf('evaluasi')} size="sm">
        {t('eval.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('eval.page.title', { name: e.pegawai.name })}</Title>
          <Text c="dimmed">
            {t('eval.page.period', { period: view.period.label, year: view.period.year })}
            {view.period.final ? ` · ${t('eval.page.annual')}` : ''}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" color="gray">{t('eval.revision', { n: e.revision })}</Badge>
          <Badge color={final ? 'teal' : 'yellow'} data-testid="evaluation-status">{t(final ? 'eval.status.final' : 'eval.status.draft')}</Badge>
        </Group>
      </Group>
      {e.revisionReason && (
        <Alert color="grape" title={t('eval.revisionOf', { n: superseded?.revision ?? e.revision - 1 })} data-testid="revision-reason">
          {e.revisionReason}
        </Alert>
      )}
      {final && (
        <Alert color="teal" title={t('eval.finalBanner', { date: e.finalisedAt ? formatDate(e.finalisedAt, locale) : '' })}>
          {newer ? (
            <Anchor href={hrefOf('evaluasi', newer.id)}>{t('eval.newerExists', { n: newer.revision })}</Anchor>
          ) : (
            t('eval.finalBody')
          )}
        </Alert>
      )}
      <EvaluationWizard key={`${e.id}:${e.status}`} view={view} readOnly={final} />
      <RevisionsPanel view={view} />
      {view.period.final && view.revisions.some((r) => r.status === 'final') && <KeberatanPanel view={view} />}
    </Stack>
  );
}
