import { type CurveViolation, formatPercent } from '@shared/domain/distribution-curve';
import { CAPAIAN_LABEL } from '@shared/domain/distribution-curve';
import { PREDIKAT_LABEL, type Predikat } from '@shared/domain/predikat';
import type { MessageKey, Translate } from '@shared/i18n/translate';
import type { CurveErrorCode, CurveParams } from './curve.commands';

/** Predikat and capaian keep their official Indonesian names in both languages (domain.md: official terms). */
export function predikatNames(t: Translate, predikat: readonly Predikat[]): string {
  return predikat.map((p) => PREDIKAT_LABEL[p]).join(` ${t('curve.andOr')} `);
}

/** A violation in words and numbers, in the UI language (the stored message stays Indonesian). */
export function violationText(t: Translate, v: CurveViolation): string {
  const r = v.rule;
  const params = {
    predikat: predikatNames(t, r.predikat),
    actual: r.actual,
    headcount: r.headcount,
    share: formatPercent((100 * r.actual) / r.headcount),
    capaian: CAPAIAN_LABEL[r.capaian],
    limit: r.percent ?? 0,
    allowed: r.allowed,
    rounding: '',
  };
  if (r.percent === null) return t('curve.violation.minOne', params);
  if (r.percent === 0) return t('curve.violation.none', params);
  const exact = (r.percent * r.headcount) / 100;
  if (!Number.isInteger(exact) && r.rounding) {
    params.rounding = t('curve.violation.rounding', { limit: r.percent, headcount: r.headcount, exact: String(exact).replace('.', ','), how: t(`curve.rounding.${r.rounding}`) });
  }
  return t(r.bound === 'at-most' ? 'curve.violation.atMost' : 'curve.violation.atLeast', params);
}

/** A refused command, worded from its code and params. */
export function curveErrorText(t: Translate, code: CurveErrorCode, params: CurveParams): string {
  const key = `curve.error.${code}` as MessageKey;
  return t(key, params);
}
