import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHierarchy2, IconPlus } from '@tabler/icons-react';
import type { Rhk, Skp } from '@shared/schemas/skp';
import { newRhk, rhkFromSupervisor, rhkIndexesOf } from '@shared/domain/skp-plan';
import { useI18n } from '../../i18n/i18n-context';
import { type EditorProps, newId } from './editor-types';
import { fieldId } from './field-ids';
import { RhkCard } from './RhkCard';

type Props = EditorProps & { supervisor: Skp | undefined };

function RhkGroup({ kind, ...props }: Props & { kind: Rhk['kind'] }) {
  const { t } = useI18n();
  const { skp, editable, update, errorAt } = props;
  const indexes = rhkIndexesOf(skp.rhk, kind);
  const error = kind === 'utama' ? errorAt('rhk') : undefined;
  return (
    <Stack gap="sm">
      <Title order={4}>{t(`skpPlan.rhk.group.${kind}`)}</Title>
      {indexes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t(`skpPlan.rhk.group.empty.${kind}`)}
        </Text>
      )}
      {indexes.map((index, n) => (
        <RhkCard key={skp.rhk[index]!.id} {...props} rhk={skp.rhk[index]!} index={index} number={n + 1} first={n === 0} last={n === indexes.length - 1} />
      ))}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {editable && (
        <Group>
          <Button id={kind === 'utama' ? fieldId('rhk') : undefined} variant="light" leftSection={<IconPlus size={16} />} onClick={() => update((d) => ({ ...d, rhk: [...d.rhk, newRhk(kind, d.approach, newId)] }))}>
            {t(`skpPlan.rhk.add.${kind}`)}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** HASIL KERJA: the RHK grouped A. UTAMA / B. TAMBAHAN as on the printed SKP (domain.md §7). */
export function RhkSection(props: Props) {
  const { t } = useI18n();
  const { skp, editable, update, supervisor } = props;
  const fromSupervisor = supervisor ? rhkFromSupervisor(supervisor, skp.rhk, skp.approach, newId) : [];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="skp-section-rhk-title" id="skp-section-rhk">
      <Stack>
        <Group justify="space-between">
          <Title order={3} id="skp-section-rhk-title">
            {t('skpPlan.section.rhk')}
          </Title>
          {editable && skp.form === 'ja-jf' && supervisor && (
            <Button variant="default" leftSection={<IconHierarchy2 size={16} />} disabled={fromSupervisor.length === 0} onClick={() => update((d) => ({ ...d, rhk: [...d.rhk, ...rhkFromSupervisor(supervisor, d.rhk, d.approach, newId)] }))}>
              {t('skpPlan.rhk.fromSupervisor', { count: fromSupervisor.length })}
            </Button>
          )}
        </Group>
        <RhkGroup {...props} kind="utama" />
        <RhkGroup {...props} kind="tambahan" />
      </Stack>
    </Paper>
  );
}
