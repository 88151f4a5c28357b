/**
 * Realisation of the approved SKPs in each closed period, with bukti dukung: mostly links into a
 * fictional agency archive, a few small PDF files carried with their SHA-256.
 */
import type { Evidence, Realisasi } from '../schemas/monitoring';
import type { Iki, Period, Rhk, Skp } from '../schemas/skp';
import type { SkpWorld } from './skp-build';
import { addDays, earlier, formatAngka, periodTitle, pickSome, slug, stamp } from './skp-format';
import { minimalPdf } from './skp-pdf';
import { sha256Hex } from '../crypto/sha256';
import { AKSI_UMUM } from './skp-texts';
import { TREND_IKI } from './skp-types';

/** Who performs how, decided once for the year. */
export interface MonitorPlan {
  /** Results below target from the second quarter on. */
  weak: Set<string>;
  /** A core value with negative feedback (Kompeten or Kolaboratif). */
  negatif: Map<string, 'kompeten' | 'kolaboratif'>;
  /** No realisation at all in the last closed period. */
  gap: Set<string>;
  /** The last RHK without realisation in the last closed period. */
  partial: Set<string>;
}

export interface EvidenceFile {
  id: string;
  bytes: Uint8Array;
  mime: string;
}

export interface Monitoring {
  realisasi: Realisasi[];
  evidence: Evidence[];
  evidenceFiles: EvidenceFile[];
}

const TREND_BY_QUARTER = [4.5, 3.8, 3.2, 3.0];
const KUALITATIF_STEPS = [
  'Tahap persiapan dan pengumpulan data telah selesai',
  'Draf telah disusun dan dibahas bersama tim',
  'Draf final telah disampaikan kepada pimpinan',
  'Hasil kerja telah ditetapkan dan dimanfaatkan',
];
const HOSTS = ['arsip.tangerangselatankota.go.id', 'drive.tangerangselatankota.go.id'];

/** The realisation of one IKI in quarter k (1-based), as reported: a number with its unit, or words. */
function realize(world: SkpWorld, iki: Iki, k: number, perf: number, trendShift: number): string {
  const t = iki.target;
  if (t.kind === 'kualitatif' || t.value === null) return KUALITATIF_STEPS[Math.min(k, 4) - 1]!;
  const { rng } = world;
  const target = t.value;
  if (iki.text === TREND_IKI) return `${formatAngka(Math.max(2.4, (TREND_BY_QUARTER[k - 1] ?? 3) + trendShift), 1)} hari`;
  if (t.unit === 'hari') {
    const factor = perf >= 0.95 ? 0.8 + rng.next() * 0.25 : 1.15 + rng.next() * 0.3;
    return `${formatAngka(target * factor, target < 10 ? 1 : 0)} hari`;
  }
  if (t.unit === '%' || t.unit === 'poin') {
    const value = target * perf * (0.97 + rng.next() * 0.05);
    return `${formatAngka(t.unit === '%' ? Math.min(100, value) : value, target >= 100 && t.unit === 'poin' ? 0 : 1)} ${t.unit}`;
  }
  const cumulative = Math.round(target * (k / 4) * perf * (0.95 + rng.next() * 0.12));
  return `${formatAngka(cumulative)} ${t.unit}`;
}

function performance(world: SkpWorld, plan: MonitorPlan, skp: Skp, k: number): number {
  if (plan.weak.has(skp.id)) return k === 1 ? 0.9 : 0.7 + world.rng.next() * 0.1;
  return 0.98 + world.rng.next() * 0.07;
}

export function buildMonitoring(world: SkpWorld, skps: readonly Skp[], periods: readonly Period[], plan: MonitorPlan, now: string): Monitoring {
  const out: Monitoring = { realisasi: [], evidence: [], evidenceFiles: [] };
  const closed = periods.filter((p) => p.status === 'closed');
  const last = closed.at(-1);
  for (const skp of skps) {
    const shift = (world.rng.int(0, 4) - 2) / 10;
    for (const period of closed) {
      const perf = performance(world, plan, skp, period.index);
      skp.rhk.forEach((rhk, r) => {
        const missing = period === last && (plan.gap.has(skp.id) || (plan.partial.has(skp.id) && r === skp.rhk.length - 1));
        if (missing) return;
        const at = earlier(stamp(addDays(period.end, world.rng.int(1, 10)), world.rng), now);
        const values = Object.fromEntries(rhk.iki.map((iki) => [iki.id, realize(world, iki, period.index, perf, shift)]));
        const aksi = world.aksi.get(rhk.id) ?? AKSI_UMUM;
        const rencanaAksi = pickSome(world.rng, aksi, 1, Math.min(3, aksi.length));
        out.realisasi.push({ id: `${skp.id}|${period.id}|${rhk.id}`, skpId: skp.id, periodId: period.id, rhkId: rhk.id, rencanaAksi, realisasi: values, updatedAt: at });
        addEvidence(world, out, { skp, period, rhk, r, at, values, isLast: period === last });
      });
    }
  }
  return out;
}

interface EvidenceInput {
  skp: Skp;
  period: Period;
  rhk: Rhk;
  r: number;
  at: string;
  values: Record<string, string>;
  isLast: boolean;
}

function addEvidence(world: SkpWorld, out: Monitoring, x: EvidenceInput): void {
  const id = `ev-${x.skp.id.replace(/^skp-/, '')}-${x.period.index}-${x.r + 1}`;
  const trend = x.rhk.iki.find((i) => i.text === TREND_IKI);
  const staff = world.pos.get(world.emp.get(x.skp.employeeId)?.positionId ?? '')?.type === 'pelaksana';
  const base = { id, skpId: x.skp.id, periodId: x.period.id, rhkId: x.rhk.id, addedAt: x.at };
  if (trend && ((staff && x.isLast) || x.skp.form === 'jpt')) {
    const bytes = evidencePdf(world, x, x.values[trend.id] ?? '-');
    out.evidence.push({ ...base, kind: 'file', name: `rekap-waktu-penyelesaian-${slug(x.period.label)}-${world.year}.pdf`, mime: 'application/pdf', size: bytes.length, sha256: sha256Hex(bytes) });
    out.evidenceFiles.push({ id, bytes, mime: 'application/pdf' });
    return;
  }
  if (!world.rng.chance(0.8)) return;
  const first = x.rhk.iki[0];
  const topic = first?.text ?? x.rhk.text;
  const who = x.skp.pegawai.nip ?? x.skp.employeeId;
  const url = `https://${world.rng.pick(HOSTS)}/kinerja/${world.year}/tw${x.period.index}/${who}/${slug(topic)}${world.rng.pick(['.pdf', '.pdf', '.xlsx', ''])}`;
  out.evidence.push({ ...base, kind: 'link', name: `${topic} - ${periodTitle(x.period.label)} ${world.year}`.slice(0, 255), url });
}

function evidencePdf(world: SkpWorld, x: EvidenceInput, value: string): Uint8Array {
  const p = x.skp.pegawai;
  return minimalPdf('Rekap Waktu Penyelesaian Dokumen Kependudukan', [
    `${periodTitle(x.period.label)} ${world.year}`,
    `Pegawai: ${p.name}${p.nip ? ` (NIP ${p.nip})` : ''}`,
    `Jabatan: ${p.jabatan}`,
    `Unit kerja: ${p.unit}`,
    `${TREND_IKI}: ${value}`,
    'Sumber: rekap aplikasi layanan (data demo fiktif)',
  ]);
}
