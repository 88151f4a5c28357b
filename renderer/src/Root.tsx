import { Alert, Center, createTheme, Loader, MantineProvider, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { StrictMode, useEffect, useState } from 'react';
import type { HostApi } from '@shared/host/host-api';
import { createTranslator } from '@shared/i18n/translate';
import { App } from './App';
import { type AppDb, NewerDatabaseError, openDatabase } from './db/db';
import { DbProvider } from './db/db-context';
import { ensureInitialised } from './features/settings/settings.commands';
import { HostProvider } from './host/host-context';
import { I18nProvider, useI18n } from './i18n/i18n-context';
import { ErrorBoundary } from './ui/ErrorBoundary';

const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: '"Inter Variable", Inter, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  headings: { fontFamily: '"Inter Variable", Inter, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif' },
  focusRing: 'auto',
});

type Boot = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; code: 'db/open-failed' | 'db/newer-version' };

/** Opens the database and, on first start, loads the demo agency before the UI shows. */
function useBoot(db: AppDb): Boot {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    openDatabase(db)
      .then(() => ensureInitialised(db))
      .then(() => live && setBoot({ state: 'ready' }))
      .catch((err: unknown) => {
        console.error(err);
        const newer = err instanceof NewerDatabaseError;
        if (live) setBoot({ state: 'failed', code: newer ? 'db/newer-version' : 'db/open-failed' });
      });
    return () => {
      live = false;
    };
  }, [db]);
  return boot;
}

function Shell() {
  const { t } = useI18n();
  return (
    <ErrorBoundary t={t}>
      <App />
    </ErrorBoundary>
  );
}

export function Root({ db, host }: { db: AppDb; host: HostApi }) {
  const boot = useBoot(db);
  const t = createTranslator('id');
  return (
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="top-right" />
        {boot.state === 'loading' && (
          <Center h="100vh">
            <Stack align="center">
              <Loader />
              <Text>{t('app.loading')}</Text>
            </Stack>
          </Center>
        )}
        {boot.state === 'failed' && (
          <Center h="100vh" p="xl">
            <Alert color="red" title={t('error.title')} maw={600} role="alert">
              {t(`error.${boot.code}`)}
            </Alert>
          </Center>
        )}
        {boot.state === 'ready' && (
          <DbProvider db={db}>
            <HostProvider host={host}>
              <I18nProvider>
                <Shell />
              </I18nProvider>
            </HostProvider>
          </DbProvider>
        )}
      </MantineProvider>
    </StrictMode>
  );
}
