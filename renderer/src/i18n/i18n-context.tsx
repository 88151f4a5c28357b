import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from '@shared/schemas/entities';
import { createTranslator, type Translate } from '@shared/i18n/translate';
import { useDb } from '../db/db-context';

type I18n = { locale: Locale; t: Translate };

const I18nContext = createContext<I18n | null>(null);

/** The language lives in the settings table, so the choice is remembered across restarts. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const stored = useLiveQuery(async () => (await db.settings.get('app'))?.locale, [db], null);
  const locale: Locale = stored ?? 'id';
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** Indonesian dates as printed on documents: "31 Desember 2026" (domain.md §7). */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
