import { Alert, Button, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { ExchangeManifest } from '@shared/backup/format';
import { useI18n } from '../../i18n/i18n-context';
import type { DeskStatus } from './exchange-import.commands';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** Who made the package, where and when, and whether HR trusts that desk: shown before importing. */
export function PackageSummary({ manifest, desk, onRegister }: { manifest: ExchangeManifest; desk: DeskStatus; onRegister: (label: string) => void }) {
  const { t, locale } = useI18n();
  const [label, setLabel] = useState(manifest.createdBy?.name ?? manifest.scope.supervisor.name);
  const madeBy = manifest.createdBy ? `${manifest.createdBy.name}${manifest.createdBy.nip ? ` (NIP ${manifest.createdBy.nip})` : ''}` : t('backup.exchange.unknownPerson');
  const at = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(manifest.createdAt));
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md" data-testid="package-summary">
        <Fact label={t('backup.exchange.from')}>{desk.known ? `${desk.known.label} (${manifest.deskId})` : manifest.deskId}</Fact>
        <Fact label={t('backup.exchange.madeBy')}>{madeBy}</Fact>
        <Fact label={t('backup.exchange.madeAt')}>{at}</Fact>
        <Fact label={t('backup.exchange.scope')}>{`${manifest.scope.supervisor.name} · ${manifest.scope.periodLabel}`}</Fact>
        <Fact label={t('backup.exchange.agency')}>{`${manifest.agencyName} · Peka ${manifest.appVersion}`}</Fact>
      </SimpleGrid>
      {desk.known && (
        <Alert color="teal" mt="sm" role="status">
          {t('backup.exchange.known', { label: desk.known.label })}
        </Alert>
      )}
      {!desk.known && desk.own && (
        <Alert color="blue" mt="sm" role="status">
          {t('backup.exchange.own')}
        </Alert>
      )}
      {!desk.known && !desk.own && (
        <Alert color="yellow" mt="sm" title={t('backup.exchange.unknown')} role="alert">
          <Text size="sm">{t('backup.exchange.unknownBody', { deskId: manifest.deskId })}</Text>
          <Group mt="xs" align="end">
            <TextInput label={t('backup.exchange.deskLabel')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} w={320} />
            <Button variant="light" onClick={() => onRegister(label)} disabled={label.trim().length === 0}>
              {t('backup.exchange.register')}
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
