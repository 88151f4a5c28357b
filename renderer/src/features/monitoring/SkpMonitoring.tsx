import { Alert, Anchor, Card, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { defaultPeriod, writeRefusal } from '@shared/domain/monitoring-period';
import type { Period, Skp } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { DialogSection } from './DialogSection';
import { useDialogs, usePeriodsOfYear, usePeriodWork } from './monitoring.queries';
import { todayLocal } from './period-labels';
import { PerilakuFeedback } from './PerilakuFeedback';
import { usePhraseLibrary } from './PhraseLibrary';
import { RhkMonitorCard } from './RhkMonitorCard';
import { useDraft } from './use-draft';

function PeriodBanner({ skp, period }: { skp: Skp; period: Period }) {
  const { t, locale } = useI18n();
  const refusal = writeRefusal(skp, period);
  if (!refusal) return null;
  const closed = refusal.code === 'monitor/period-closed';
  return (
    <Alert color={closed ? 'gray' : 'yellow'} icon={<IconLock />} title={t(closed ? 'monitor.banner.closedTitle' : 'monitor.banner.readOnlyTitle', { period: period.label })} data-testid="period-banner">
      {closed ? t('monitor.banner.closed', { start: formatDate(period.start, locale), end: formatDate(period.end, locale) }) : t('monitor.banner.notApproved')}
    </Alert>
  );
}

function PeriodWorkView({ skp, period }: { skp: Skp; period: Period }) {
  const db = useDb();
  const { t } = useI18n();
  const work = usePeriodWork(db, skp.id, period.id);
  const dialogs = useDialogs(db, skp.id);
  const phrases = usePhraseLibrary();
  const periods = usePeriodsOfYear(db, skp.year);
  if (!work || !dialogs || !phrases) return <Loader aria-label={t('app.loading')} />;
  const readOnly = writeRefusal(skp, period) !== null;
  const labelOf = (id: string) => periods?.find((p) => p.id === id)?.label ?? '-';
  return (
    <Stack gap="md">
      {skp.rhk.map((rhk, i) => (
        <RhkMonitorCard
          key={`${period.id}-${rhk.id}`}
          skpId={skp.id}
          periodId={period.id}
          rhk={rhk}
          number={i + 1}
          record={work.realisasi.get(rhk.id)}
          evidence={work.evidence.filter((e) => e.rhkId === rhk.id)}
          feedback={work.feedback.filter((f) => f.target.kind === 'rhk' && f.target.rhkId === rhk.id)}
          phrases={phrases}
          readOnly={readOnly}
        />
      ))}
      <Card withBorder component="section" aria-labelledby="perilaku-feedback">
        <Title order={4} id="perilaku-feedback" mb="xs">
          {t('monitor.perilaku.title')}
        </Title>
        <PerilakuFeedback skpId={skp.id} periodId={period.id} feedback={work.feedback} phrases={phrases} readOnly={readOnly} />
      </Card>
      <Card withBorder component="section" aria-labelledby="dialog-kinerja">
        <Title order={4} id="dialog-kinerja" mb="xs">
          {t('monitor.dialog.title')}
        </Title>
        <DialogSection skpId={skp.id} periodId={period.id} dialogs={dialogs} readOnly={readOnly} periodLabel={labelOf} />
      </Card>
    </Stack>
  );
}

/** In-year monitoring of an approved SKP, shown under it in the SKP editor: per period and per RHK. */
export function SkpMonitoring({ skp }: { skp: Skp }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const periods = usePeriodsOfYear(db, skp.year);
  const chosen = useDraft<string | null>(`period:${skp.id}`, null);
  if (periods === null) return <Loader aria-label={t('app.loading')} />;
  const period = periods.find((p) => p.id === chosen.value) ?? defaultPeriod(periods, todayLocal());
  return (
    <Stack gap="md" component="section" aria-labelledby="monitoring-title" data-testid="skp-monitoring">
      <Title order={3} id="monitoring-title">
        {t('monitor.title', { year: skp.year })}
      </Title>
      {!period ? (
        <Alert color="yellow" title={t('monitor.noYear.title', { year: skp.year })}>
          <Text size="sm">{t('monitor.noYear.body')}</Text>
          <Anchor href={hrefOf('skp')} size="sm">
            {t('monitor.noYear.link')}
          </Anchor>
        </Alert>
      ) : (
        <>
          <Select
            label={t('monitor.period')}
            w={480}
            maw="100%"
            allowDeselect={false}
            value={period.id}
            onChange={(id) => id && chosen.set(id)}
            data={periods.map((p) => ({
              value: p.id,
              label: `${p.label} (${formatDate(p.start, locale)} – ${formatDate(p.end, locale)})${p.status === 'closed' ? ` · ${t('monitor.period.closed')}` : ''}`,
            }))}
          />
          <PeriodBanner skp={skp} period={period} />
          <PeriodWorkView key={period.id} skp={skp} period={period} />
        </>
      )}
    </Stack>
  );
}
