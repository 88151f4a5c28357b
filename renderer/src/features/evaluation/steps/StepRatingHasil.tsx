import { Alert, Stack, Switch } from '@mantine/core';
import { CAPAIAN_LABEL } from '@shared/domain/distribution-curve';
import { RATING_LABEL, ratingHasilKerjaAllowed, type Rating } from '@shared/domain/predikat';
import { useI18n } from '../../../i18n/i18n-context';
import { JudgementRadio } from '../JudgementRadio';
import { JudgementTable } from './JudgementTable';
import { rhkCodes, type StepProps } from './step-props';
import { StepHelp } from './StepHelp';

/** The RHK judgements that bear on the rating, with their kind (only Utama below blocks Di Atas). */
export function rhkJudgements({ view, draft }: Pick<StepProps, 'view' | 'draft'>) {
  return view.skp.rhk.flatMap((r) => {
    const judgement = draft.rhk.find((x) => x.rhkId === r.id)?.judgement ?? null;
    return judgement ? [{ kind: r.kind, judgement }] : [];
  });
}

/** Step 2: one Rating Hasil Kerja, with the Utama rule and the pimpinan-unit rule applied. */
export function StepRatingHasil({ view, draft, update, readOnly }: StepProps) {
  const { t } = useI18n();
  const codes = rhkCodes(view.skp);
  const { allowed, blocked } = ratingHasilKerjaAllowed(rhkJudgements({ view, draft }));
  const chosenBlocked = draft.ratingHasilKerja !== null && !allowed.includes(draft.ratingHasilKerja);
  const rows = view.skp.rhk.map((r) => ({
    key: r.id,
    code: codes.get(r.id) ?? '',
    name: r.text,
    kind: t(r.kind === 'utama' ? 'eval.rhk.utama' : 'eval.rhk.tambahan'),
    judgement: draft.rhk.find((x) => x.rhkId === r.id)?.judgement ?? null,
  }));
  return (
    <Stack>
      <StepHelp>{t('eval.help.2')}</StepHelp>
      <JudgementTable rows={rows} caption={t('eval.rating.rhkSummary')} />
      <Switch
        label={t('eval.rating.pimpinan')}
        description={view.headsTopUnit ? t('eval.rating.pimpinanHead') : undefined}
        checked={draft.pimpinanUnit}
        disabled={readOnly}
        onChange={(e) => update({ pimpinanUnit: e.currentTarget.checked }, { immediate: true })}
      />
      {draft.pimpinanUnit &&
        (view.capaian ? (
          <Alert color="blue" role="status">
            {t('eval.rating.pimpinanFollows', { capaian: CAPAIAN_LABEL[view.capaian], rating: RATING_LABEL[draft.ratingHasilKerja ?? 'sesuai'] })}
          </Alert>
        ) : (
          <Alert color="orange" role="status">
            {t('eval.rating.pimpinanMissing')}
          </Alert>
        ))}
      <JudgementRadio
        label={t('eval.rating.hasil')}
        value={draft.ratingHasilKerja}
        disabled={readOnly || draft.pimpinanUnit}
        blocked={blocked.map((b) => b.rating)}
        description={chosenBlocked ? undefined : blocked[0]?.message}
        error={chosenBlocked ? blocked[0]?.message : null}
        onChange={(rating: Rating) => update({ ratingHasilKerja: rating }, { immediate: true })}
        testId="rating-hasil"
      />
    </Stack>
  );
}
