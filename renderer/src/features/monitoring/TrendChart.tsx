import { Table } from '@mantine/core';
import type { TrendPoint } from '@shared/domain/monitoring-trend';
import { useI18n } from '../../i18n/i18n-context';

const W = 720;
const H = 300;
const M = { top: 20, right: 24, bottom: 48, left: 56 };

/** Short axis labels: "TW I", "SMT II-AKHIR", "JAN". */
export function shortLabel(label: string): string {
  if (label.startsWith('TRIWULAN')) return label.replace('TRIWULAN', 'TW');
  if (label.startsWith('SEMESTER')) return label.replace('SEMESTER', 'SMT');
  return label.slice(0, 3) + (label.endsWith('-AKHIR') ? '*' : '');
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(v));
  return Math.ceil((v * 1.1) / step) * step;
}

function YGrid({ ticks, y, fmt }: { ticks: number[]; y: (v: number) => number; fmt: Intl.NumberFormat }) {
  return (
    <>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="var(--mantine-color-gray-3)" />
          <text x={M.left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="var(--mantine-color-gray-7)">
            {fmt.format(v)}
          </text>
        </g>
      ))}
    </>
  );
}

/** The chart's numbers as a table: the accessible alternative, and exact values. */
function TrendTable({ points, title }: { points: TrendPoint[]; title: string }) {
  const { t, locale } = useI18n();
  const fmt = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <Table verticalSpacing={4} maw={W} aria-label={t('monitor.trend.tableLabel', { iki: title })} data-testid="trend-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('monitor.period')}</Table.Th>
          <Table.Th ta="right">{t('monitor.trend.count')}</Table.Th>
          <Table.Th ta="right">{t('monitor.trend.avg')}</Table.Th>
          <Table.Th ta="right">{t('monitor.trend.min')}</Table.Th>
          <Table.Th ta="right">{t('monitor.trend.max')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {points.map((p) => (
          <Table.Tr key={p.periodId}>
            <Table.Td>{p.label}</Table.Td>
            <Table.Td ta="right">{p.count}</Table.Td>
            <Table.Td ta="right">{p.avg === null ? '–' : fmt.format(p.avg)}</Table.Td>
            <Table.Td ta="right">{p.min === null ? '–' : fmt.format(p.min)}</Table.Td>
            <Table.Td ta="right">{p.max === null ? '–' : fmt.format(p.max)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Average per period as a line, min–max as a whisker; an SVG with a text description and a table. */
export function TrendChart({ points, title, unit }: { points: TrendPoint[]; title: string; unit: string }) {
  const { t, locale } = useI18n();
  const fmt = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
  const top = niceMax(Math.max(0, ...points.map((p) => p.max ?? 0)));
  const x = (i: number) => M.left + ((W - M.left - M.right) * (i + 0.5)) / Math.max(1, points.length);
  const y = (v: number) => H - M.bottom - ((H - M.top - M.bottom) * v) / top;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const withData = points.map((p, i) => ({ p, i })).filter(({ p }) => p.avg !== null);
  const path = withData.map(({ p, i }, k) => `${k === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.avg!).toFixed(1)}`).join(' ');
  const desc = points.map((p) => `${p.label}: ${p.avg === null ? t('monitor.trend.noData') : `${fmt.format(p.avg)} ${unit}`}`).join('; ');
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-labelledby="trend-title trend-desc" data-testid="trend-chart">
        <title id="trend-title">{title}</title>
        <desc id="trend-desc">{desc}</desc>
        <YGrid ticks={ticks} y={y} fmt={fmt} />
        <text x={14} y={M.top + (H - M.top - M.bottom) / 2} fontSize="12" fill="var(--mantine-color-gray-7)" transform={`rotate(-90 14 ${M.top + (H - M.top - M.bottom) / 2})`} textAnchor="middle">
          {unit || t('monitor.trend.value')}
        </text>
        {points.map((p, i) => (
          <g key={p.periodId}>
            <text x={x(i)} y={H - M.bottom + 20} textAnchor="middle" fontSize="12" fill="var(--mantine-color-gray-8)">
              {shortLabel(p.label)}
            </text>
            {p.min !== null && p.max !== null && (
              <g stroke="var(--mantine-color-teal-4)" strokeWidth="2">
                <line x1={x(i)} x2={x(i)} y1={y(p.min)} y2={y(p.max)} />
                <line x1={x(i) - 6} x2={x(i) + 6} y1={y(p.min)} y2={y(p.min)} />
                <line x1={x(i) - 6} x2={x(i) + 6} y1={y(p.max)} y2={y(p.max)} />
              </g>
            )}
          </g>
        ))}
        <path d={path} fill="none" stroke="var(--mantine-color-teal-8)" strokeWidth="2.5" />
        {withData.map(({ p, i }) => (
          <g key={p.periodId}>
            <circle cx={x(i)} cy={y(p.avg!)} r="5" fill="var(--mantine-color-teal-8)" />
            <text x={x(i) + 9} y={y(p.avg!) - 8} fontSize="12" fontWeight="600" fill="var(--mantine-color-gray-9)">
              {fmt.format(p.avg!)}
            </text>
          </g>
        ))}
      </svg>
      <TrendTable points={points} title={title} />
    </>
  );
}
