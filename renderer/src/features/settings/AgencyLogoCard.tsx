import { Alert, Box, Button, Card, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { type AgencyLogo, logoProblemText } from '@shared/schemas/agency-logo';
import type { Settings } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { setAgencyLogo } from './settings.commands';

/**
 * Files up to this size are read so that the logo check can say how large the file is; larger
 * ones are refused by the host before they are read (still with the logo's own message).
 */
const PICK_LIMIT_BYTES = 8 * 1024 * 1024;
const EXTENSIONS = ['png', 'jpg', 'jpeg'];
/** About 1.8 cm on a 96 dpi screen: the preview shows the logo at the height it is printed. */
const PREVIEW_HEIGHT = 68;

function useObjectUrl(logo: AgencyLogo | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!logo) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(new Blob([logo.data as Uint8Array<ArrayBuffer>], { type: logo.mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [logo]);
  return url;
}

/** The document header as it will print: logo at the left, the agency name centred. */
function HeaderPreview({ logo, url, agencyName }: { logo: AgencyLogo; url: string; agencyName: string }) {
  const { t } = useI18n();
  const width = Math.round((PREVIEW_HEIGHT * logo.width) / logo.height);
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="logo-preview">
      <Group wrap="nowrap" gap="sm">
        <Image src={url} alt={t('settings.logo.preview')} h={PREVIEW_HEIGHT} w={width} fit="contain" />
        <Text fw={700} ta="center" style={{ flex: 1 }}>
          {agencyName.toUpperCase()}
        </Text>
        <Box w={width} />
      </Group>
    </Paper>
  );
}

/** Settings → Logo instansi: choose a PNG/JPEG (checked by its bytes), see it as printed, remove it. */
export function AgencyLogoCard({ settings }: { settings: Settings }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const titleId = useId();
  const helpId = useId();
  const [refusal, setRefusal] = useState<string | null>(null);
  const logo = settings.logo;
  const url = useObjectUrl(logo);

  const choose = async () => {
    const file = await host.call('file:open', { filters: [{ name: t('settings.logo.filter'), extensions: EXTENSIONS }], maxBytes: PICK_LIMIT_BYTES });
    if (!file.ok) {
      if (file.error.code === 'file/too-large') setRefusal(t('settings.logo.refused', { reason: t('settings.logo.problem.host-too-large') }));
      else notifyFailure(t, file.error.code);
      return;
    }
    if (!file.value.opened) return;
    const result = await setAgencyLogo(db, { fileName: file.value.fileName, data: file.value.data });
    if (!result.ok) {
      setRefusal(t('settings.logo.refused', { reason: result.problem ? logoProblemText(t, result.problem) : t('settings.logo.problem.unknown') }));
      return;
    }
    setRefusal(null);
    notifySuccess(t('settings.logo.saved'));
  };
  const remove = async () => {
    await setAgencyLogo(db, null);
    setRefusal(null);
    notifySuccess(t('settings.logo.removed'));
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="xs" id={titleId}>
        {t('settings.logo')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" id={helpId}>
          {t('settings.logo.help')}
        </Text>
        {logo && url ? (
          <>
            <HeaderPreview logo={logo} url={url} agencyName={settings.agencyName} />
            <Text size="sm" c="dimmed" data-testid="logo-info">
              {t('settings.logo.info', { fileName: logo.fileName, format: logo.mime === 'image/png' ? 'PNG' : 'JPEG', width: logo.width, height: logo.height, kb: Math.max(1, Math.round(logo.data.length / 1024)) })}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('settings.logo.none')}
          </Text>
        )}
        {refusal && (
          <Alert color="red" variant="light" data-testid="logo-refusal">
            {refusal}
          </Alert>
        )}
        <Group>
          <Button variant="light" leftSection={<IconPhotoUp size={16} />} aria-describedby={helpId} onClick={() => void choose()}>
            {t(logo ? 'settings.logo.replace' : 'settings.logo.choose')}
          </Button>
          {logo && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove()}>
              {t('settings.logo.remove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
