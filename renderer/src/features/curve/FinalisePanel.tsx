import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import type { Period } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { finaliseUnit, MIN_REASON_LENGTH, reopenUnit, type CurveResult } from './curve.commands';
import type { UnitCurve } from './curve.queries';
import { curveErrorText } from './curve-text';

/** Runs a command and keeps its refusal in words next to the button (role=alert). */
function useCommand() {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (command: () => Promise<CurveResult>, success: string, onDone: () => void) => {
    setBusy(true);
    try {
      const result = await command();
      if (result.ok) {
        setError(null);
        notifySuccess(success);
        onDone();
      } else setError(curveErrorText(t, result.code, result.params));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function Finalised({ curve, period }: { curve: UnitCurve; period: Period }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const [reason, setReason] = useState('');
  const { error, busy, run } = useCommand();
  const f = curve.finalisation!;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color="dark" variant="light" leftSection={<IconLock size={12} />}>
          {t('curve.finalised')}
        </Badge>
        <Text size="sm">{t('curve.finalise.at', { date: formatDate(f.finalisedAt, locale), count: f.violations.length })}</Text>
      </Group>
      {f.reason && <Text size="sm">{t('curve.finalise.reasonShown', { reason: f.reason })}</Text>}
      <Textarea label={t('curve.reopen.reason')} description={t('curve.reason.min', { min: MIN_REASON_LENGTH })} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button variant="default" leftSection={<IconLockOpen size={16} />} loading={busy} onClick={() => void run(() => reopenUnit(db, curve.unit.id, period.id, reason), t('curve.reopen.done', { unit: curve.unit.name }), () => setReason(''))}>
          {t('curve.reopen')}
        </Button>
      </Group>
    </Stack>
  );
}

function NotFinalised({ curve, period }: { curve: UnitCurve; period: Period }) {
  const db = useDb();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { error, busy, run } = useCommand();
  const notFinal = curve.members.length - curve.states.final;
  const needsReason = curve.violations.length > 0;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {notFinal > 0 ? t('curve.finalise.pending', { count: notFinal, total: curve.members.length }) : t('curve.finalise.ready', { total: curve.members.length })}
      </Text>
      {needsReason && (
        <Textarea
          label={t('curve.finalise.reason')}
          description={t('curve.finalise.reasonHelp', { count: curve.violations.length, min: MIN_REASON_LENGTH })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={3}
          withAsterisk
        />
      )}
      {error && (
        <Alert color="red" role="alert" title={t('curve.finalise.refused')}>
          {error}
        </Alert>
      )}
      <Group>
        <Button leftSection={<IconLock size={16} />} loading={busy} onClick={() => void run(() => finaliseUnit(db, curve.unit.id, period.id, needsReason ? reason : undefined), t('curve.finalise.done', { unit: curve.unit.name }), () => setReason(''))}>
          {t('curve.finalise')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Finalise a unit's period (a reason when the real curve has violations) or reopen it. */
export function FinalisePanel({ curve, period }: { curve: UnitCurve; period: Period }) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="md">
      <Title order={4} mb="xs">
        {t('curve.finalise.title')}
      </Title>
      {curve.finalisation ? <Finalised curve={curve} period={period} /> : <NotFinalised curve={curve} period={period} />}
    </Card>
  );
}
