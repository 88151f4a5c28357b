import { ActionIcon, Drawer, List, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconHelp } from '@tabler/icons-react';
import type { MessageKey } from '@shared/i18n/translate';
import { useI18n } from '../../i18n/i18n-context';
import type { Route } from '../../ui/use-hash-route';

/** The in-app help: what the current area is for, how to use it, and the rule it follows. */
const HELP: Record<Route, { title: MessageKey; steps: MessageKey[]; rule?: MessageKey }> = {
  beranda: { title: 'help.beranda.title', steps: ['help.beranda.1', 'help.beranda.2', 'help.beranda.3'] },
  pegawai: { title: 'help.pegawai.title', steps: ['help.pegawai.1', 'help.pegawai.2', 'help.pegawai.3', 'help.pegawai.4'], rule: 'help.pegawai.rule' },
  skp: { title: 'help.skp.title', steps: ['help.skp.1', 'help.skp.2', 'help.skp.3', 'help.skp.4'], rule: 'help.skp.rule' },
  evaluasi: { title: 'help.evaluasi.title', steps: ['help.evaluasi.1', 'help.evaluasi.2', 'help.evaluasi.3', 'help.evaluasi.4'], rule: 'help.evaluasi.rule' },
  dokumen: { title: 'help.dokumen.title', steps: ['help.dokumen.1', 'help.dokumen.print', 'help.dokumen.2', 'help.dokumen.3'], rule: 'help.dokumen.rule' },
  pelatihan: { title: 'help.pelatihan.title', steps: ['help.pelatihan.1', 'help.pelatihan.2', 'help.pelatihan.3'], rule: 'help.pelatihan.rule' },
  pengaturan: { title: 'help.pengaturan.title', steps: ['help.pengaturan.1', 'help.pengaturan.logo', 'help.pengaturan.2', 'help.pengaturan.3'] },
};

export function HelpButton({ route }: { route: Route }) {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const help = HELP[route];
  return (
    <>
      <Tooltip label={t('help.open')}>
        <ActionIcon variant="subtle" size="lg" onClick={open} aria-label={t('help.open')}>
          <IconHelp size={22} />
        </ActionIcon>
      </Tooltip>
      <Drawer opened={opened} onClose={close} position="right" title={t('help.title')} size="md">
        <Stack>
          <Title order={2} size="h4">
            {t(help.title)}
          </Title>
          <List type="ordered" spacing="xs">
            {help.steps.map((k) => (
              <List.Item key={k}>{t(k)}</List.Item>
            ))}
          </List>
          {help.rule && (
            <Text size="sm" c="dimmed">
              {t(help.rule)}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('help.keyboard')}
          </Text>
        </Stack>
      </Drawer>
    </>
  );
}
