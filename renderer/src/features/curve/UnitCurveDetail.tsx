import { Alert, Button, CloseButton, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFlask } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { curveSatisfiable } from '@shared/domain/curve-feasibility';
import { CAPAIAN_LABEL, countPredikat, type CurveOptions, type CurveViolation } from '@shared/domain/distribution-curve';
import type { Predikat } from '@shared/domain/predikat';
import type { Period } from '@shared/schemas/skp';
import { useI18n } from '../../i18n/i18n-context';
import { type UnitCurve, violationsOf } from './curve.queries';
import { violationText } from './curve-text';
import { CurveChart, CurveDataTable } from './CurveChart';
import { FinalisePanel } from './FinalisePanel';
import { WhatIfList } from './WhatIfList';

function Violations({ curve, violations, headcount, rounding }: { curve: UnitCurve; violations: CurveViolation[]; headcount: number; rounding: CurveOptions }) {
  const { t } = useI18n();
  const capaian = curve.orgResult?.capaian;
  if (!capaian) return <Alert color="gray" role="note">{t('curve.violations.noResult')}</Alert>;
  if (headcount === 0) return <Alert color="gray" role="note">{t('curve.violations.nobody')}</Alert>;
  const tooSmall = !curveSatisfiable(capaian, headcount, rounding);
  if (violations.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title={t('curve.violations.none', { capaian: CAPAIAN_LABEL[capaian] })} role="status" data-testid="curve-violations">
        {t('curve.violations.noneBody', { headcount })}
      </Alert>
    );
  }
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('curve.violations.title', { count: violations.length, capaian: CAPAIAN_LABEL[capaian] })} role="status" data-testid="curve-violations">
      <List spacing={6} size="sm">
        {violations.map((v) => (
          <List.Item key={v.code}>{violationText(t, v)}</List.Item>
        ))}
      </List>
      {tooSmall && (
        <Text size="sm" mt="xs" fw={500}>
          {t('curve.violations.tooSmall', { headcount, capaian: CAPAIAN_LABEL[capaian] })}
        </Text>
      )}
    </Alert>
  );
}

export interface UnitCurveDetailProps {
  curve: UnitCurve;
  period: Period;
  rounding: CurveOptions;
  onClose: () => void;
}

/** One unit's curve: chart, numbers, violations, a what-if simulation per person, finalise/reopen. */
export function UnitCurveDetail({ curve, period, rounding, onClose }: UnitCurveDetailProps) {
  const { t } = useI18n();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Predikat>>(new Map());
  const section = useRef<HTMLElement>(null);
  // Opening a unit moves focus (and the view) to it, so keyboard and screen-reader users land there.
  useEffect(() => section.current?.focus(), []);
  const simulating = overrides.size > 0;
  const predikat = useMemo(() => curve.members.map((m) => overrides.get(m.employeeId) ?? m.predikat), [curve.members, overrides]);
  const counts = useMemo(() => countPredikat(predikat.filter((p): p is Predikat => p !== null)), [predikat]);
  const violations = useMemo(() => violationsOf(curve.orgResult, predikat, rounding), [curve.orgResult, predikat, rounding]);
  const headcount = predikat.filter((p) => p !== null).length;
  const override = (employeeId: string, p: Predikat | null) =>
    setOverrides((prev) => {
      const next = new Map(prev);
      if (p === null) next.delete(employeeId);
      else next.set(employeeId, p);
      return next;
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="curve-detail-title" ref={section} tabIndex={-1}>
      <Stack>
        <Group justify="space-between" align="start">
          <div>
            <Title order={3} id="curve-detail-title">
              {curve.unit.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('curve.detail.subtitle', { period: `${period.label} ${period.year}`, capaian: curve.orgResult ? CAPAIAN_LABEL[curve.orgResult.capaian] : t('curve.status.noResult') })}
            </Text>
          </div>
          <CloseButton aria-label={t('curve.detail.close')} onClick={onClose} />
        </Group>
        {simulating && (
          <Alert color="yellow" variant="filled" icon={<IconFlask />} title={t('curve.whatIf.banner')} role="status" data-testid="whatif-banner">
            <Group justify="space-between">
              <Text size="sm">{t('curve.whatIf.body', { count: overrides.size })}</Text>
              <Button size="xs" variant="white" color="dark" onClick={() => setOverrides(new Map())}>
                {t('curve.whatIf.reset')}
              </Button>
            </Group>
          </Alert>
        )}
        <Grid gap="lg" align="center">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <CurveChart counts={counts} capaian={curve.orgResult?.capaian ?? null} rounding={rounding} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <CurveDataTable counts={counts} />
          </Grid.Col>
        </Grid>
        <Violations curve={curve} violations={violations} headcount={headcount} rounding={rounding} />
        <Title order={4}>{t('curve.members.title', { count: curve.members.length })}</Title>
        <Text size="sm" c="dimmed">
          {t('curve.members.help')}
        </Text>
        <WhatIfList members={curve.members} overrides={overrides} onOverride={override} />
        <FinalisePanel curve={curve} period={period} />
      </Stack>
    </Paper>
  );
}
