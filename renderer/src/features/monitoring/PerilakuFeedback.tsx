import { Accordion, Badge, Group, Text } from '@mantine/core';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import type { Feedback, FeedbackPhrase } from '@shared/schemas/monitoring';
import { useI18n } from '../../i18n/i18n-context';
import { FeedbackSection } from './FeedbackSection';

/** Umpan balik per BerAKHLAK core value (domain.md §5), one accordion item per value. */
export function PerilakuFeedback({ skpId, periodId, feedback, phrases, readOnly }: { skpId: string; periodId: string; feedback: Feedback[]; phrases: FeedbackPhrase[]; readOnly: boolean }) {
  const { t } = useI18n();
  const own = phrases.filter((p) => p.category === 'perilaku');
  return (
    <Accordion variant="separated" multiple aria-label={t('monitor.perilaku.title')}>
      {BERAKHLAK.map((v) => {
        const items = feedback.filter((f) => f.target.kind === 'perilaku' && f.target.value === v.key);
        return (
          <Accordion.Item key={v.key} value={v.key}>
            <Accordion.Control>
              <Group justify="space-between" pr="sm">
                <Text fw={500}>{v.name}</Text>
                <Badge variant="light" color={items.length ? 'teal' : 'gray'}>
                  {items.length ? t('monitor.feedback.count', { count: items.length }) : t('monitor.feedback.pending')}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="xs" c="dimmed" mb="xs">
                {v.descriptors.join('; ')}
              </Text>
              <FeedbackSection key={`${periodId}-${v.key}`} skpId={skpId} periodId={periodId} target={{ kind: 'perilaku', value: v.key }} subject={v.name} items={items} phrases={own} readOnly={readOnly} />
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
