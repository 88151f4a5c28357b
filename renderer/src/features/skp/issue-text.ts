import type { SkpIssue } from '@shared/domain';
import { rhkIndexesOf } from '@shared/domain/skp-plan';
import type { MessageKey, Translate } from '@shared/i18n/translate';
import { isMessageKey } from '@shared/i18n/translate';
import type { Skp } from '@shared/schemas/skp';

/**
 * A submit problem in the UI language, naming the RHK as the form numbers it (per group:
 * "RHK Utama 1", "RHK Tambahan 1") rather than by its position in the whole list. Codes this
 * file does not know keep the domain's own message.
 */
export function issueText(t: Translate, issue: SkpIssue, skp: Skp): string {
  const [head, rhkAt, , ikiAt, field] = issue.path.split('.');
  const rhk = head === 'rhk' && rhkAt !== undefined ? skp.rhk[Number(rhkAt)] : undefined;
  const params: Record<string, string | number> = {};
  if (rhk) {
    const n = rhkIndexesOf(skp.rhk, rhk.kind).indexOf(Number(rhkAt)) + 1;
    params['rhk'] = t('skpPlan.rhk.name', { kind: t(`skpPlan.rhk.kind.${rhk.kind}`), n });
    if (ikiAt !== undefined) params['iki'] = t('skpPlan.iki.label', { n: Number(ikiAt) + 1 });
  }
  if (head === 'lampiran' && rhkAt) params['list'] = isMessageKey(`skpPlan.lampiran.${rhkAt}`) ? t(`skpPlan.lampiran.${rhkAt}` as MessageKey) : rhkAt;
  let key = `skpPlan.issue.${issue.code}`;
  if (issue.code === 'skp/target-missing' && field === 'target' && rhk) {
    key += `.${rhk.iki[Number(ikiAt)]?.target.kind ?? 'kuantitatif'}`;
  }
  return isMessageKey(key) ? t(key, params) : issue.message;
}
