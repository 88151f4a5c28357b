import { notifications } from '@mantine/notifications';
import type { Translate } from '@shared/i18n/translate';
import type { SkpFailure } from './skp.commands';

/** The one place an SKP command's refusal becomes words (architecture.md, errors in three lanes). */
export function failureText(t: Translate, failure: SkpFailure): string {
  const params: Record<string, string | number> = { ...failure.params };
  if (typeof params['status'] === 'string') params['status'] = t(`skpPlan.status.${params['status'] as 'draft'}`);
  return t(`skpPlan.error.${failure.code}`, params);
}

export function notifySkpFailure(t: Translate, failure: SkpFailure): void {
  notifications.show({ color: 'red', title: t('error.notifyTitle'), message: failureText(t, failure), autoClose: 8000 });
}
