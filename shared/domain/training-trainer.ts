/**
 * The trainers' and the employee's view of recommendations (domain.md §10): one row per person and
 * course, even when several evaluations (Q1, Q2 …) proposed the same course, with every reason
 * merged, the newest decision in force, and whether the person is already in a class of the course
 * or has completed it this year. Pure.
 */
import type { LedgerEntry, Recommendation, RecommendationReason, RecommendationStatus, TrainingClass } from '../schemas/training';

export type MergedReason = RecommendationReason & { periodId: string };

export type GroupedRecommendation = {
  employeeId: string;
  courseId: string;
  /** The recommendation in force: the newest not rejected, else the newest. */
  latest: Recommendation;
  all: Recommendation[];
  reasons: MergedReason[];
  status: RecommendationStatus;
  /** A class of this course the person is in (not yet completed there), if any. */
  classId: string | null;
  completed: boolean;
};

const key = (employeeId: string, courseId: string) => `${employeeId}|${courseId}`;

/**
 * Groups recommendations by person and course. `periodRank` orders periods (earlier = smaller);
 * ties fall back to when the recommendation was made.
 */
export function groupRecommendations(
  recs: readonly Recommendation[],
  classes: readonly Pick<TrainingClass, 'id' | 'courseId' | 'participants'>[],
  ledger: readonly Pick<LedgerEntry, 'employeeId' | 'courseId' | 'year'>[],
  periodRank: ReadonlyMap<string, number> = new Map(),
): GroupedRecommendation[] {
  const order = (r: Recommendation) => [periodRank.get(r.periodId) ?? 0, r.createdAt] as const;
  const sorted = [...recs].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1].localeCompare(order(b)[1]));
  const groups = new Map<string, Recommendation[]>();
  for (const r of sorted) groups.set(key(r.employeeId, r.courseId), [...(groups.get(key(r.employeeId, r.courseId)) ?? []), r]);
  const done = new Set(ledger.flatMap((l) => (l.courseId ? [`${key(l.employeeId, l.courseId)}|${l.year}`] : [])));
  const inClass = new Map<string, string>();
  for (const c of classes) for (const p of c.participants) if (!p.completed) inClass.set(key(p.employeeId, c.courseId), c.id);
  return [...groups.values()].map((all) => {
    const newest = all[all.length - 1]!;
    const latest = [...all].reverse().find((r) => r.status !== 'ditolak') ?? newest;
    const reasons: MergedReason[] = [];
    for (const r of all) {
      for (const reason of r.reasons) {
        if (!reasons.some((x) => x.ruleId === reason.ruleId && JSON.stringify(x.source) === JSON.stringify(reason.source))) reasons.push({ ...reason, periodId: r.periodId });
      }
    }
    return {
      employeeId: latest.employeeId,
      courseId: latest.courseId,
      latest,
      all,
      reasons,
      status: latest.status,
      classId: inClass.get(key(latest.employeeId, latest.courseId)) ?? null,
      completed: done.has(`${key(latest.employeeId, latest.courseId)}|${latest.year}`),
    };
  });
}

export type TrainerStatusFilter = 'diterima' | 'usulan' | 'semua';

/** What trainers work from: not rejected, and by default only accepted (the supervisor decided). */
export function trainerGroups(groups: readonly GroupedRecommendation[], status: TrainerStatusFilter): GroupedRecommendation[] {
  return groups.filter((g) => g.status !== 'ditolak' && (status === 'semua' || g.status === status));
}
