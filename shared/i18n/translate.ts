import type { Locale } from '../schemas/entities';
import { en } from './en';
import { id, type MessageKey } from './id';

export type { MessageKey } from './id';
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { id, en };

/** Fills {placeholders}; an unknown placeholder stays visible so a mistake shows in review. */
export function interpolate(text: string, params?: TranslateParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function createTranslator(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, params) => interpolate(dict[key], params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(id, key);
}
