import { Alert, Button, Card, Checkbox, Group, PasswordInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { MIN_PASSWORD_LENGTH } from '@shared/backup/envelope';
import { EXCHANGE_EXTENSION } from '@shared/backup/format';
import type { BackupProblem } from '@shared/backup/problems';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { saveFile, useAppVersion } from './backup-ui';
import { exportExchange } from './exchange.commands';
import { ProblemList } from './ProblemList';

export const EXCHANGE_FILTER = { name: 'Paket pertukaran Peka', extensions: [EXCHANGE_EXTENSION] };

/** The appraisers who have evaluations, and the periods: the choices for a package. */
function useChoices() {
  const db = useDb();
  return useLiveQuery(
    async () => {
      const [evaluations, periods, settings] = await Promise.all([db.evaluations.toArray(), db.periods.orderBy('id').toArray(), db.settings.get('app')]);
      const appraisers = new Map<string, string>();
      for (const e of evaluations) if (e.penilai) appraisers.set(e.penilai.employeeId, e.penilai.name);
      return {
        appraisers: [...appraisers].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'id')),
        periods: periods.map((p) => ({ value: p.id, label: `${p.label} ${p.year}` })),
        mine: settings?.deskEmployeeId ?? null,
      };
    },
    [db],
    null,
  );
}

/** Settings card at a supervisor's desk: the package of their team's evaluations for one period. */
export function ExchangeExportCard() {
  const titleId = useId();
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const version = useAppVersion();
  const choices = useChoices();
  const [supervisor, setSupervisor] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<BackupProblem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = supervisor ?? (choices?.appraisers.some((a) => a.value === choices.mine) ? choices.mine : null);

  const create = async () => {
    if (!chosen || !period || !version) return;
    setBusy(true);
    try {
      const result = await exportExchange(db, { supervisorId: chosen, periodId: period, appVersion: version, password: encrypt ? password : undefined });
      setProblems(result.ok ? null : result.problems);
      if (!result.ok) return;
      const count = Object.values(result.value.manifest.tables).reduce((n, c) => n + c, 0);
      const saved = await saveFile(host, result.value.fileName, EXCHANGE_FILTER, result.value.bytes);
      if ('saved' in saved && saved.saved) notifySuccess(t('backup.exchange.saved', { file: saved.saved, count }));
      else if ('error' in saved) notifyFailure(t, saved.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="xs" id={titleId}>
        {t('backup.exchange.exportTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('backup.exchange.exportBody')}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('backup.exchange.supervisor')} data={choices?.appraisers ?? []} value={chosen} onChange={setSupervisor} searchable />
          <Select label={t('backup.exchange.period')} data={choices?.periods ?? []} value={period} onChange={setPeriod} />
        </SimpleGrid>
        <Checkbox label={t('backup.encrypt')} checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />
        {encrypt && <PasswordInput label={t('backup.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} maw={360} autoComplete="new-password" />}
        {encrypt && password.length > 0 && password.length < MIN_PASSWORD_LENGTH && <Alert color="red">{t('backup.error.weak-password', { min: MIN_PASSWORD_LENGTH })}</Alert>}
        {problems && <ProblemList problems={problems} />}
        <Group>
          <Button onClick={() => void create()} loading={busy} disabled={!chosen || !period || !version || (encrypt && password.length < MIN_PASSWORD_LENGTH)}>
            {t('backup.exchange.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
