import { Image, Loader, Modal, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Evidence } from '@shared/schemas/monitoring';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';

/**
 * Shows an image evidence from its stored bytes through a blob: URL (allowed by the CSP's img-src).
 * PDFs are opened with the download button: the CSP does not allow blob: frames or objects.
 */
export function EvidencePreview({ item, onClose }: { item: Evidence; onClose: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    void db.evidenceBlobs.get(item.id).then((row) => {
      if (!live) return;
      if (!row) return setMissing(true);
      objectUrl = URL.createObjectURL(row.data.type ? row.data : new Blob([row.data], { type: item.mime ?? '' }));
      setUrl(objectUrl);
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [db, item.id, item.mime]);
  return (
    <Modal opened onClose={onClose} title={t('monitor.evidence.previewTitle', { name: item.name })} size="xl" closeButtonProps={{ 'aria-label': t('monitor.close') }}>
      {missing && <Text c="red">{t('monitor.error.evidence-missing')}</Text>}
      {!missing && !url && <Loader aria-label={t('app.loading')} />}
      {url && <Image src={url} alt={item.name} fit="contain" mah="70vh" />}
    </Modal>
  );
}
