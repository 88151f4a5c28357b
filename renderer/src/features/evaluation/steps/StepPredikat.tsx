import { Alert, Stack, Text, Textarea, Title } from '@mantine/core';
import { predikatReason } from '@shared/domain/evaluation';
import { PREDIKAT_LABEL } from '@shared/domain/predikat';
import { useI18n } from '../../../i18n/i18n-context';
import { PredikatMatrix } from './PredikatMatrix';
import type { StepProps } from './step-props';
import { StepHelp } from './StepHelp';

/** Step 5: the predikat from the matrix with its reason, and the Catatan/Rekomendasi. */
export function StepPredikat({ draft, update, readOnly }: StepProps) {
  const { t } = useI18n();
  const { ratingHasilKerja: hasil, ratingPerilaku: perilaku } = draft;
  const result = hasil && perilaku ? predikatReason(hasil, perilaku) : null;
  return (
    <Stack>
      <StepHelp>{t('eval.help.5')}</StepHelp>
      {result ? (
        <Alert color="teal" data-testid="predikat-result">
          <Text size="sm">{t('eval.predikat.label')}</Text>
          <Title order={4} size="h3">{PREDIKAT_LABEL[result.predikat]}</Title>
          <Text size="sm">{t('eval.predikat.because', { reason: result.reason })}</Text>
        </Alert>
      ) : (
        <Alert color="orange">{t('eval.predikat.incomplete')}</Alert>
      )}
      <PredikatMatrix hasil={hasil} perilaku={perilaku} />
      <Textarea
        label={t('eval.catatan')}
        description={t('eval.catatan.hint')}
        autosize
        minRows={4}
        value={draft.catatan}
        readOnly={readOnly}
        onChange={(e) => update({ catatan: e.currentTarget.value })}
      />
    </Stack>
  );
}
