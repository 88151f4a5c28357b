import { notifications } from '@mantine/notifications';
import type { Translate } from '@shared/i18n/translate';
import { isMessageKey } from '@shared/i18n/translate';

/** Expected failures arrive as codes (`file/too-large`); this is the one place that words them. */
export function failureMessage(t: Translate, code: string, params?: Record<string, string>): string {
  const key = `error.${code}`;
  return isMessageKey(key) ? t(key, params) : t('error.host/internal');
}

export function notifyFailure(t: Translate, code: string, params?: Record<string, string>): void {
  notifications.show({ color: 'red', title: t('error.notifyTitle'), message: failureMessage(t, code, params), autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
