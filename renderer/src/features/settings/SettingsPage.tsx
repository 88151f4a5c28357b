import { Button, Card, Group, Radio, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { HostOutput } from '@shared/host/contract';
import type { Locale, Settings } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { AccessSettingsCard, StorageCard } from '../access';
import { BackupSettings } from '../backup';
import { TrustedCertificatesCard } from '../signing';
import { AgencyLogoCard } from './AgencyLogoCard';
import { AuditCard } from './AuditCard';
import { CurveRoundingCard } from './CurveRoundingCard';
import { DemoReset } from './DemoReset';
import { setLocale, type SettingsInput, updateSettings } from './settings.commands';

function AgencyForm({ settings }: { settings: Settings }) {
  const db = useDb();
  const { t } = useI18n();
  const form = useForm<SettingsInput>({
    mode: 'controlled',
    initialValues: { agencyName: settings.agencyName, signingPlace: settings.signingPlace, paperSize: settings.paperSize },
  });
  const submit = form.onSubmit(async (values) => {
    const result = await updateSettings(db, values);
    if (result.ok) {
      form.resetDirty();
      notifySuccess(t('settings.saved'));
    } else {
      form.setErrors(Object.fromEntries(result.issues.map((i) => [i.path, i.message])));
    }
  });
  return (
    <Card withBorder radius="md" component="form" onSubmit={submit} noValidate>
      <Title order={3} size="h4" mb="sm">
        {t('settings.agency')}
      </Title>
      <Stack>
        <TextInput label={t('settings.agencyName')} description={t('settings.agencyName.help')} required {...form.getInputProps('agencyName')} />
        <TextInput label={t('settings.signingPlace')} description={t('settings.signingPlace.help')} required {...form.getInputProps('signingPlace')} />
        <Radio.Group label={t('settings.paperSize')} {...form.getInputProps('paperSize')}>
          <Group mt="xs">
            <Radio value="A4" label={t('settings.paper.A4')} />
            <Radio value="F4" label={t('settings.paper.F4')} />
          </Group>
        </Radio.Group>
        <Group>
          <Button type="submit">{t('settings.save')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

function LanguageCard({ locale }: { locale: Locale }) {
  const db = useDb();
  const { t } = useI18n();
  return (
    <Card withBorder radius="md">
      <Radio.Group label={<Title order={3} size="h4">{t('settings.language')}</Title>} description={t('settings.language.help')} value={locale} onChange={(v) => void setLocale(db, v as Locale)}>
        <Group mt="xs">
          <Radio value="id" label={t('lang.id')} />
          <Radio value="en" label={t('lang.en')} />
        </Group>
      </Radio.Group>
    </Card>
  );
}

function AboutCard() {
  const host = useHost();
  const { t } = useI18n();
  const [info, setInfo] = useState<HostOutput<'app:info'> | null>(null);
  useEffect(() => {
    void host.call('app:info', undefined).then((r) => r.ok && setInfo(r.value));
  }, [host]);
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h4" mb="xs">
        {t('settings.about')}
      </Title>
      <Text size="sm" data-testid="app-version">
        {info ? t('settings.about.version', { version: info.version, host: t(`settings.about.host.${info.host}`) }) : '…'}
      </Text>
      <Text size="sm" c="dimmed">
        {t('app.name')} — {t('app.tagline')} · {t('app.regulation')}
      </Text>
    </Card>
  );
}

export function SettingsPage() {
  const db = useDb();
  const { t, locale } = useI18n();
  const settings = useLiveQuery(() => db.settings.get('app'), [db], null);
  if (!settings) return <Skeleton h={300} aria-label={t('app.loading')} />;
  return (
    <Stack maw={760}>
      <Title order={2}>{t('settings.title')}</Title>
      <AgencyForm settings={settings} />
      <AgencyLogoCard settings={settings} />
      <LanguageCard locale={locale} />
      <CurveRoundingCard settings={settings} />
      <DemoReset loadedAt={settings.demoLoadedAt ? formatDate(settings.demoLoadedAt, locale) : null} />
      <AccessSettingsCard />
      <TrustedCertificatesCard />
      <StorageCard />
      <BackupSettings />
      <AuditCard />
      <AboutCard />
    </Stack>
  );
}
