import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { IconLockAccess } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import type { AccessArea } from '@shared/domain/access';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from './access-context';
import { ROLE_LABEL } from './access-text';

/** Shown instead of a page this desk profile may not open (a typed URL or an old bookmark). */
export function NoAccess() {
  const { t } = useI18n();
  const { role } = useAccess();
  return (
    <Stack maw={640}>
      <Alert color="gray" icon={<IconLockAccess />} title={t('access.denied.title')} data-testid="no-access">
        {t('access.denied.body', { role: t(ROLE_LABEL[role]) })}{' '}
        <Anchor href="#/beranda">{t('access.denied.home')}</Anchor>
      </Alert>
    </Stack>
  );
}

/** A top-level route (`#/pengaturan`): rendered only when the desk's role may see it. */
export function RouteGuard({ route, children }: { route: string; children: ReactNode }) {
  const access = useAccess();
  return access.canSeeRoute(route) ? children : <NoAccess />;
}

/** An area inside a route (the distribution curve inside Evaluasi). */
export function AreaGuard({ area, children }: { area: AccessArea; children: ReactNode }) {
  const access = useAccess();
  return access.canView(area) ? children : <NoAccess />;
}

/**
 * One SKP or evaluation opened by id: a Pejabat Penilai sees it only when it is their own or names
 * them as penilai. A record not found is left to the page, which says so itself.
 */
export function RecordGuard({ kind, id, children }: { kind: 'skp' | 'evaluation'; id: string; children: ReactNode }) {
  const db = useDb();
  const { t } = useI18n();
  const access = useAccess();
  const team = access.lockedSupervisorId !== null;
  const record = useLiveQuery(
    async () => {
      if (!team) return undefined;
      return kind === 'skp' ? db.skps.get(id) : db.evaluations.get(id);
    },
    [db, kind, id, team],
    null,
  );
  if (!team) return children;
  if (record === null) return <Loader aria-label={t('app.loading')} />;
  if (record && !access.canSeeRecord(record)) return <NoAccess />;
  return children;
}
