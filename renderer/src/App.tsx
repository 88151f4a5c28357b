import { AppShell, Badge, Burger, Group, NavLink, SegmentedControl, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAward,
  IconBook2,
  IconChecklist,
  IconFileCertificate,
  IconHome,
  IconSettings,
  IconTargetArrow,
  IconUsers,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ComponentType } from 'react';
import iconUrl from '../../resources/icon.svg';
import type { MessageKey } from '@shared/i18n/translate';
import type { Locale } from '@shared/schemas/entities';
import { useDb } from './db/db-context';
import { RollingBackupRunner } from './features/backup';
import { AccessMenu, AccessProvider, AreaGuard, DeskNotice, RecordGuard, RouteGuard, useAccess } from './features/access';
import { EmployeeDetailPage } from './features/employees/EmployeeDetailPage';
import { CurveArea } from './features/curve/CurveArea';
import { DokumenRoute } from './features/documents/DokumenRoute';
import { EmployeesPage } from './features/employees/EmployeesPage';
import { EvaluationArea } from './features/evaluation/EvaluationArea';
import { HelpButton } from './features/help/HelpDrawer';
import { HomePage } from './features/home/HomePage';
import { setLocale } from './features/settings/settings.commands';
import { SettingsPage } from './features/settings/SettingsPage';
import { SkpArea } from './features/skp/SkpArea';
import { TrainingArea } from './features/training/TrainingArea';
import { useI18n } from './i18n/i18n-context';
import { type Route, useHashRoute } from './ui/use-hash-route';

type NavItem = { route: Route; label: MessageKey; icon: ComponentType<{ size?: number; stroke?: number }> };

const NAV: NavItem[] = [
  { route: 'beranda', label: 'nav.home', icon: IconHome },
  { route: 'pegawai', label: 'nav.employees', icon: IconUsers },
  { route: 'skp', label: 'nav.skp', icon: IconTargetArrow },
  { route: 'evaluasi', label: 'nav.evaluation', icon: IconChecklist },
  { route: 'dokumen', label: 'nav.documents', icon: IconFileCertificate },
  { route: 'pelatihan', label: 'nav.training', icon: IconBook2 },
  { route: 'pengaturan', label: 'nav.settings', icon: IconSettings },
];

function Page({ route, param, rest }: { route: Route; param: string | null; rest: string[] }) {
  switch (route) {
    case 'beranda':
      return <HomePage />;
    case 'pegawai':
      return param ? <EmployeeDetailPage employeeId={param} /> : <EmployeesPage />;
    case 'pengaturan':
      return <SettingsPage />;
    case 'skp':
      return param ? <RecordGuard kind="skp" id={param}><SkpArea param={param} rest={rest} /></RecordGuard> : <SkpArea param={param} rest={rest} />;
    case 'evaluasi':
      if (param === 'kurva') return <AreaGuard area="curve"><CurveArea /></AreaGuard>;
      return param ? <RecordGuard kind="evaluation" id={param}><EvaluationArea param={param} rest={rest} /></RecordGuard> : <EvaluationArea param={param} rest={rest} />;
    case 'dokumen':
      return <DokumenRoute param={param} rest={rest} />;
    case 'pelatihan':
      return <TrainingArea param={param} rest={rest} />;
  }
}

/** The desk profile and app lock wrap the whole shell: while locked, none of it renders. */
export function App() {
  return (
    <AccessProvider>
      <Shell />
    </AccessProvider>
  );
}

function Shell() {
  const db = useDb();
  const access = useAccess();
  const { t, locale } = useI18n();
  const [{ route, param, rest }, navigate] = useHashRoute();
  const [opened, { toggle, close }] = useDisclosure();
  const settings = useLiveQuery(() => db.settings.get('app'), [db], null);

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <img src={iconUrl} alt="" width={34} height={34} />
            <div>
              <Title order={1} size="h4" lh={1.1}>
                {t('app.name')} <VisuallyHidden>—</VisuallyHidden>
                <Text span size="sm" c="dimmed" fw={500}>
                  {t('app.tagline')}
                </Text>
              </Title>
              <Text size="xs" c="dimmed" data-testid="agency-name">
                {settings?.agencyName ?? ''}
              </Text>
            </div>
            {settings?.demoLoadedAt && (
              <Badge variant="light" color="orange" visibleFrom="md">
                {t('app.demoBadge')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
          <AccessMenu />
          <HelpButton route={route} />
          <SegmentedControl
            aria-label={t('lang.label')}
            size="xs"
            value={locale}
            onChange={(v) => void setLocale(db, v as Locale)}
            data={[
              { value: 'id', label: 'ID' },
              { value: 'en', label: 'EN' },
            ]}
          />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')}>
        {NAV.filter((item) => access.canSeeRoute(item.route)).map((item) => (
          <NavLink
            key={item.route}
            href={`#/${item.route}`}
            label={t(item.label)}
            leftSection={<item.icon size={20} stroke={1.6} />}
            active={route === item.route}
            aria-current={route === item.route ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(item.route);
              close();
            }}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" px="sm">
          <IconAward size={12} /> {t('app.regulation')}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <RollingBackupRunner />
        <RouteGuard route={route}>
          {route === 'beranda' && <DeskNotice />}
          <Page route={route} param={param} rest={rest} />
        </RouteGuard>
      </AppShell.Main>
    </AppShell>
  );
}
