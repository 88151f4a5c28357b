import { useState } from 'react';
import type { SignerRole } from '@shared/signing';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { sha256Hex } from '@shared/crypto/sha256';
import { type OpenedPdf, openPdf, placementFor, PDF_FILTERS } from './sign-file';
import { signDocument, signedFileName } from './signing.commands';
import { useSigningStatus } from './signing.queries';

const nextRole = (signedBy: SignerRole[]): SignerRole => (signedBy.includes('pegawai') && !signedBy.includes('penilai') ? 'penilai' : 'pegawai');

/** State and actions of the "sign a PDF file" panel: pick, sign (as either role, in turn), save. */
export function useSignFile() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const status = useSigningStatus();
  const [pdf, setPdf] = useState<OpenedPdf | null>(null);
  const [role, setRole] = useState<SignerRole>('pegawai');
  const [signer, setSigner] = useState({ name: '', nip: '' });
  const [busy, setBusy] = useState(false);
  const [signedNow, setSignedNow] = useState<SignerRole | null>(null);
  const certificate = status?.loaded ? status.certificate : null;

  const choose = async () => {
    const result = await openPdf(db, host);
    if (!result.ok) return notifyFailure(t, result.code);
    if (!result.pdf) return;
    setPdf(result.pdf);
    setRole(nextRole(result.pdf.signedBy));
    setSignedNow(null);
  };

  const sign = async () => {
    if (!pdf || !certificate) return;
    setBusy(true);
    try {
      const who = { name: signer.name.trim() || certificate.commonName, nip: signer.nip.trim() || certificate.nip };
      const meta = { kind: pdf.kind, fileName: signedFileName(pdf.fileName), boxes: pdf.boxes, ...(pdf.employeeId ? { employeeId: pdf.employeeId } : {}), ...(pdf.periodId ? { periodId: pdf.periodId } : {}) };
      const result = await signDocument(db, host, pdf.bytes, { documentId: pdf.documentId, role, signer: who, placement: placementFor(pdf, role), document: meta });
      if (!result.ok) return notifyFailure(t, result.code);
      const signedBy = result.signedDocument.signedBy;
      setPdf({ ...pdf, bytes: result.pdf, sha256: sha256Hex(result.pdf), fileName: meta.fileName, signedBy, known: true });
      setSignedNow(role);
      setRole(nextRole(signedBy));
      notifySuccess(t('sign.file.done', { role: t(`sign.role.${role}`) }));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!pdf) return;
    const result = await host.call('file:save', { suggestedName: pdf.fileName, filters: PDF_FILTERS, data: pdf.bytes as Uint8Array<ArrayBuffer> });
    if (!result.ok) notifyFailure(t, result.error.code);
    else if (result.value.saved) notifySuccess(t('sign.file.saved', { file: result.value.fileName }));
  };

  return { pdf, role, setRole, signer, setSigner, busy, signedNow, certificate, choose, sign, save };
}
