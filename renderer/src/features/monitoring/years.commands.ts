import { generatePeriods } from '@shared/domain/skp';
import { checkYearInput, type YearInput } from '@shared/domain/monitoring-period';
import { type AppraisalYear, AppraisalYearSchema, type Period, type PeriodType } from '@shared/schemas/skp';
import { appendAudit, DESK_ACTOR, diffRecords } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { refused, type Result } from './monitoring-result';

const PERIOD_WORD: Record<PeriodType, string> = { bulanan: 'bulanan', triwulan: 'triwulanan', semester: 'semesteran' };

/**
 * HR creates an appraisal year; its periods are generated in the same transaction, so a year never
 * exists without them. A year already set up is refused at the year field.
 */
export async function createYear(db: AppDb, input: YearInput, now: Date = new Date()): Promise<Result> {
  const checked = checkYearInput(input);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const { year, periodType, skpDeadline } = checked.value;
  return db.transaction('rw', [db.appraisalYears, db.periods, db.audit], async () => {
    if (await db.appraisalYears.where('year').equals(year).count()) {
      return { ok: false as const, errors: { year: `Tahun ${year} sudah disiapkan. Pilih tahun itu di daftar untuk mengubah periodenya.` } };
    }
    const at = now.toISOString();
    const record: AppraisalYear = AppraisalYearSchema.parse({ id: `year-${year}`, year, periodType, skpDeadline, createdAt: at });
    const periods = generatePeriods(year, periodType);
    await db.appraisalYears.add(record);
    await db.periods.bulkAdd(periods);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'appraisalYear', entityId: record.id, summary: `Tahun penilaian ${year} disiapkan: ${periods.length} periode ${PERIOD_WORD[periodType]}, batas SKP ${skpDeadline}` });
    return { ok: true as const, id: record.id };
  });
}

/** How much in-year work is recorded against these periods (realisasi, evidence, feedback, dialogs). */
async function workRecorded(db: AppDb, periodIds: Set<string>): Promise<number> {
  const inYear = (x: { periodId: string | null }) => x.periodId !== null && periodIds.has(x.periodId);
  const counts = await Promise.all([db.realisasi.filter(inYear).count(), db.evidence.filter(inYear).count(), db.feedback.filter(inYear).count(), db.dialogs.filter(inYear).count()]);
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Changes a year's period type and SKP deadline. The period type may change only while nothing has
 * been recorded in the year's periods: the periods are replaced, and recorded work would lose them.
 */
export async function updateYear(db: AppDb, yearId: string, input: { periodType: PeriodType; skpDeadline: string }, now: Date = new Date()): Promise<Result> {
  return db.transaction('rw', [db.appraisalYears, db.periods, db.realisasi, db.evidence, db.feedback, db.dialogs, db.audit], async () => {
    const before = await db.appraisalYears.get(yearId);
    if (!before) return refused({ code: 'monitor/year-missing' });
    const checked = checkYearInput({ year: before.year, ...input });
    if (!checked.ok) return { ok: false as const, errors: checked.errors };
    const after: AppraisalYear = { ...before, periodType: checked.value.periodType, skpDeadline: checked.value.skpDeadline };
    const changes = diffRecords(before, after);
    if (!changes || Object.keys(changes).length === 0) return { ok: true as const, id: yearId };
    if (after.periodType !== before.periodType) {
      const old = await db.periods.where('year').equals(before.year).toArray();
      const recorded = await workRecorded(db, new Set(old.map((p) => p.id)));
      if (recorded > 0) return refused({ code: 'monitor/period-type-locked', params: { year: before.year, count: recorded } });
      await db.periods.bulkDelete(old.map((p) => p.id));
      await db.periods.bulkAdd(generatePeriods(before.year, after.periodType));
    }
    await db.appraisalYears.put(after);
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'update', entity: 'appraisalYear', entityId: yearId, summary: `Tahun penilaian ${before.year} diubah`, changes });
    return { ok: true as const, id: yearId };
  });
}

/** Opens or closes a period; a closed period is read-only for in-year work (audited). */
export async function setPeriodStatus(db: AppDb, periodId: string, status: Period['status'], now: Date = new Date()): Promise<Result> {
  return db.transaction('rw', [db.periods, db.audit], async () => {
    const before = await db.periods.get(periodId);
    if (!before) return refused({ code: 'monitor/period-missing' });
    if (before.status === status) return { ok: true as const, id: periodId };
    await db.periods.update(periodId, { status });
    await appendAudit(db, {
      at: now.toISOString(),
      actor: DESK_ACTOR,
      action: 'update',
      entity: 'period',
      entityId: periodId,
      summary: `Periode ${before.label} ${before.year} ${status === 'closed' ? 'ditutup' : 'dibuka kembali'}`,
      changes: { status: { from: before.status, to: status } },
    });
    return { ok: true as const, id: periodId };
  });
}
