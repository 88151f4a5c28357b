import { Button } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import type { SignaturePlacement, SignerRole } from '@shared/signing';
import type { SignedDocumentMeta } from '@shared/schemas/signing';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { PDF_FILTERS } from './sign-file';
import { type SignOutcome, signDocument } from './signing.commands';
import { useSigningStatus } from './signing.queries';

/** A rendered document ready to sign, as the Dokumen area produces it. */
export type DocumentToSign = {
  bytes: Uint8Array;
  documentId: string;
  /** The signer's box from shared/documents' signatureBoxes. */
  placement: SignaturePlacement;
  document: SignedDocumentMeta;
};

type Props = {
  role: SignerRole;
  signer: { name: string; nip: string };
  /** Renders (or fetches) the document only when the user clicks. */
  getDocument: () => Promise<DocumentToSign>;
  onSigned?: (outcome: Extract<SignOutcome, { ok: true }>) => void;
  /** Offer the signed PDF through the save dialog / a download right away (default true). */
  saveAfter?: boolean;
};

/** "Tandatangani sebagai …": signs with the loaded certificate, records it, and offers the file. */
export function SignDocumentButton({ role, signer, getDocument, onSigned, saveAfter = true }: Props) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const status = useSigningStatus();
  const [busy, setBusy] = useState(false);
  const sign = async () => {
    if (!status?.loaded) return notifyFailure(t, 'signing/no-certificate');
    setBusy(true);
    try {
      const doc = await getDocument();
      const outcome = await signDocument(db, host, doc.bytes, { documentId: doc.documentId, role, signer, placement: doc.placement, document: doc.document });
      if (!outcome.ok) return notifyFailure(t, outcome.code);
      notifySuccess(t('sign.file.done', { role: t(`sign.role.${role}`) }));
      onSigned?.(outcome);
      if (saveAfter) await host.call('file:save', { suggestedName: outcome.signedDocument.fileName, filters: PDF_FILTERS, data: outcome.pdf as Uint8Array<ArrayBuffer> });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button leftSection={<IconSignature size={16} />} onClick={() => void sign()} loading={busy} disabled={status === null}>
      {t('sign.file.sign', { role: t(`sign.role.${role}`) })}
    </Button>
  );
}
