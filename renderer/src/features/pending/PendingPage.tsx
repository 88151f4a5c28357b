import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { IconBarrierBlock } from '@tabler/icons-react';
import type { MessageKey } from '@shared/i18n/translate';
import { useI18n } from '../../i18n/i18n-context';

type Area = 'dokumen' | 'pelatihan';

const AREAS: Record<Area, { title: MessageKey; planned: MessageKey[] }> = {
  dokumen: { title: 'nav.documents', planned: ['pending.documents.1', 'pending.documents.2', 'pending.documents.3'] },
  pelatihan: { title: 'nav.training', planned: ['pending.training.1', 'pending.training.2', 'pending.training.3'] },
};

/** An area that is not built yet says so plainly; nothing here pretends to work. */
export function PendingPage({ area }: { area: Area }) {
  const { t } = useI18n();
  const { title, planned } = AREAS[area];
  return (
    <Stack maw={760}>
      <Title order={2}>{t(title)}</Title>
      <Alert icon={<IconBarrierBlock />} color="gray" title={t('pending.title', { area: t(title) })}>
        {t('pending.body')}
      </Alert>
      <Text fw={600}>{t('pending.planned')}</Text>
      <List spacing="xs">
        {planned.map((key) => (
          <List.Item key={key}>{t(key)}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
