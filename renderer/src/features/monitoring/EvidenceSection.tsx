import { ActionIcon, Alert, Anchor, Button, Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconEye, IconLink, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatBytes } from '@shared/domain/monitoring-evidence';
import type { Evidence } from '@shared/schemas/monitoring';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { removeEvidence, type EvidenceTarget } from './evidence.commands';
import { attachEvidenceFile, saveEvidenceCopy } from './evidence-actions';
import { EvidenceLinkForm } from './EvidenceLinkForm';
import { EvidencePreview } from './EvidencePreview';
import { evidenceMaxBytes } from './monitoring-settings';
import { type Problem, problemText } from './monitoring-result';
import { notifyProblem } from './notify-problem';

function EvidenceItem({ item, readOnly, onPreview }: { item: Evidence; readOnly: boolean; onPreview: () => void }) {
  const db = useDb();
  const host = useHost();
  const { t, locale } = useI18n();
  const isImage = item.mime === 'image/png' || item.mime === 'image/jpeg';
  const download = async () => {
    const problem = await saveEvidenceCopy(db, host, item);
    if (problem) notifyProblem(t, locale, problem);
  };
  const remove = async () => {
    const r = await removeEvidence(db, item.id);
    if (!r.ok) notifyProblem(t, locale, r.problem);
  };
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="evidence-item">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        {item.kind === 'link' ? <IconLink size={16} aria-hidden /> : <IconPaperclip size={16} aria-hidden />}
        <Stack gap={0} style={{ minWidth: 0 }}>
          {item.kind === 'link' ? (
            <Anchor href={item.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
              {item.name}
            </Anchor>
          ) : (
            <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
              {item.name}
            </Text>
          )}
          {item.kind === 'file' && (
            <Text size="xs" c="dimmed">
              {formatBytes(item.size ?? 0, locale === 'id' ? ',' : '.')} · SHA-256{' '}
              <Tooltip label={item.sha256}>
                <Code title={item.sha256} data-testid="evidence-hash">
                  {item.sha256?.slice(0, 12)}
                </Code>
              </Tooltip>
            </Text>
          )}
        </Stack>
      </Group>
      <Group gap={4} wrap="nowrap">
        {isImage && (
          <ActionIcon variant="subtle" aria-label={t('monitor.evidence.preview', { name: item.name })} onClick={onPreview}>
            <IconEye size={16} />
          </ActionIcon>
        )}
        {item.kind === 'file' && (
          <ActionIcon variant="subtle" aria-label={t('monitor.evidence.download', { name: item.name })} onClick={() => void download()}>
            <IconDownload size={16} />
          </ActionIcon>
        )}
        {!readOnly && (
          <ActionIcon variant="subtle" color="red" aria-label={t('monitor.evidence.remove', { name: item.name })} onClick={() => void remove()}>
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
    </Group>
  );
}

/** Bukti dukung of one RHK in one period: files (kept with their SHA-256) and links. */
export function EvidenceSection({ target, items, readOnly }: { target: EvidenceTarget; items: Evidence[]; readOnly: boolean }) {
  const db = useDb();
  const host = useHost();
  const { t, locale } = useI18n();
  const settings = useLiveQuery(() => db.settings.get('app'), [db]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Evidence | null>(null);
  const limit = evidenceMaxBytes(settings);
  const attach = async () => {
    setBusy(true);
    try {
      const outcome = await attachEvidenceFile(db, host, target, limit, t('monitor.evidence.filter'));
      setProblem(outcome.kind === 'refused' ? outcome.problem : null);
      if (outcome.kind === 'saved') notifySuccess(t('monitor.evidence.attached', { name: outcome.fileName }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('monitor.evidence.title')}
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('monitor.evidence.none')}
        </Text>
      )}
      {items.map((item) => (
        <EvidenceItem key={item.id} item={item} readOnly={readOnly} onPreview={() => setPreview(item)} />
      ))}
      {problem && (
        <Alert color="red" role="alert" title={t('monitor.evidence.refused')} withCloseButton closeButtonLabel={t('monitor.close')} onClose={() => setProblem(null)}>
          {problemText(t, locale, problem)}
        </Alert>
      )}
      {!readOnly && (
        <Group align="flex-start" gap="sm">
          <Button variant="light" leftSection={<IconPaperclip size={16} />} loading={busy} onClick={() => void attach()}>
            {t('monitor.evidence.attach')}
          </Button>
          <EvidenceLinkForm target={target} />
        </Group>
      )}
      {!readOnly && (
        <Text size="xs" c="dimmed">
          {t('monitor.evidence.rules', { limit: formatBytes(limit, locale === 'id' ? ',' : '.') })}
        </Text>
      )}
      {preview && <EvidencePreview item={preview} onClose={() => setPreview(null)} />}
    </Stack>
  );
}
