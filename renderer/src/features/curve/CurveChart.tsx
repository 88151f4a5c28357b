import { Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { curveLimits, type CurveLimit } from '@shared/domain/curve-feasibility';
import {
  CURVE_CHART_ORDER,
  curveChartTitle,
  curveSummary,
  type CapaianOrganisasi,
  type CurveOptions,
  formatPercent,
} from '@shared/domain/distribution-curve';
import type { Predikat } from '@shared/domain/predikat';
import { useI18n } from '../../i18n/i18n-context';
import { predikatNames } from './curve-text';

const W = 640;
const H = 330;
const M = { left: 64, right: 16, top: 20, bottom: 64 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
const COL = PLOT_W / CURVE_CHART_ORDER.length;

const colOf = (p: Predikat) => CURVE_CHART_ORDER.indexOf(p);
const colCentre = (i: number) => M.left + COL * (i + 0.5);

/** A "nice" top for the y-axis and an integer step giving at most six ticks. */
function yScale(max: number): { top: number; step: number } {
  const step = Math.max(1, Math.ceil(Math.max(max, 1) / 5));
  return { top: step * Math.ceil(Math.max(max, 1) / step), step };
}

/** "Kurang/Misconduct" and "Butuh Perbaikan" on two lines under their bar. */
function AxisLabel({ label, x }: { label: string; x: number }) {
  const words = label.includes('/') ? label.replace('/', '/\n').split('\n') : label.split(' ');
  const lines = words.length > 2 ? [words.slice(0, -1).join(' '), words.at(-1)!] : words;
  return (
    <text x={x} y={H - M.bottom + 18} textAnchor="middle" fontSize="12" fill="currentColor">
      {lines.map((line, i) => (
        <tspan key={line} x={x} dy={i === 0 ? 0 : 15}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function LimitMarker({ limit, y }: { limit: CurveLimit; y: (v: number) => number }) {
  const { t } = useI18n();
  const cols = limit.rule.predikat.map(colOf);
  const x1 = M.left + COL * Math.min(...cols) + 4;
  const x2 = M.left + COL * (Math.max(...cols) + 1) - 4;
  const atMost = limit.rule.bound === 'at-most';
  const colour = atMost ? 'var(--mantine-color-red-8)' : 'var(--mantine-color-teal-8)';
  const label = t(atMost ? 'curve.chart.max' : 'curve.chart.min', { n: limit.allowed }) + (cols.length > 1 ? ` ${t('curve.chart.combined')}` : '');
  return (
    <g data-testid="curve-limit">
      <line x1={x1} x2={x2} y1={y(limit.allowed)} y2={y(limit.allowed)} stroke={colour} strokeWidth={2.5} strokeDasharray={atMost ? '8 4' : '2 3'} />
      <text x={x2} y={y(limit.allowed) - 6} textAnchor="end" fontSize="12" fontWeight={700} fill={colour} stroke="white" strokeWidth={4} paintOrder="stroke">
        {label}
      </text>
    </g>
  );
}

export interface CurveChartProps {
  counts: Record<Predikat, number>;
  capaian: CapaianOrganisasi | null;
  rounding: CurveOptions;
}

/** The §6 chart drawn from the real counts, with the allowed limits of the pattern as lines. */
export function CurveChart({ counts, capaian, rounding }: CurveChartProps) {
  const { t } = useI18n();
  const id = useId();
  const bars = curveSummary(counts);
  const headcount = bars.reduce((s, b) => s + b.count, 0);
  const limits = capaian && headcount > 0 ? curveLimits(capaian, headcount, rounding) : [];
  const { top, step } = yScale(Math.max(...bars.map((b) => b.count), ...limits.map((l) => l.allowed)));
  const y = (v: number) => M.top + PLOT_H - (PLOT_H * v) / top;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const title = capaian ? curveChartTitle(capaian) : t('curve.chart.titleNoResult');
  const limitWords = limits.map((l) => `${predikatNames(t, l.rule.predikat)}: ${t(l.rule.bound === 'at-most' ? 'curve.chart.max' : 'curve.chart.min', { n: l.allowed })}`);
  const desc = `${bars.map((b) => `${b.label} ${b.count}`).join(', ')}. ${limitWords.join('; ')}`;
  const barW = COL * 0.56;
  return (
    <figure style={{ margin: 0 }}>
      <Title order={4} id={`${id}-title`} ta="center" size="sm" fw={700}>
        {title}
      </Title>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W, display: 'block', margin: '0 auto' }} role="img" aria-labelledby={`${id}-title ${id}-desc`} data-testid="curve-chart">
        <desc id={`${id}-desc`}>{desc}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="var(--mantine-color-gray-3)" />
            <text x={M.left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="currentColor">
              {v}
            </text>
          </g>
        ))}
        <text transform={`translate(16 ${M.top + PLOT_H / 2}) rotate(-90)`} textAnchor="middle" fontSize="13" fontWeight={600} fill="currentColor">
          {t('curve.chart.yAxis')}
        </text>
        {bars.map((b, i) => (
          <g key={b.predikat}>
            <rect x={colCentre(i) - barW / 2} y={y(b.count)} width={barW} height={y(0) - y(b.count)} fill="var(--mantine-color-blue-6)" rx={2} />
            {/* Inside a tall bar, so a limit label just above it never hides the count. */}
            <text x={colCentre(i)} y={y(0) - y(b.count) >= 22 ? y(b.count) + 17 : y(b.count) - 6} textAnchor="middle" fontSize="13" fontWeight={700} fill={y(0) - y(b.count) >= 22 ? 'white' : 'currentColor'}>
              {b.count}
            </text>
            <AxisLabel label={b.label} x={colCentre(i)} />
          </g>
        ))}
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="currentColor" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={y(0)} stroke="currentColor" />
        {limits.map((l) => (
          <LimitMarker key={l.rule.code} limit={l} y={y} />
        ))}
      </svg>
      <Text size="xs" c="dimmed" ta="center">
        {t('curve.chart.legend')}
      </Text>
    </figure>
  );
}

/** The chart's numbers as a table: count and share per predikat, Sangat Kurang → Sangat Baik. */
export function CurveDataTable({ counts }: { counts: Record<Predikat, number> }) {
  const { t } = useI18n();
  const bars = curveSummary(counts);
  const total = bars.reduce((s, b) => s + b.count, 0);
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={4} aria-label={t('curve.table.label')} data-testid="curve-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('curve.table.predikat')}</Table.Th>
          <Table.Th ta="right">{t('curve.table.count')}</Table.Th>
          <Table.Th ta="right">{t('curve.table.percent')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bars.map((b) => (
          <Table.Tr key={b.predikat}>
            <Table.Th scope="row" fw={500}>
              {b.label}
            </Table.Th>
            <Table.Td ta="right">{b.count}</Table.Td>
            <Table.Td ta="right">{formatPercent(b.percent)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th scope="row">{t('curve.table.total')}</Table.Th>
          <Table.Td ta="right" fw={700}>
            {total}
          </Table.Td>
          <Table.Td ta="right">{total > 0 ? '100%' : '0%'}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
