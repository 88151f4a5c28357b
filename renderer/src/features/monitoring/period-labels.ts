import type { MessageKey } from '@shared/i18n/translate';
import type { PeriodType } from '@shared/schemas/skp';

export const PERIOD_TYPE_KEY: Record<PeriodType, MessageKey> = {
  bulanan: 'monitor.periodType.bulanan',
  triwulan: 'monitor.periodType.triwulan',
  semester: 'monitor.periodType.semester',
};

/** Today on this desk, YYYY-MM-DD in local time (periods and deadlines are calendar days). */
export function todayLocal(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
