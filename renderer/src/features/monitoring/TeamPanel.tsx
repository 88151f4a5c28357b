import { Alert, Button, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { defaultPeriod } from '@shared/domain/monitoring-period';
import { fullName } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { useAccess } from '../access';
import { notifySuccess } from '../../ui/notify';
import { useYears } from './monitoring.queries';
import { setDeskEmployee } from './monitoring-settings';
import { todayLocal } from './period-labels';
import { useTeam } from './team.queries';
import { TeamTable } from './TeamTable';

/** Tab "Tim saya": a supervisor's subordinates and their progress in a period, without waiting for the year's end. */
export function TeamPanel() {
  const db = useDb();
  const { t } = useI18n();
  const today = todayLocal();
  const settings = useLiveQuery(() => db.settings.get('app'), [db], null);
  const years = useYears(db);
  const [supervisorPick, setSupervisor] = useState<string | null>(null);
  const [yearPick, setYear] = useState<number | null>(null);
  const [periodPick, setPeriod] = useState<string | null>(null);
  const { lockedSupervisorId } = useAccess();
  const supervisorId = lockedSupervisorId ?? supervisorPick ?? settings?.deskEmployeeId ?? null;
  const thisYear = Number(today.slice(0, 4));
  const year = years?.find((y) => y.year === yearPick) ?? years?.find((y) => y.year === thisYear) ?? years?.[0] ?? null;
  const period = year?.periods.find((p) => p.id === periodPick) ?? (year ? defaultPeriod(year.periods, today) : null);
  const team = useTeam(db, { supervisorId, year: year?.year ?? null, periodId: period?.id ?? null, today });
  if (years === null || settings === null || team === null) return <Loader aria-label={t('app.loading')} />;
  const makeDesk = async () => {
    if (!supervisorId) return;
    await setDeskEmployee(db, supervisorId);
    notifySuccess(t('monitor.team.deskSet'));
  };
  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Select label={t('monitor.team.supervisor')} placeholder={t('monitor.team.supervisorPlaceholder')} searchable w={360} value={supervisorId} onChange={setSupervisor} disabled={lockedSupervisorId !== null} data={team.supervisors.map((e) => ({ value: e.id, label: fullName(e) }))} nothingFoundMessage={t('monitor.team.noSupervisor')} />
        {supervisorId && supervisorId !== settings?.deskEmployeeId && (
          <Button variant="default" leftSection={<IconUserCheck size={16} />} onClick={() => void makeDesk()}>
            {t('monitor.team.makeDesk')}
          </Button>
        )}
        <Select label={t('monitor.team.year')} w={120} allowDeselect={false} value={year ? String(year.year) : null} onChange={(y) => { setYear(y ? Number(y) : null); setPeriod(null); }} data={years.map((y) => String(y.year))} />
        <Select label={t('monitor.period')} w={260} allowDeselect={false} value={period?.id ?? null} onChange={setPeriod} data={(year?.periods ?? []).map((p) => ({ value: p.id, label: p.status === 'closed' ? `${p.label} · ${t('monitor.period.closed')}` : p.label }))} />
      </Group>
      {supervisorId && supervisorId === settings?.deskEmployeeId && (
        <Text size="sm" c="dimmed">
          {t('monitor.team.isDesk')}
        </Text>
      )}
      {!year && <Alert color="yellow">{t('monitor.team.noYear')}</Alert>}
      {year && !supervisorId && <Alert color="gray">{t('monitor.team.pickSupervisor')}</Alert>}
      {year && supervisorId && team.rows.length === 0 && <Alert color="gray">{t('monitor.team.empty')}</Alert>}
      {year && supervisorId && team.rows.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {t('monitor.team.summary', { count: team.rows.length, overdue: team.rows.filter((r) => r.overdue.length > 0).length })}
          </Text>
          <TeamTable rows={team.rows} periodLabel={period?.label ?? ''} />
        </>
      )}
    </Stack>
  );
}
