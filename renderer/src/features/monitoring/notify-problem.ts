import { notifications } from '@mantine/notifications';
import type { Translate } from '@shared/i18n/translate';
import type { Locale } from '@shared/schemas/entities';
import { type Problem, problemText } from './monitoring-result';

/** Shows a refused command's reason as a notification (a problem with no field to sit next to). */
export function notifyProblem(t: Translate, locale: Locale, problem: Problem | undefined): void {
  const message = problem ? problemText(t, locale, problem) : t('error.host/internal');
  notifications.show({ color: 'red', title: t('monitor.notSaved'), message, autoClose: 10000 });
}
