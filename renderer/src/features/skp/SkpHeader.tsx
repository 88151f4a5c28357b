import { Anchor, Badge, Group, Loader, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconAlertTriangle } from '@tabler/icons-react';
import { formatNip } from '@shared/domain';
import { switchApproach } from '@shared/domain/skp-plan';
import type { IdentitySnapshot, Skp, SkpStatus } from '@shared/schemas/skp';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import type { EditorProps } from './editor-types';
import { fieldId } from './field-ids';
import type { SaveState } from './use-skp-draft';

export const STATUS_COLOR: Record<SkpStatus, string> = { draft: 'gray', diajukan: 'blue', disetujui: 'teal', dikembalikan: 'orange' };

export function StatusBadge({ status }: { status: SkpStatus }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} data-testid="skp-status" styles={{ label: { overflow: 'visible' } }}>
      {t(`skpPlan.status.${status}`)}
    </Badge>
  );
}

function Person({ label, who, path }: { label: string; who: IdentitySnapshot | null; path: string }) {
  const { t } = useI18n();
  return (
    <Stack gap={0} id={fieldId(path)} tabIndex={-1} component="section" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      {who ? (
        <>
          <Text fw={600}>{who.name}</Text>
          <Text size="sm" ff="monospace">
            {t('skpPlan.person.nip')} {who.nip ? formatNip(who.nip) : '-'}
          </Text>
          <Text size="sm">{who.pangkat}</Text>
          <Text size="sm">{who.jabatan}</Text>
          <Text size="sm" c="dimmed">
            {who.unit}
          </Text>
        </>
      ) : (
        <Text size="sm" c="orange">
          {t('skpPlan.person.none')}
        </Text>
      )}
    </Stack>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const icon = state === 'saving' ? <Loader size={12} /> : state === 'saved' ? <IconCheck size={14} /> : <IconAlertTriangle size={14} />;
  return (
    <Group gap={4} role="status" aria-live="polite" data-testid="save-status">
      {icon}
      <Text size="sm" c={state === 'error' ? 'red' : 'dimmed'}>
        {t(`skpPlan.save.${state}`)}
      </Text>
    </Group>
  );
}

/** Who, which form and approach, and where the SKP stands; the snapshots are as when it was made. */
export function SkpHeader({ skp, live, editable, update, saveState }: Pick<EditorProps, 'skp' | 'editable' | 'update'> & { live: Skp; saveState: SaveState }) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <Anchor href={hrefOf('skp')} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('skpPlan.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('skpPlan.editor.title', { year: live.year, name: live.pegawai.name })}</Title>
          <Group gap="xs">
            <Badge variant="outline" color="indigo" data-testid="skp-form">
              {t(`skpPlan.form.${live.form}`)}
            </Badge>
            <StatusBadge status={live.status} />
            {editable && <SaveStatus state={saveState} />}
          </Group>
        </Stack>
        <Stack gap={2}>
          <Text size="sm" fw={500} id="skp-approach-label">
            {t('skpPlan.approach')}
          </Text>
          <SegmentedControl
            aria-labelledby="skp-approach-label"
            readOnly={!editable}
            data={(['kuantitatif', 'kualitatif'] as const).map((a) => ({ value: a, label: t(`skpPlan.approach.${a}`) }))}
            value={skp.approach}
            onChange={(v) => update((d) => switchApproach(d, v as Skp['approach']))}
          />
        </Stack>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Person label={t('skpPlan.person.pegawai')} who={live.pegawai} path="pegawai" />
          <Person label={t('skpPlan.person.penilai')} who={live.penilai} path="penilai" />
          <Person label={t('skpPlan.person.atasan')} who={live.atasanPenilai} path="atasanPenilai" />
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
