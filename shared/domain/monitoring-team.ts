/**
 * The supervisor's team view (domain.md §2 step 2): for each subordinate, the SKP's status, what was
 * reported in the chosen period, what feedback is still to give, and what is overdue, so progress is
 * seen during the year rather than at its end. Pure: the clock comes in as `today`.
 */
import type { Evidence, Feedback, Realisasi } from '../schemas/monitoring';
import type { AppraisalYear, Period, Rhk, Skp, SkpStatus } from '../schemas/skp';
import { NILAI_BERAKHLAK } from './berakhlak';
import { periodHasEnded } from './monitoring-period';

export type TeamMember = { employeeId: string; name: string; jabatan: string; skp: Skp | null };

export type TeamInput = {
  members: readonly TeamMember[];
  year: Pick<AppraisalYear, 'skpDeadline'> | null;
  periods: readonly Period[];
  currentPeriodId: string | null;
  realisasi: readonly Realisasi[];
  evidence: readonly Pick<Evidence, 'skpId' | 'periodId'>[];
  feedback: readonly Pick<Feedback, 'skpId' | 'periodId' | 'target'>[];
  /** YYYY-MM-DD. */
  today: string;
};

export type OverdueItem =
  | { kind: 'skp-missing'; deadline: string }
  | { kind: 'skp-not-approved'; deadline: string; status: SkpStatus }
  | { kind: 'realisasi-missing'; periodId: string; periodLabel: string; missing: number; total: number; reason: 'closed' | 'ended' };

export type TeamRow = {
  employeeId: string;
  name: string;
  jabatan: string;
  skpId: string | null;
  skpStatus: SkpStatus | null;
  /** RHK fully reported in the chosen period; null when there is no approved SKP to report on. */
  reported: { done: number; total: number } | null;
  evidenceCount: number;
  /** RHK and core values without any feedback in the chosen period; null without an approved SKP. */
  feedbackPending: { rhk: number; perilaku: number } | null;
  overdue: OverdueItem[];
};

/** An RHK is reported when every IKI has a realisation (or, with no IKI, a rencana aksi is written). */
export function isRhkReported(rhk: Rhk, record: Pick<Realisasi, 'realisasi' | 'rencanaAksi'> | undefined): boolean {
  if (!record) return false;
  if (rhk.iki.length === 0) return record.rencanaAksi.some((a) => a.trim());
  return rhk.iki.every((iki) => (record.realisasi[iki.id] ?? '').trim() !== '');
}

const realisasiKey = (skpId: string, periodId: string, rhkId: string) => `${skpId}|${periodId}|${rhkId}`;

function skpOverdue(skp: Skp | null, deadline: string | undefined, today: string): OverdueItem[] {
  if (!deadline || today <= deadline) return [];
  if (!skp) return [{ kind: 'skp-missing', deadline }];
  if (skp.status !== 'disetujui') return [{ kind: 'skp-not-approved', deadline, status: skp.status }];
  return [];
}

/** Each closed or ended period with RHK not reported, for an approved SKP. */
function realisasiOverdue(skp: Skp, periods: readonly Period[], reported: (p: Period, r: Rhk) => boolean, today: string): OverdueItem[] {
  const items: OverdueItem[] = [];
  for (const period of [...periods].sort((a, b) => a.index - b.index)) {
    const closed = period.status === 'closed';
    if (!closed && !periodHasEnded(period, today)) continue;
    const missing = skp.rhk.filter((r) => !reported(period, r)).length;
    if (missing > 0) items.push({ kind: 'realisasi-missing', periodId: period.id, periodLabel: period.label, missing, total: skp.rhk.length, reason: closed ? 'closed' : 'ended' });
  }
  return items;
}

/** One row per team member, in the order given. */
export function buildTeamRows(input: TeamInput): TeamRow[] {
  const records = new Map(input.realisasi.map((r) => [r.id, r]));
  const current = input.periods.find((p) => p.id === input.currentPeriodId) ?? null;
  return input.members.map((m) => {
    const skp = m.skp;
    const approved = skp?.status === 'disetujui' ? skp : null;
    const reported = (p: Period, r: Rhk) => !!approved && isRhkReported(r, records.get(realisasiKey(approved.id, p.id, r.id)));
    const inCurrent = <T extends { skpId: string; periodId: string }>(x: T) => !!skp && !!current && x.skpId === skp.id && x.periodId === current.id;
    const feedbackNow = input.feedback.filter(inCurrent);
    const rhkWithFeedback = new Set(feedbackNow.flatMap((f) => (f.target.kind === 'rhk' ? [f.target.rhkId] : [])));
    const valuesWithFeedback = new Set(feedbackNow.flatMap((f) => (f.target.kind === 'perilaku' ? [f.target.value] : [])));
    return {
      employeeId: m.employeeId,
      name: m.name,
      jabatan: m.jabatan,
      skpId: skp?.id ?? null,
      skpStatus: skp?.status ?? null,
      reported: approved && current ? { done: approved.rhk.filter((r) => reported(current, r)).length, total: approved.rhk.length } : null,
      evidenceCount: input.evidence.filter(inCurrent).length,
      feedbackPending:
        approved && current
          ? { rhk: approved.rhk.filter((r) => !rhkWithFeedback.has(r.id)).length, perilaku: NILAI_BERAKHLAK.filter((v) => !valuesWithFeedback.has(v)).length }
          : null,
      overdue: [...skpOverdue(skp, input.year?.skpDeadline, input.today), ...(approved ? realisasiOverdue(approved, input.periods, reported, input.today) : [])],
    };
  });
}
