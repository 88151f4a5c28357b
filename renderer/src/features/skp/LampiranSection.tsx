import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { LAMPIRAN_KEYS, type LampiranKey } from '@shared/domain/skp-plan';
import type { Skp } from '@shared/schemas/skp';
import { useI18n } from '../../i18n/i18n-context';
import type { EditorProps } from './editor-types';
import { fieldId } from './field-ids';

const setList = (d: Skp, key: LampiranKey, list: string[]): Skp => ({ ...d, lampiran: { ...d.lampiran, [key]: list } });

function LampiranList({ listKey, skp, editable, update, errorAt }: EditorProps & { listKey: LampiranKey }) {
  const { t } = useI18n();
  const items = skp.lampiran[listKey];
  const path = `lampiran.${listKey}`;
  const error = errorAt(path);
  const title = t(`skpPlan.lampiran.${listKey}`);
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Text fw={700}>{title}</Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('skpPlan.lampiran.empty')}
        </Text>
      )}
      {items.map((item, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            id={i === 0 ? fieldId(path) : undefined}
            label={t('skpPlan.lampiran.item', { n: i + 1 })}
            readOnly={!editable}
            error={error && i === 0 ? true : undefined}
            value={item}
            onChange={(e) => {
              const text = e.currentTarget.value;
              update((d) => setList(d, listKey, d.lampiran[listKey].map((x, j) => (j === i ? text : x))));
            }}
            style={{ flex: 1 }}
          />
          {editable && (
            <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('skpPlan.lampiran.remove', { list: title, n: i + 1 })} onClick={() => update((d) => setList(d, listKey, d.lampiran[listKey].filter((_, j) => j !== i)))}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {editable && (
        <Group>
          <Button id={items.length === 0 ? fieldId(path) : undefined} size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => update((d) => setList(d, listKey, [...d.lampiran[listKey], '']))} aria-label={t('skpPlan.lampiran.add.label', { list: title })}>
            {t('skpPlan.lampiran.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** LAMPIRAN SKP: three numbered lists (domain.md §3). */
export function LampiranSection(props: EditorProps) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="skp-section-lampiran-title" id="skp-section-lampiran">
      <Stack>
        <Title order={3} id="skp-section-lampiran-title">
          {t('skpPlan.section.lampiran')}
        </Title>
        <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
          {LAMPIRAN_KEYS.map((key) => (
            <LampiranList key={key} listKey={key} {...props} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
