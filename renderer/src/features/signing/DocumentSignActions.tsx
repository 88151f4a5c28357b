import { Alert, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SignaturePlacement, SignerRole } from '@shared/signing';
import type { SignatureBoxes } from '@shared/schemas/signing';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { PrintPdfButton } from '../../ui/PrintPdfButton';
import { DEFAULT_PLACEMENT } from './sign-file';
import { type DocumentToSign, SignDocumentButton } from './SignDocumentButton';
import { signedFileName } from './signing.commands';
import { useSigningStatus } from './signing.queries';

type Box = SignaturePlacement & { role: SignerRole };

/** The part of the Dokumen area's rendered view this needs (features/documents RenderedView fits it). */
export type RenderedDocumentLike = { fileName: string; rendered: { documentId: string; draft: boolean } };

type Props = {
  view: RenderedDocumentLike;
  kind: string;
  employeeId?: string;
  periodId?: string;
  /** Renders the same document for signing (documents' renderDocument(job, { forSigning: true })). */
  renderForSigning: () => Promise<{ bytes: Uint8Array; boxes: readonly Box[] }>;
  /** Who should sign in each role; the loaded certificate's name and NIP are used otherwise. */
  expected?: Partial<Record<SignerRole, { name: string; nip: string }>>;
};

const toBoxes = (boxes: readonly Box[]): SignatureBoxes =>
  Object.fromEntries(boxes.map(({ role, page, x, y, width, height }) => [role, { page, x, y, width, height }]));

/**
 * "Tandatangani" under a rendered appraisal document: the Pegawai signs a fresh rendering, then the
 * Penilai signs the Pegawai's signed file (an incremental update), in that order (domain.md §8).
 */
export function DocumentSignActions({ view, kind, employeeId, periodId, renderForSigning, expected }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const status = useSigningStatus();
  const documentId = view.rendered.documentId;
  const stored = useLiveQuery(() => db.signedDocuments.where('documentId').equals(documentId).reverse().sortBy('updatedAt').then((d) => d[0] ?? null), [db, documentId], undefined);
  if (view.rendered.draft) return <Alert color="gray">{t('sign.doc.draft')}</Alert>;
  if (stored === undefined) return null;
  const signedBy = stored?.signedBy ?? [];
  const cert = status?.loaded ? status.certificate : null;
  const signerFor = (role: SignerRole) => expected?.[role] ?? { name: cert?.commonName ?? '', nip: cert?.nip ?? '' };
  const meta = { kind, fileName: signedFileName(view.fileName), ...(employeeId ? { employeeId } : {}), ...(periodId ? { periodId } : {}) };

  const fresh = async (): Promise<DocumentToSign> => {
    const { bytes, boxes } = await renderForSigning();
    const placement = boxes.find((b) => b.role === 'pegawai') ?? { ...DEFAULT_PLACEMENT.pegawai, role: 'pegawai' };
    return { bytes, documentId, placement, document: { ...meta, boxes: toBoxes(boxes) } };
  };
  const signedByPegawai = async (): Promise<DocumentToSign> => {
    if (!stored) throw new Error('no signed document');
    const bytes = new Uint8Array(await stored.data.arrayBuffer());
    return { bytes, documentId, placement: stored.boxes?.penilai ?? DEFAULT_PLACEMENT.penilai, document: { ...meta, fileName: stored.fileName } };
  };

  // The latest signed file as stored (domain.md §8), read only when it is printed.
  const printSigned = stored && (
    <PrintPdfButton variant="default" getPdf={async () => ({ fileName: stored.fileName, data: new Uint8Array(await stored.data.arrayBuffer()) })}>
      {t('sign.doc.print')}
    </PrintPdfButton>
  );
  if (signedBy.includes('penilai')) {
    return (
      <Group>
        <Text size="sm" c="teal">
          {t('sign.doc.complete')}
        </Text>
        {printSigned}
      </Group>
    );
  }
  return (
    <Group>
      {!signedBy.includes('pegawai') && <SignDocumentButton role="pegawai" signer={signerFor('pegawai')} getDocument={fresh} />}
      {signedBy.includes('pegawai') ? (
        <SignDocumentButton role="penilai" signer={signerFor('penilai')} getDocument={signedByPegawai} />
      ) : (
        <Text size="xs" c="dimmed">
          {t('sign.doc.pegawaiFirst')}
        </Text>
      )}
      {printSigned}
    </Group>
  );
}
