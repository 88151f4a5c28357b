import { Alert, Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import { CAPAIAN_LABEL } from '@shared/domain/distribution-curve';
import { checkEvaluationForFinalise, type EvaluationIssue, predikatReason } from '@shared/domain/evaluation';
import { RATING_LABEL } from '@shared/domain/predikat';
import type { IdentitySnapshot } from '@shared/schemas/skp';
import { useI18n } from '../../../i18n/i18n-context';
import { TrainingPreview } from '../../training/TrainingPreview';
import { FinaliseButton } from './FinaliseButton';
import { JudgementTable } from './JudgementTable';
import { rhkCodes, type StepProps } from './step-props';
import { StepHelp } from './StepHelp';

export type ReviewProps = StepProps & { flush: () => Promise<void>; goTo: (step: number) => void };

function stepOf(path: string): number {
  if (path.startsWith('rhk')) return 0;
  if (path === 'ratingHasilKerja') return 1;
  if (path === 'ratingPerilaku') return 3;
  return 4;
}

function Person({ title, who }: { title: string; who: IdentitySnapshot | null }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase">{title}</Text>
      <Text fw={600}>{who?.name ?? '—'}</Text>
      <Text size="sm">{who?.nip ?? '-'}</Text>
      <Text size="sm">{who ? `${who.jabatan}, ${who.unit}` : ''}</Text>
    </Card>
  );
}

/** Step 6: everything at a glance, what still blocks finalising (with a way back to it), and Finalkan. */
export function StepReview(props: ReviewProps) {
  const { view, draft, readOnly, flush, goTo } = props;
  const { t } = useI18n();
  const [refused, setRefused] = useState<EvaluationIssue[]>([]);
  const codes = rhkCodes(view.skp);
  const capaian = draft.status === 'final' ? draft.capaianOrganisasi : view.capaian;
  const computed = readOnly ? [] : checkEvaluationForFinalise(draft, view.skp, { capaianOrganisasi: view.capaian });
  const issues = [...computed, ...refused.filter((r) => !computed.some((c) => c.code === r.code && c.path === r.path))];
  const rhkRows = view.skp.rhk.map((r) => ({ key: r.id, code: codes.get(r.id) ?? '', name: r.text, judgement: draft.rhk.find((x) => x.rhkId === r.id)?.judgement ?? null }));
  const valueRows = BERAKHLAK.map((v, i) => ({ key: v.key, code: String(i + 1), name: v.name, judgement: draft.perilaku.find((p) => p.value === v.key)?.judgement ?? null }));
  const { ratingHasilKerja: hasil, ratingPerilaku: perilaku } = draft;
  return (
    <Stack>
      <StepHelp>{t('eval.help.6')}</StepHelp>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Person title={t('eval.review.pegawai')} who={draft.pegawai} />
        <Person title={t('eval.review.penilai')} who={draft.penilai} />
        <Person title={t('eval.review.atasan')} who={draft.atasanPenilai} />
      </SimpleGrid>
      <Text size="sm">
        {t('eval.review.capaian')}: <b>{capaian ? CAPAIAN_LABEL[capaian] : t('eval.review.capaianNone')}</b>
      </Text>
      <JudgementTable rows={rhkRows} caption={t('eval.rating.rhkSummary')} />
      <Text>{t('eval.rating.hasil')}: <b>{hasil ? RATING_LABEL[hasil] : '—'}</b></Text>
      <JudgementTable rows={valueRows} caption={t('eval.perilaku.summary')} />
      <Text>{t('eval.rating.perilaku')}: <b>{perilaku ? RATING_LABEL[perilaku] : '—'}</b></Text>
      <Title order={4} size="h4" data-testid="review-predikat">
        {t('eval.predikat.label')}: {hasil && perilaku ? predikatReason(hasil, perilaku).reason : '—'}
      </Title>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <b>{t('eval.catatan')}:</b> {draft.catatan || '—'}
      </Text>
      <TrainingPreview evaluation={draft} skp={view.skp} />
      {issues.length > 0 && (
        <Alert color="red" title={t('eval.review.issues')} data-testid="finalise-issues">
          <List size="sm" spacing={4}>
            {issues.map((i) => (
              <List.Item key={`${i.path}-${i.code}`}>
                {i.message}{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => goTo(stepOf(i.path))}>
                  {t('eval.review.goTo', { step: stepOf(i.path) + 1 })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {!readOnly && <FinaliseButton evaluationId={draft.id} disabled={issues.length > 0} flush={flush} onRefused={setRefused} />}
    </Stack>
  );
}
