import { notifications } from '@mantine/notifications';
import type { Translate } from '@shared/i18n/translate';
import { isMessageKey } from '@shared/i18n/translate';

/** Expected failures arrive as codes (`file/too-large`); this is the one place that words them. */
export function notifyFailure(t: Translate, code: string, params?: Record<string, string>): void {
  const key = `error.${code}`;
  const message = isMessageKey(key) ? t(key, params) : t('error.host/internal');
  notifications.show({ color: 'red', title: t('error.notifyTitle'), message, autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
