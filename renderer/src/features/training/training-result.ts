import type { Translate } from '@shared/i18n/translate';
import { isMessageKey } from '@shared/i18n/translate';

/** An expected failure of a training command: a code (`training/not-attended`), its details, field issues. */
export type TrainingProblem = { code: string; params?: Record<string, string | number>; issues?: { path: string; message: string }[] };
export type TrainingResult = { ok: true; id: string } | ({ ok: false } & TrainingProblem);

export const fail = (code: string, params?: Record<string, string | number>): { ok: false } & TrainingProblem => ({ ok: false, code, ...(params ? { params } : {}) });

/** zod issues → one problem with the field paths the forms show them at. */
export function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { ok: false } & TrainingProblem {
  return { ok: false, code: 'training/invalid', issues: issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
}

/** The one place that words a training problem: `training/x` → message key `train.error.x`. */
export function trainingProblemText(t: Translate, p: TrainingProblem): string {
  if (p.code === 'training/invalid' && p.issues?.length) return p.issues.map((i) => i.message).join(' ');
  const key = `train.error.${p.code.replace(/^training\//, '')}`;
  if (isMessageKey(key)) return t(key, p.params);
  const host = `error.${p.code}`;
  return isMessageKey(host) ? t(host, p.params) : t('error.host/internal');
}

/** Today on this computer, YYYY-MM-DD. */
export function localToday(d: Date = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
