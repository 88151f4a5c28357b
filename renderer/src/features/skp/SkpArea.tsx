import { Stack, Tabs, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from '../access';
import { SkpMonitoring } from '../monitoring/SkpMonitoring';
import { TeamPanel } from '../monitoring/TeamPanel';
import { TrendPanel } from '../monitoring/TrendPanel';
import { YearSetupPanel } from '../monitoring/YearSetupPanel';
import { SkpEditorPage } from './SkpEditorPage';
import { SkpListPanel } from './SkpListPanel';

/**
 * The SKP area: `#/skp` lists SKPs, the supervisor's team and the year's periods;
 * `#/skp/<skpId>` opens one SKP (planning) with its in-year monitoring below it.
 */
export function SkpArea({ param, rest }: { param: string | null; rest: string[] }) {
  const { t } = useI18n();
  const access = useAccess();
  if (param) return <SkpEditorPage skpId={param} section={rest[0] ?? null} monitoring={(skp) => <SkpMonitoring skp={skp} />} />;
  return (
    <Stack>
      <Title order={2}>{t('nav.skp')}</Title>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="list">{t('skp.tab.list')}</Tabs.Tab>
          <Tabs.Tab value="team">{t('skp.tab.team')}</Tabs.Tab>
          <Tabs.Tab value="trend">{t('skp.tab.trend')}</Tabs.Tab>
          {access.canView('skp-years') && <Tabs.Tab value="years">{t('skp.tab.years')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <SkpListPanel />
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <TeamPanel />
        </Tabs.Panel>
        <Tabs.Panel value="trend" pt="md">
          <TrendPanel />
        </Tabs.Panel>
        <Tabs.Panel value="years" pt="md">
          <YearSetupPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
