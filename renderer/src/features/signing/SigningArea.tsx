import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { CertificatePanel } from './CertificatePanel';
import { SignatureRecordsTable } from './SignatureRecordsTable';
import { SignFilePanel } from './SignFilePanel';
import { VerifyPanel } from './VerifyPanel';

export const SIGNING_TABS = ['sertifikat', 'verifikasi', 'riwayat'] as const;
export type SigningTab = (typeof SIGNING_TABS)[number];

const isTab = (value: string | null | undefined): value is SigningTab => (SIGNING_TABS as readonly string[]).includes(value ?? '');

/**
 * Electronic signatures (domain.md §8): the signer's certificate and signing a PDF, verifying any
 * PDF, and the record of every signature. `tab`/`onTabChange` let a route own the tab
 * (e.g. #/dokumen/tanda-tangan/verifikasi); without them the area keeps its own.
 */
export function SigningArea({ tab, onTabChange }: { tab?: string | null; onTabChange?: (tab: SigningTab) => void }) {
  const { t } = useI18n();
  const [own, setOwn] = useState<SigningTab>('sertifikat');
  const current = isTab(tab) ? tab : own;
  const change = (value: string | null) => {
    if (!isTab(value)) return;
    setOwn(value);
    onTabChange?.(value);
  };
  return (
    <Stack maw={1100}>
      <Title order={2}>{t('sign.area.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('sign.area.intro')}
      </Text>
      <Tabs value={current} onChange={change} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sertifikat">{t('sign.tab.sign')}</Tabs.Tab>
          <Tabs.Tab value="verifikasi">{t('sign.tab.verify')}</Tabs.Tab>
          <Tabs.Tab value="riwayat">{t('sign.tab.records')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sertifikat" pt="md">
          <Stack>
            <CertificatePanel />
            <SignFilePanel />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="verifikasi" pt="md">
          <VerifyPanel />
        </Tabs.Panel>
        <Tabs.Panel value="riwayat" pt="md">
          <SignatureRecordsTable />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
