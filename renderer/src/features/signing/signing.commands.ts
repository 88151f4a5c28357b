import type { HostApi } from '@shared/host/host-api';
import { SignerSchema } from '@shared/host/signing-contract';
import type { SignaturePlacement, SignatureRecord, SignerRole, ZonaWaktu } from '@shared/signing';
import { ROLE_LABEL } from '@shared/signing/format';
import { type SignatureRecordRow, SignatureRecordRowSchema, type SignedDocumentMeta, SignedDocumentMetaSchema, SignedDocumentSchema } from '@shared/schemas/signing';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb, SignedDocumentRow } from '../../db/db';

/** What the Dokumen area hands over to sign a rendered document (its bytes come separately). */
export type SignRequest = {
  documentId: string;
  role: SignerRole;
  signer: { name: string; nip: string };
  placement: SignaturePlacement;
  zona?: ZonaWaktu;
  /** Where the document came from, kept with its signed bytes. */
  document: SignedDocumentMeta;
};

export type SignOutcome =
  | { ok: true; pdf: Uint8Array; record: SignatureRecordRow; signedDocument: SignedDocumentRow }
  | { ok: false; code: string; detail?: string };

/**
 * Signs through the host (main process on desktop, WebCrypto in the page on the web) and stores
 * the signature record and the signed bytes together.
 */
export async function signDocument(db: AppDb, host: HostApi, bytes: Uint8Array, req: SignRequest, now: Date = new Date()): Promise<SignOutcome> {
  const meta = SignedDocumentMetaSchema.safeParse(req.document);
  const signer = SignerSchema.safeParse(req.signer);
  if (!signer.success) return { ok: false, code: 'signing/signer-incomplete' };
  if (!meta.success) return { ok: false, code: 'host/invalid-input' };
  const result = await host.call('signing:sign', {
    pdf: bytes,
    documentId: req.documentId,
    role: req.role,
    signer: signer.data,
    placement: req.placement,
    ...(req.zona ? { zona: req.zona } : {}),
  });
  if (!result.ok) return { ok: false, code: result.error.code, ...(result.error.detail ? { detail: result.error.detail } : {}) };
  const stored = await storeSignature(db, result.value, meta.data, now);
  return { ok: true, pdf: result.value.pdf, ...stored };
}

function auditSummary(r: SignatureRecord): string {
  const trial = r.trialCertificate ? ' (sertifikat uji coba)' : '';
  return `Tanda tangan ${ROLE_LABEL[r.role]} oleh ${r.signerName} (NIP ${r.signerNip}) pada dokumen ${r.documentId}; sertifikat ${r.certificateSerial}${trial}; SHA-256 ${r.documentSha256After.slice(0, 12)}…`;
}

/**
 * Records a signature and keeps the signed bytes in one transaction. The signed file replaces the
 * stored one when it grew from it (the next signer's incremental update); otherwise it is new.
 */
export async function storeSignature(
  db: AppDb,
  signed: { pdf: Uint8Array; record: SignatureRecord },
  meta: SignedDocumentMeta,
  now: Date = new Date(),
): Promise<{ record: SignatureRecordRow; signedDocument: SignedDocumentRow }> {
  const { record } = signed;
  const data = new Blob([signed.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
  return db.transaction('rw', [db.signatureRecords, db.signedDocuments, db.audit], async () => {
    const at = now.toISOString();
    const previous = await db.signedDocuments.where('sha256').equals(record.documentSha256Before).filter((d) => d.documentId === record.documentId).first();
    const boxes = { ...previous?.boxes, ...meta.boxes };
    const fields = SignedDocumentSchema.parse({
      ...meta,
      ...(Object.keys(boxes).length > 0 ? { boxes } : {}),
      id: previous?.id ?? crypto.randomUUID(),
      documentId: record.documentId,
      sha256: record.documentSha256After,
      size: signed.pdf.byteLength,
      signedBy: [...(previous?.signedBy ?? []), record.role],
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
    });
    const signedDocument: SignedDocumentRow = { ...fields, data };
    await db.signedDocuments.put(signedDocument);
    const row = SignatureRecordRowSchema.parse({ ...record, id: crypto.randomUUID(), signedDocumentId: signedDocument.id });
    await db.signatureRecords.add(row);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'signature', entityId: row.id, summary: auditSummary(record) });
    return { record: row, signedDocument };
  });
}

/** The stored signed document whose bytes are exactly these (so the next signer signs it in place). */
export async function findSignedDocument(db: AppDb, sha256: string): Promise<SignedDocumentRow | undefined> {
  return db.signedDocuments.where('sha256').equals(sha256).first();
}

/** A file name for the signed copy: "Dokumen.pdf" → "Dokumen (ditandatangani).pdf". */
export function signedFileName(fileName: string): string {
  const base = fileName.replace(/\.pdf$/i, '').replace(/ \(ditandatangani\)$/, '');
  return `${base} (ditandatangani).pdf`;
}
