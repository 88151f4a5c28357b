import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import { suggestRatingPerilaku } from '@shared/domain/evaluation';
import { RATING_LABEL } from '@shared/domain/predikat';
import { useI18n } from '../../../i18n/i18n-context';
import { JudgementRadio } from '../JudgementRadio';
import { JudgementTable } from './JudgementTable';
import type { StepProps } from './step-props';
import { StepHelp } from './StepHelp';

/** Step 4: one Rating Perilaku Kerja; a suggestion from the per-value judgements the supervisor may overrule. */
export function StepRatingPerilaku({ draft, update, readOnly }: StepProps) {
  const { t } = useI18n();
  const suggestion = suggestRatingPerilaku(draft.perilaku);
  const rows = BERAKHLAK.map((v, i) => ({ key: v.key, code: String(i + 1), name: v.name, judgement: draft.perilaku.find((p) => p.value === v.key)?.judgement ?? null }));
  const overruled = suggestion && draft.ratingPerilaku && suggestion.rating !== draft.ratingPerilaku;
  return (
    <Stack>
      <StepHelp>{t('eval.help.4')}</StepHelp>
      <JudgementTable rows={rows} caption={t('eval.perilaku.summary')} />
      <Alert color={suggestion ? 'grape' : 'gray'} title={t('eval.suggest.title')} data-testid="perilaku-suggestion">
        {suggestion ? (
          <Stack gap={6}>
            <Text size="sm">
              <Text span fw={700}>{RATING_LABEL[suggestion.rating]}</Text> — {suggestion.reason}
            </Text>
            <Text size="xs" c="dimmed">{t('eval.suggest.rule')}</Text>
            {!readOnly && suggestion.rating !== draft.ratingPerilaku && (
              <Group>
                <Button size="xs" variant="light" onClick={() => update({ ratingPerilaku: suggestion.rating }, { immediate: true })}>
                  {t('eval.suggest.use')}
                </Button>
              </Group>
            )}
          </Stack>
        ) : (
          <Text size="sm">{t('eval.suggest.incomplete')}</Text>
        )}
      </Alert>
      <JudgementRadio
        label={t('eval.rating.perilaku')}
        value={draft.ratingPerilaku}
        disabled={readOnly}
        description={overruled ? t('eval.suggest.overruled') : undefined}
        onChange={(rating) => update({ ratingPerilaku: rating }, { immediate: true })}
        testId="rating-perilaku"
      />
    </Stack>
  );
}
