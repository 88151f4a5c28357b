/**
 * The demo appraisal year (domain.md §2, §3, §5, §10) for the demo agency: quarterly periods (the
 * first three closed), one SKP per active ASN cascading down the organisation, realisation with
 * bukti dukung, continuous feedback, dialog kinerja and the feedback phrase library. Deterministic:
 * the same agency and options give the same records, byte for byte.
 */
import { generatePeriods } from '../domain/skp';
import type { DialogKinerja, Evidence, Feedback, FeedbackPhrase, Realisasi } from '../schemas/monitoring';
import type { AppraisalYear, Period, Skp } from '../schemas/skp';
import { DEMO_DEFAULT_SEED, type DemoAgency } from './generate';
import { createRng } from './random';
import { buildAllSkps, createWorld, type SkpWorld } from './skp-build';
import { buildDialogs, buildFeedback } from './skp-feedback';
import { shuffled } from './skp-format';
import { phraseLibrary } from './skp-phrases';
import { buildMonitoring, type EvidenceFile, type MonitorPlan } from './skp-realisasi';
import { applyStatus, hasTrendIki, isStaff, leaveTargetOpen, planStatuses } from './skp-status';

export { TREND_IKI } from './skp-types';
export type { EvidenceFile } from './skp-realisasi';

export const DEMO_SKP_YEAR = 2026;

export interface DemoSkpOptions {
  /** Default 2026. */
  year?: number;
  seed?: number;
  /** "Today" for the demo: decides which periods are closed. Default 28 November of the year, 08:00 UTC. */
  now?: string;
}

export interface DemoSkpYear {
  year: AppraisalYear;
  periods: Period[];
  skps: Skp[];
  realisasi: Realisasi[];
  evidence: Evidence[];
  evidenceFiles: EvidenceFile[];
  feedback: Feedback[];
  dialogs: DialogKinerja[];
  phrases: FeedbackPhrase[];
}

export function generateDemoSkpYear(agency: DemoAgency, options: DemoSkpOptions = {}): DemoSkpYear {
  const yearNumber = options.year ?? DEMO_SKP_YEAR;
  const now = options.now ?? `${yearNumber}-11-28T08:00:00.000Z`;
  const world = createWorld(agency, yearNumber, createRng(((options.seed ?? DEMO_DEFAULT_SEED) ^ 0x5c9d2026) >>> 0));
  const year: AppraisalYear = { id: `year-${yearNumber}`, year: yearNumber, periodType: 'triwulan', skpDeadline: `${yearNumber}-01-31`, createdAt: `${yearNumber - 1}-12-18T02:00:00.000Z` };
  const today = now.slice(0, 10);
  const periods = generatePeriods(yearNumber, 'triwulan').map((p): Period => ({ ...p, status: p.end < today ? 'closed' : 'open' }));

  const skps = buildAllSkps(world);
  const statuses = planStatuses(world, skps);
  const seen = new Map<string, number>();
  for (const skp of skps) {
    const status = statuses.get(skp.id) ?? 'draft';
    applyStatus(world, skp, status, now, seen.get(status) ?? 0);
    seen.set(status, (seen.get(status) ?? 0) + 1);
  }
  leaveTargetOpen(skps);

  const approved = skps.filter((s) => s.status === 'disetujui');
  const plan = monitorPlan(world, approved);
  const monitoring = buildMonitoring(world, approved, periods, plan, now);
  const feedback = buildFeedback(world, approved, periods, monitoring.realisasi, plan, now);
  const dialogs = buildDialogs(world, approved, periods, plan, now);
  return { year, periods, skps, ...monitoring, feedback, dialogs, phrases: phraseLibrary() };
}

/** Among approved staff outside the charted Disdukcapil service: weak performers, negative values, late reporters. */
function monitorPlan(world: SkpWorld, approved: readonly Skp[]): MonitorPlan {
  const pool = shuffled(world.rng, approved.filter((s) => isStaff(world, s) && !hasTrendIki(s))).map((s) => s.id);
  const plan: MonitorPlan = { weak: new Set(pool.slice(0, 4)), negatif: new Map(), gap: new Set(pool.slice(7, 10)), partial: new Set(pool.slice(10, 11)) };
  pool.slice(0, 7).forEach((id, n) => plan.negatif.set(id, n % 2 === 0 ? 'kompeten' : 'kolaboratif'));
  return plan;
}
