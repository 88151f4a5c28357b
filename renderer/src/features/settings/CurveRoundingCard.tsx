import { Button, Card, Group, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_CURVE_ROUNDING, type Rounding } from '@shared/domain';
import type { Settings } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { updateSettings } from './settings.commands';

/** How "at most"/"at least" percentages become headcounts in small units (domain.md §6, configurable). */
export function CurveRoundingCard({ settings }: { settings: Settings }) {
  const db = useDb();
  const { t } = useI18n();
  const [atMost, setAtMost] = useState<Rounding>(settings.curveRounding?.atMost ?? DEFAULT_CURVE_ROUNDING.atMost);
  const [atLeast, setAtLeast] = useState<Rounding>(settings.curveRounding?.atLeast ?? DEFAULT_CURVE_ROUNDING.atLeast);
  const options = (['floor', 'ceil', 'round'] as const).map((r) => ({ value: r, label: t(`settings.rounding.${r}`) }));
  const save = async () => {
    const result = await updateSettings(db, { curveRounding: { atMost, atLeast } });
    if (result.ok) notifySuccess(t('settings.saved'));
  };
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('settings.rounding')}
      </Title>
      <Text size="sm" mb="sm">
        {t('settings.rounding.body')}
      </Text>
      <Group grow align="end">
        <Select label={t('settings.rounding.atMost')} data={options} value={atMost} onChange={(v) => v && setAtMost(v as Rounding)} allowDeselect={false} />
        <Select label={t('settings.rounding.atLeast')} data={options} value={atLeast} onChange={(v) => v && setAtLeast(v as Rounding)} allowDeselect={false} />
      </Group>
      <Group mt="md">
        <Button variant="light" onClick={() => void save()}>
          {t('settings.rounding.save')}
        </Button>
      </Group>
    </Card>
  );
}
