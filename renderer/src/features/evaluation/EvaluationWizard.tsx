import { Button, Group, Stepper, Text, Title } from '@mantine/core';
import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '@shared/i18n/translate';
import { useI18n } from '../../i18n/i18n-context';
import type { EvaluationView } from './evaluation.queries';
import { StepHasilKerja } from './steps/StepHasilKerja';
import { StepPerilaku } from './steps/StepPerilaku';
import { StepPredikat } from './steps/StepPredikat';
import { StepRatingHasil } from './steps/StepRatingHasil';
import { StepRatingPerilaku } from './steps/StepRatingPerilaku';
import { StepReview } from './steps/StepReview';
import type { StepProps } from './steps/step-props';
import { useEvaluationDraft } from './use-evaluation-draft';

const STEPS: { label: MessageKey; component: ComponentType<StepProps> }[] = [
  { label: 'eval.step.1', component: StepHasilKerja },
  { label: 'eval.step.2', component: StepRatingHasil },
  { label: 'eval.step.3', component: StepPerilaku },
  { label: 'eval.step.4', component: StepRatingPerilaku },
  { label: 'eval.step.5', component: StepPredikat },
];
const LAST = STEPS.length;

function SaveStatus({ state, readOnly }: { state: 'saved' | 'saving' | 'refused'; readOnly: boolean }) {
  const { t } = useI18n();
  if (readOnly) return null;
  const key: MessageKey = state === 'saved' ? 'eval.save.saved' : state === 'saving' ? 'eval.save.saving' : 'eval.save.refused';
  return (
    <Text size="sm" c={state === 'refused' ? 'red' : 'dimmed'} role="status" aria-live="polite" data-testid="save-status">
      {t(key)}
    </Text>
  );
}

/**
 * The six-step evaluation. Each edit saves as it is made; the step is saved too, so reopening
 * resumes where the supervisor left. No <form>: Enter never submits, and every control is reachable
 * with Tab in reading order. Moving to a step puts the focus on its heading.
 */
export function EvaluationWizard({ view, readOnly }: { view: EvaluationView; readOnly: boolean }) {
  const { t } = useI18n();
  const { draft, update, flush, saveState, refusal } = useEvaluationDraft(view.evaluation, view.capaian, readOnly);
  const [active, setActive] = useState(readOnly ? LAST : view.evaluation.step);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [active]);

  const goTo = (step: number) => {
    const next = Math.max(0, Math.min(LAST, step));
    moved.current = true;
    setActive(next);
    if (!readOnly) update({ step: next }, { immediate: true });
  };

  const props: StepProps = { view, draft, update, readOnly };
  const Current = STEPS[active]?.component;
  const labels = [...STEPS.map((s) => t(s.label)), t('eval.step.6')];
  return (
    <>
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">{t('eval.stepOf', { step: active + 1, total: LAST + 1 })}</Text>
        <SaveStatus state={saveState} readOnly={readOnly} />
      </Group>
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect size="sm" aria-label={t('eval.steps')}>
        {labels.map((label, i) => (
          <Stepper.Step key={label} label={label} aria-label={t('eval.step.button', { step: i + 1, label })} aria-current={i === active ? 'step' : undefined} />
        ))}
      </Stepper>
      <section aria-labelledby="eval-step-heading">
        <Title order={3} id="eval-step-heading" ref={heading} tabIndex={-1} mb="sm">
          {t('eval.step.heading', { step: active + 1, label: labels[active] ?? '' })}
        </Title>
        {refusal.length > 0 && (
          <Text c="red" size="sm" role="alert" mb="sm">
            {refusal.map((r) => r.message).join(' ')}
          </Text>
        )}
        {Current ? <Current {...props} /> : <StepReview {...props} flush={flush} goTo={goTo} />}
      </section>
      <Group justify="space-between" mt="md">
        <Button variant="default" onClick={() => goTo(active - 1)} disabled={active === 0}>
          {t('eval.prev')}
        </Button>
        {active < LAST && <Button onClick={() => goTo(active + 1)}>{t('eval.next')}</Button>}
      </Group>
    </>
  );
}
