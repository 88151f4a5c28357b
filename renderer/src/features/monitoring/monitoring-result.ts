import type { MessageKey, Translate } from '@shared/i18n/translate';
import { isMessageKey } from '@shared/i18n/translate';
import { formatBytes } from '@shared/domain/monitoring-evidence';
import type { Locale } from '@shared/schemas/entities';

/** An expected failure of a monitoring command: a code (`monitor/period-closed`) and its details. */
export type Problem = { code: string; params?: Record<string, string | number> };
export type FieldErrors = Record<string, string>;
export type Result<T = string> = { ok: true; id: T } | { ok: false; problem?: Problem; errors?: FieldErrors };

export const refused = (problem: Problem): { ok: false; problem: Problem } => ({ ok: false, problem });

const SIZE_PARAMS = new Set(['size', 'limit']);

/** The one place that words a monitoring problem: `monitor/x` → message key `monitor.error.x`. */
export function problemText(t: Translate, locale: Locale, problem: Problem): string {
  const key = `monitor.error.${problem.code.replace(/^monitor\//, '')}`;
  const raw = problem.params ?? {};
  const decimal = locale === 'id' ? ',' : '.';
  const sizes = Object.entries(raw).filter(([name, v]) => SIZE_PARAMS.has(name) && typeof v === 'number') as [string, number][];
  // "10 MB, melebihi batas 10 MB" reads as a contradiction: then give the exact bytes too.
  const ambiguous = new Set(sizes.map(([, v]) => formatBytes(v, decimal))).size < sizes.length;
  const bytes = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
  const params: Record<string, string | number> = { ...raw };
  for (const [name, v] of sizes) params[name] = ambiguous ? `${formatBytes(v, decimal)} (${bytes.format(v)} byte)` : formatBytes(v, decimal);
  if (isMessageKey(key)) return t(key, params);
  const hostKey = `error.${problem.code}`;
  return isMessageKey(hostKey) ? t(hostKey as MessageKey, params) : t('error.host/internal');
}
