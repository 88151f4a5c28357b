import { BERAKHLAK } from '@shared/domain/berakhlak';
import { namaBulan } from '@shared/domain/dates';
import { PREDIKAT_LABEL, RATING_LABEL } from '@shared/domain/predikat';
import { BENTUK_LABEL } from '@shared/domain/training-forms';
import type { Translate } from '@shared/i18n/translate';
import type { TrainingRule } from '@shared/schemas/training';

const valueName = (v: string) => BERAKHLAK.find((b) => b.key === v)?.name ?? v;

/** When a rule fires, in words ("Setiap RHK dinilai Di Bawah Ekspektasi"). */
export function triggerText(t: Translate, trigger: TrainingRule['trigger']): string {
  const only = 'predikat' in trigger && Array.isArray(trigger.predikat) && trigger.predikat.length > 0 ? t('train.rules.onlyPredikat', { list: trigger.predikat.map((p) => PREDIKAT_LABEL[p]).join(', ') }) : '';
  switch (trigger.kind) {
    case 'predikat':
      return t('train.rules.trigger.predikat', { predikat: PREDIKAT_LABEL[trigger.value] });
    case 'rhk':
      return t('train.rules.trigger.rhk', { rating: RATING_LABEL[trigger.judgement] }) + only;
    case 'value-negative':
      return (trigger.value === 'semua' ? t('train.rules.trigger.anyValue') : t('train.rules.trigger.value', { value: valueName(trigger.value) })) + only;
    case 'jp-shortfall':
      return t('train.rules.trigger.jp', { month: namaBulan(trigger.fromMonth) }) + only;
  }
}

/** What a rule proposes ("Pelatihan teknis, Bimbingan teknis; tag: integritas"). */
export function selectText(t: Translate, rule: TrainingRule): string {
  const forms = rule.select.bentuk.map((b) => BENTUK_LABEL[b]).join(', ');
  const tags = rule.select.tags.length ? t('train.rules.tagsList', { tags: rule.select.tags.join(', ') }) : '';
  return [forms, tags].filter(Boolean).join('; ') + ` · ${t('train.rules.limitShort', { n: rule.limit })}`;
}
