import { Badge, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/i18n-context';
import { JudgementRadio } from '../JudgementRadio';
import { RhkContext } from './RhkContext';
import { rhkCodes, type StepProps } from './step-props';
import { StepHelp } from './StepHelp';

/** Step 1: each RHK with its evidence beside it; the supervisor judges it and gives feedback. */
export function StepHasilKerja({ view, draft, update, readOnly }: StepProps) {
  const { t } = useI18n();
  const codes = rhkCodes(view.skp);
  return (
    <Stack>
      <StepHelp>{t('eval.help.1')}</StepHelp>
      {view.skp.rhk.map((rhk) => {
        const code = codes.get(rhk.id) ?? '';
        const judged = draft.rhk.find((r) => r.rhkId === rhk.id);
        return (
          <Card key={rhk.id} withBorder radius="md" data-testid="rhk-card">
            <Group gap="xs" mb="xs" wrap="nowrap" align="flex-start">
              <Badge variant="light" color={rhk.kind === 'utama' ? 'indigo' : 'gray'}>{t(rhk.kind === 'utama' ? 'eval.rhk.utama' : 'eval.rhk.tambahan')}</Badge>
              <Title order={4} size="h5">
                {code}. {rhk.text}
              </Title>
            </Group>
            {rhk.penugasanDari && <Text size="xs" c="dimmed" mb="xs">{t('eval.rhk.penugasan', { from: rhk.penugasanDari })}</Text>}
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <RhkContext rhk={rhk} view={view} />
              <Stack gap="sm">
                <JudgementRadio
                  label={t('eval.rhk.judgement', { code })}
                  value={judged?.judgement ?? null}
                  disabled={readOnly}
                  onChange={(judgement) => update({ rhk: [{ rhkId: rhk.id, judgement }] }, { immediate: true })}
                />
                <Textarea
                  label={t('eval.rhk.feedback', { code })}
                  autosize
                  minRows={3}
                  value={judged?.feedback ?? ''}
                  readOnly={readOnly}
                  onChange={(e) => update({ rhk: [{ rhkId: rhk.id, feedback: e.currentTarget.value }] })}
                />
              </Stack>
            </SimpleGrid>
          </Card>
        );
      })}
    </Stack>
  );
}
