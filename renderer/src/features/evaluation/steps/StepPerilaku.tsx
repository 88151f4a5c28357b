import { Card, List, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import { useI18n } from '../../../i18n/i18n-context';
import { JudgementRadio } from '../JudgementRadio';
import { FeedbackList } from './RhkContext';
import type { StepProps } from './step-props';
import { StepHelp } from './StepHelp';

/** Step 3: each BerAKHLAK value with its descriptors and the agreed ekspektasi khusus; feedback per value. */
export function StepPerilaku({ view, draft, update, readOnly }: StepProps) {
  const { t } = useI18n();
  return (
    <Stack>
      <StepHelp>{t('eval.help.3')}</StepHelp>
      {BERAKHLAK.map((value, i) => {
        const judged = draft.perilaku.find((p) => p.value === value.key);
        const ekspektasi = view.skp.perilaku.find((p) => p.value === value.key)?.ekspektasi.trim();
        const feedback = view.feedback.filter((f) => f.target.kind === 'perilaku' && f.target.value === value.key);
        return (
          <Card key={value.key} withBorder radius="md" data-testid="perilaku-card">
            <Title order={4} size="h5" mb="xs">
              {i + 1}. {value.name}
            </Title>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <Stack gap="xs">
                <List type="ordered" size="sm" listStyleType="lower-alpha" spacing={2}>
                  {value.descriptors.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
                <Text size="sm">
                  <Text span fw={600}>{t('eval.perilaku.ekspektasi')}: </Text>
                  {ekspektasi || t('eval.perilaku.noEkspektasi')}
                </Text>
                <Text size="sm" fw={600}>{t('eval.context.feedback')}</Text>
                <FeedbackList items={feedback} view={view} />
              </Stack>
              <Stack gap="sm">
                <JudgementRadio
                  label={t('eval.perilaku.judgement', { value: value.name })}
                  value={judged?.judgement ?? null}
                  disabled={readOnly}
                  onChange={(judgement) => update({ perilaku: [{ value: value.key, judgement }] }, { immediate: true })}
                />
                <Textarea
                  label={t('eval.perilaku.feedback', { value: value.name })}
                  autosize
                  minRows={2}
                  value={judged?.feedback ?? ''}
                  readOnly={readOnly}
                  onChange={(e) => update({ perilaku: [{ value: value.key, feedback: e.currentTarget.value }] })}
                />
              </Stack>
            </SimpleGrid>
          </Card>
        );
      })}
    </Stack>
  );
}
