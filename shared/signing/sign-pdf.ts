/**
 * Signs a PDF: one incremental update with a visible block at the signer's place, a PAdES B-B CMS
 * whose private-key operation is the injected `signData` (native crypto), and a SignatureRecord.
 */
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import { latin1Bytes, toHex } from './bytes';
import { signatureAppearance, type AppearanceFontBytes } from './appearance';
import { OID, isTrialCertificate, nameToString, parseCertificate, serialHex, type ParsedCertificate } from './certificate';
import { buildSignedData, type SignData } from './cms';
import { SigningError } from './errors';
import { ROLE_LABEL, formatWaktuTandaTangan, pdfDate, qrPayload, type SignerRole, type ZonaWaktu } from './format';
import { assertCertificateValidAt } from './pkcs12';
import { prepareSignatureUpdate } from './pdf-update';
import type { SignatureRecord } from './record';
import { verifyRsaPkcs1 } from './rsa';
import { sha256 } from '../crypto/sha256';
import { formatNip, normalizeNipInput } from '../domain/nip';

/**
 * Where the block goes: the shape of shared/documents' SignatureBox, so a box found from the
 * pdfmake anchors can be passed as it is. PDF user space (points, origin bottom-left of the page).
 */
export interface SignaturePlacement {
  /** 1-based page number; negative counts from the end (-1 = last page). */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SignPdfRequest {
  documentId: string;
  role: SignerRole;
  signer: { name: string; nip: string };
  placement: SignaturePlacement;
  /** Signer's certificate (DER) and the rest of its chain. */
  certificate: Uint8Array;
  chain?: readonly Uint8Array[];
  signData: SignData;
  time?: Date;
  zona?: ZonaWaktu;
  reason?: string;
  location?: string;
  /** Field name; defaults to "Tanda tangan <role label>". */
  fieldName?: string;
  /**
   * Roboto Regular and Medium (.ttf) for the visible block, embedded as subsets (issue #6: fonts
   * embedded). Pass the same bytes every time: the parsed font is cached per byte array.
   */
  fonts: AppearanceFontBytes;
}

export interface SignPdfResult {
  pdf: Uint8Array;
  record: SignatureRecord;
}

async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  try {
    // Fastest: parse without yielding to the event loop every 100 objects (pdf-lib's default).
    return await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: false, parseSpeed: ParseSpeeds.Fastest });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new SigningError(/encrypt/i.test(message) ? 'signing/encrypted-pdf' : 'signing/invalid-pdf', message);
  }
}

function readCertificate(der: Uint8Array): ParsedCertificate {
  try {
    return parseCertificate(der);
  } catch (e) {
    throw new SigningError('signing/invalid-certificate', String(e));
  }
}

/** The page index (0-based) and the widget rectangle in the page's user space. */
function place(doc: PDFDocument, placement: SignaturePlacement): { pageIndex: number; rect: [number, number, number, number] } {
  const pageIndex = placement.page < 0 ? doc.getPageCount() + placement.page : placement.page - 1;
  const page = pageIndex >= 0 ? doc.getPages()[pageIndex] : undefined;
  if (!page) throw new SigningError('signing/page-not-found', String(placement.page));
  const box = page.getMediaBox();
  const [x, y] = [box.x + placement.x, box.y + placement.y];
  return { pageIndex, rect: [x, y, x + placement.width, y + placement.height] };
}

export async function signPdf(pdf: Uint8Array, req: SignPdfRequest): Promise<SignPdfResult> {
  // Whole seconds: /M has no finer resolution, and the record must match what verification reads.
  const time = new Date(Math.floor((req.time ?? new Date()).getTime() / 1000) * 1000);
  const cert = readCertificate(req.certificate);
  if (cert.keyAlgorithm !== 'rsa') throw new SigningError('signing/unsupported-key');
  assertCertificateValidAt(cert, time);
  const chain = req.chain ?? [];
  const doc = await loadPdf(pdf);
  const { pageIndex, rect } = place(doc, req.placement);
  const nip = normalizeNipInput(req.signer.nip);
  const before = toHex(sha256(pdf));
  const trial = isTrialCertificate(cert);
  const appearance = signatureAppearance({
    width: req.placement.width,
    height: req.placement.height,
    roleLabel: ROLE_LABEL[req.role],
    name: req.signer.name,
    nip: formatNip(nip),
    time: formatWaktuTandaTangan(time, req.zona),
    qrPayload: qrPayload({ documentId: req.documentId, sha256: before }),
    trial,
    fonts: req.fonts,
  });
  // DER overhead beyond the certificates is under 600 bytes; 512 covers an RSA-4096 signature.
  const contentsSize = cert.der.length + chain.reduce((s, c) => s + c.length, 0) + 512 + 1024;
  const { bytes, byteRange, fieldName } = prepareSignatureUpdate(pdf, doc, {
    pageIndex,
    rect,
    fieldName: req.fieldName ?? `Tanda tangan ${ROLE_LABEL[req.role]}`,
    appearance,
    signingTime: pdfDate(time, req.zona),
    signerName: req.signer.name,
    reason: `${ROLE_LABEL[req.role]}${trial ? ' (sertifikat uji coba)' : ''}`,
    ...(req.location ? { location: req.location } : {}),
    contentsSize,
  });
  const [, b, c, d] = byteRange;
  const contentDigest = sha256(bytes.subarray(0, b), bytes.subarray(c, c + d));
  const built = await buildSignedData({ certificate: cert, chain, contentDigest, signData: req.signData });
  // A key that does not belong to the certificate would make a signature nobody can verify.
  if (!verifyRsaPkcs1(cert.spki, OID.sha256, sha256(built.signedAttributes), built.signature)) {
    throw new SigningError('signing/key-mismatch');
  }
  if (built.cms.length > contentsSize) throw new SigningError('signing/signature-too-large', `${built.cms.length} > ${contentsSize}`);
  bytes.set(latin1Bytes(toHex(built.cms)), b + 1);
  const record: SignatureRecord = {
    documentId: req.documentId,
    role: req.role,
    fieldName,
    signerName: req.signer.name,
    signerNip: nip,
    signedAt: time.toISOString(),
    certificateSubject: nameToString(cert.subject),
    certificateSerial: serialHex(cert),
    certificateSha256: toHex(sha256(cert.der)),
    trialCertificate: trial,
    documentSha256Before: before,
    documentSha256After: toHex(sha256(bytes)),
  };
  return { pdf: bytes, record };
}
