import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconLock } from '@tabler/icons-react';
import { CAPAIAN_LABEL, CAPAIAN_ORDER, type CapaianOrganisasi, curveSummary } from '@shared/domain/distribution-curve';
import type { Predikat } from '@shared/domain/predikat';
import type { Period } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { recordOrgResult } from './curve.commands';
import type { UnitCurve } from './curve.queries';
import { curveErrorText } from './curve-text';

/** Five tiny bars (Sangat Kurang → Sangat Baik) with the numbers in the accessible name. */
export function MiniBars({ counts }: { counts: Record<Predikat, number> }) {
  const bars = curveSummary(counts);
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <svg width={90} height={28} role="img" aria-label={bars.map((b) => `${b.label} ${b.count}`).join(', ')}>
      {bars.map((b, i) => {
        const h = b.count === 0 ? 1 : Math.max(3, (24 * b.count) / max);
        return <rect key={b.predikat} x={i * 18 + 2} y={26 - h} width={14} height={h} fill={b.count === 0 ? 'var(--mantine-color-gray-4)' : 'var(--mantine-color-blue-6)'} />;
      })}
    </svg>
  );
}

/** Curve status in words, never colour alone. */
export function CurveStatus({ curve }: { curve: UnitCurve }) {
  const { t } = useI18n();
  if (!curve.orgResult || curve.evaluated === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t(curve.orgResult ? 'curve.status.nobody' : 'curve.status.noResult')}
      </Text>
    );
  }
  const ok = curve.violations.length === 0;
  return (
    <Group gap={4} wrap="nowrap" c={ok ? 'teal.8' : 'red.8'}>
      {ok ? <IconCircleCheck size={16} aria-hidden /> : <IconAlertTriangle size={16} aria-hidden />}
      <Text size="sm" fw={600} c="inherit">
        {ok ? t('curve.status.ok') : t('curve.status.violations', { count: curve.violations.length })}
      </Text>
    </Group>
  );
}

function OrgResultSelect({ curve, period }: { curve: UnitCurve; period: Period }) {
  const db = useDb();
  const { t } = useI18n();
  const change = async (value: string | null) => {
    if (!value) return;
    const result = await recordOrgResult(db, curve.unit.id, period.id, value as CapaianOrganisasi);
    if (!result.ok) notifications.show({ color: 'red', title: t('error.notifyTitle'), message: curveErrorText(t, result.code, result.params), autoClose: 8000 });
  };
  return (
    <Select
      aria-label={t('curve.orgResult.for', { unit: curve.unit.name })}
      placeholder={t('curve.orgResult.placeholder')}
      data={CAPAIAN_ORDER.map((c) => ({ value: c, label: CAPAIAN_LABEL[c] }))}
      value={curve.orgResult?.capaian ?? null}
      onChange={(v) => void change(v)}
      disabled={curve.finalisation !== null}
      allowDeselect={false}
      size="xs"
      w={170}
    />
  );
}

export interface CurveOverviewTableProps {
  curves: UnitCurve[];
  period: Period;
  selectedUnitId: string | null;
  onOpen: (unitId: string) => void;
}

/** HR's overview per unit for one period: who is evaluated, draft or final, distribution, curve status. */
export function CurveOverviewTable({ curves, period, selectedUnitId, onOpen }: CurveOverviewTableProps) {
  const { t, locale } = useI18n();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped verticalSpacing="xs" aria-label={t('curve.overview.label', { period: `${period.label} ${period.year}` })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('curve.col.unit')}</Table.Th>
            <Table.Th>{t('curve.col.evaluated')}</Table.Th>
            <Table.Th>{t('curve.col.states')}</Table.Th>
            <Table.Th>{t('curve.col.distribution')}</Table.Th>
            <Table.Th>{t('curve.col.orgResult')}</Table.Th>
            <Table.Th>{t('curve.col.curve')}</Table.Th>
            <Table.Th>{t('curve.col.finalised')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {curves.map((c) => (
            <Table.Tr key={c.unit.id} data-testid="curve-unit-row" aria-current={c.unit.id === selectedUnitId ? 'true' : undefined} bg={c.unit.id === selectedUnitId ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" onClick={() => onOpen(c.unit.id)} aria-label={t('curve.open', { unit: c.unit.name })} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto" py={4}>
                  {c.unit.name}
                </Button>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('curve.evaluatedOf', { evaluated: c.evaluated, total: c.members.length })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('curve.statesText', { final: c.states.final, draft: c.states.draft, belum: c.states.belum })}</Text>
              </Table.Td>
              <Table.Td>
                <MiniBars counts={c.counts} />
              </Table.Td>
              <Table.Td>
                <OrgResultSelect curve={c} period={period} />
              </Table.Td>
              <Table.Td>
                <CurveStatus curve={c} />
              </Table.Td>
              <Table.Td>
                {c.finalisation ? (
                  <Group gap={4} wrap="nowrap">
                    <Badge color="dark" variant="light" leftSection={<IconLock size={12} />}>
                      {t('curve.finalised')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDate(c.finalisation.finalisedAt, locale)}
                    </Text>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('curve.open.state')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
