import { sha256Hex } from '@shared/crypto/sha256';
import type { HostApi } from '@shared/host/host-api';
import type { SignaturePlacement, SignerRole } from '@shared/signing';
import type { SignatureBoxes } from '@shared/schemas/signing';
import type { AppDb } from '../../db/db';
import { findSignedDocument } from './signing.commands';

export const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

/**
 * Where a signer's block goes on a PDF that did not come with boxes: the last page, above the
 * bottom margin, Pegawai on the left and Penilai on the right (the forms' own layout).
 */
export const DEFAULT_PLACEMENT: Record<SignerRole, SignaturePlacement> = {
  pegawai: { page: -1, x: 56, y: 72, width: 220, height: 52 },
  penilai: { page: -1, x: 320, y: 72, width: 220, height: 52 },
};

/** A PDF picked for signing: a document this database signed before, or a new file. */
export type OpenedPdf = {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  documentId: string;
  kind: string;
  employeeId?: string;
  periodId?: string;
  boxes: SignatureBoxes;
  signedBy: SignerRole[];
  known: boolean;
};

/** Recognises a document signed here before (by its exact bytes) so the next signer signs it in place. */
export async function describePdf(db: AppDb, fileName: string, bytes: Uint8Array): Promise<OpenedPdf> {
  const sha256 = sha256Hex(bytes);
  const known = await findSignedDocument(db, sha256);
  if (known) {
    const { documentId, kind, employeeId, periodId, boxes, signedBy } = known;
    return { fileName, bytes, sha256, documentId, kind, boxes: boxes ?? {}, signedBy, known: true, ...(employeeId ? { employeeId } : {}), ...(periodId ? { periodId } : {}) };
  }
  return { fileName, bytes, sha256, documentId: `berkas-${sha256.slice(0, 16)}`, kind: 'berkas', boxes: {}, signedBy: [], known: false };
}

export async function openPdf(db: AppDb, host: HostApi): Promise<{ ok: true; pdf: OpenedPdf | null } | { ok: false; code: string }> {
  const result = await host.call('file:open', { filters: PDF_FILTERS });
  if (!result.ok) return { ok: false, code: result.error.code };
  if (!result.value.opened) return { ok: true, pdf: null };
  return { ok: true, pdf: await describePdf(db, result.value.fileName, result.value.data) };
}

export function placementFor(pdf: OpenedPdf, role: SignerRole): SignaturePlacement {
  return pdf.boxes[role] ?? DEFAULT_PLACEMENT[role];
}
