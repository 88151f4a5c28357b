import { List, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import { useI18n } from '../../i18n/i18n-context';
import type { EditorProps } from './editor-types';

/** PERILAKU KERJA: the seven BerAKHLAK values, their fixed descriptors, and the ekspektasi per value. */
export function PerilakuSection({ skp, editable, update }: EditorProps) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="skp-section-perilaku-title" id="skp-section-perilaku">
      <Stack>
        <Title order={3} id="skp-section-perilaku-title">
          {t('skpPlan.section.perilaku')}
        </Title>
        {BERAKHLAK.map((value, n) => {
          const ekspektasi = skp.perilaku.find((p) => p.value === value.key)?.ekspektasi ?? '';
          return (
            <SimpleGrid key={value.key} cols={{ base: 1, md: 2 }} spacing="md" component="section" aria-label={value.name} data-testid="perilaku-row">
              <div>
                <Text fw={700}>
                  {n + 1}. {value.name}
                </Text>
                <List type="ordered" size="sm" styles={{ root: { listStyleType: 'lower-alpha' } }} withPadding>
                  {value.descriptors.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
              </div>
              <Textarea
                label={t('skpPlan.perilaku.ekspektasi')}
                description={t('skpPlan.perilaku.ekspektasi.help')}
                autosize
                minRows={2}
                readOnly={!editable}
                value={ekspektasi}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  update((d) => ({ ...d, perilaku: d.perilaku.map((p) => (p.value === value.key ? { ...p, ekspektasi: text } : p)) }));
                }}
              />
            </SimpleGrid>
          );
        })}
      </Stack>
    </Paper>
  );
}
