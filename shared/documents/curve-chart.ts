/**
 * The distribution chart printed on the Evaluasi Kinerja Pegawai (domain.md §6): vector bars drawn
 * from the real counts, x-axis the five predikat from Sangat Kurang to Sangat Baik, y-axis
 * "Frekuensi Pegawai".
 */
import { type CapaianOrganisasi, curveChartTitle, curveSummary, type PredikatCounts } from '../domain/distribution-curve';
import type { Node, NodeObject } from './pdf-types';

const WIDTH = 360;
const HEIGHT = 130;
const AXIS_LEFT = 28;

function niceMax(max: number): number {
  if (max <= 5) return Math.max(1, max);
  const step = Math.ceil(max / 5);
  return step * 5;
}

export function curveChart(capaian: CapaianOrganisasi | null, counts: PredikatCounts): Node {
  const bars = curveSummary(counts);
  const top = niceMax(Math.max(...bars.map((b) => b.count)));
  const plotW = WIDTH - AXIS_LEFT - 4;
  const slot = plotW / bars.length;
  const barW = slot * 0.55;
  const y = (v: number) => HEIGHT - (v / top) * (HEIGHT - 10);
  const canvas: NodeObject[] = [
    { type: 'line', x1: AXIS_LEFT, y1: 0, x2: AXIS_LEFT, y2: HEIGHT, lineWidth: 0.8 },
    { type: 'line', x1: AXIS_LEFT, y1: HEIGHT, x2: WIDTH, y2: HEIGHT, lineWidth: 0.8 },
  ];
  const ticks = Math.min(top, 5);
  for (let i = 1; i <= ticks; i++) {
    const v = (top / ticks) * i;
    canvas.push({ type: 'line', x1: AXIS_LEFT, y1: y(v), x2: WIDTH, y2: y(v), lineWidth: 0.3, lineColor: '#cccccc', dash: { length: 2 } });
  }
  bars.forEach((b, i) => {
    if (b.count > 0) canvas.push({ type: 'rect', x: AXIS_LEFT + slot * i + (slot - barW) / 2, y: y(b.count), w: barW, h: HEIGHT - y(b.count), color: '#2b7a78' });
  });
  const tickLabels: Node = {
    columns: [{ width: AXIS_LEFT, text: '' }, ...bars.map((b) => ({ width: slot, text: `${b.label}\n${b.count} (${Math.round(b.percent)}%)`, alignment: 'center', fontSize: 7 }))],
    columnGap: 0,
  };
  // Tick values beside the axis; relativePosition keeps them out of the flow, over the canvas.
  const yLabels: NodeObject[] = Array.from({ length: ticks + 1 }, (_, i) => {
    const v = Math.round((top / ticks) * i);
    return { text: String(v), fontSize: 6.5, alignment: 'right', relativePosition: { x: 0, y: y(v) - 4 } };
  });
  return {
    stack: [
      { text: capaian ? curveChartTitle(capaian) : 'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI (CAPAIAN KINERJA ORGANISASI BELUM DITETAPKAN)', bold: true, alignment: 'center', fontSize: 8, margin: [0, 0, 0, 2] },
      { text: 'Frekuensi Pegawai', fontSize: 7, italics: true, margin: [0, 0, 0, 2] },
      { columns: [{ width: AXIS_LEFT - 4, stack: yLabels }, { width: WIDTH - AXIS_LEFT + 4, canvas: canvas.map((c) => shift(c, -AXIS_LEFT + 4)) }], columnGap: 0 },
      tickLabels,
      { text: 'Predikat Kinerja Pegawai', fontSize: 7, italics: true, alignment: 'center', margin: [AXIS_LEFT, 2, 0, 0] },
    ],
    unbreakable: true,
    margin: [0, 2, 0, 8],
  };
}

function shift(el: NodeObject, dx: number): NodeObject {
  const out: NodeObject = { ...el };
  for (const k of ['x', 'x1', 'x2'] as const) if (typeof out[k] === 'number') out[k] = (out[k] as number) + dx;
  return out;
}
