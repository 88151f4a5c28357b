/**
 * Building blocks shared by every official document (domain.md §7): the agency header, the period
 * line, numbered identity rows, the signature block and the footer. Pure data, no fonts or clock.
 */
import { formatNip } from '../domain/nip';
import { formatTanggal } from '../domain/dates';
import type { IdentitySnapshot } from '../schemas/skp';
import type { DocDefinition, Node, NodeObject, Paper } from './pdf-types';
import { PAPER_POINTS } from './pdf-types';
import { SIGNATURE_GAP, SIGNATURE_SPACE } from './anchors';

/** Who signs where: the employee left, the appraiser right (domain.md §7). */
export type SignatureSlot = { role: 'pegawai' | 'penilai'; title: string; person: IdentitySnapshot | null };

export type DocumentMeta = {
  agencyName: string;
  signingPlace: string;
  /** The date printed above the appraiser's signature, YYYY-MM-DD. */
  signingDate: string;
  paper: Paper;
  /** Stable id of this document, printed in the footer and carried by signatures. */
  documentId: string;
  /** False until a certified PDF signature is applied: the footer then asks for wet signatures. */
  signedElectronically: boolean;
};

export const NIL = '-';

/**
 * The empty space above a signer's name carries this node id; the renderer records where pdfmake
 * placed it (page, x, y), and the signing step stamps the visible signature block there.
 */
export function signatureAnchorId(role: SignatureSlot['role']): string {
  return `signature-${role}`;
}

/** NIP grouped as printed ("19951216 202506 1 001"); a Kepala Daerah has none: "-" (§7). */
export function printNip(nip: string | undefined): string {
  return nip ? formatNip(nip) : NIL;
}

export function periodLine(year: number): string {
  return `PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER ${year}`;
}

export function titleBlock(lines: string[]): Node {
  return { stack: lines.map((text, i) => ({ text, style: i === 0 ? 'title' : 'subtitle' })), alignment: 'center', margin: [0, 0, 0, 8] };
}

/** Agency on the left, period on the right, as on the official forms. */
export function agencyLine(agencyName: string, right: string): Node {
  return { columns: [{ text: agencyName.toUpperCase(), bold: true }, { text: right, bold: true, alignment: 'right' }], margin: [0, 0, 0, 4] };
}

const IDENTITY_LABELS = ['NAMA', 'NIP', 'PANGKAT/GOL RUANG', 'JABATAN', 'UNIT KERJA'] as const;

export function identityValues(p: IdentitySnapshot | null): string[] {
  if (!p) return [NIL, NIL, NIL, NIL, NIL];
  return [p.name, printNip(p.nip), p.pangkat || NIL, p.jabatan || NIL, p.unit || NIL];
}

const cell = (text: string, extra: NodeObject = {}): NodeObject => ({ text, ...extra });

/** The two side-by-side numbered identity blocks (NO | label | value) used on SKP and evaluation forms. */
export function identityPairTable(left: { heading: string; person: IdentitySnapshot | null }, right: { heading: string; person: IdentitySnapshot | null }): Node {
  const l = identityValues(left.person);
  const r = identityValues(right.person);
  const body: NodeObject[][] = [
    [cell('NO', { style: 'th' }), cell(left.heading, { style: 'th', colSpan: 2 }), cell(''), cell('NO', { style: 'th' }), cell(right.heading, { style: 'th', colSpan: 2 }), cell('')],
    ...IDENTITY_LABELS.map((label, i) => [cell(String(i + 1), { alignment: 'center' }), cell(label), cell(l[i]!), cell(String(i + 1), { alignment: 'center' }), cell(label), cell(r[i]!)]),
  ];
  return { table: { headerRows: 1, widths: [18, 90, '*', 18, 90, '*'], body }, layout: 'grid', margin: [0, 0, 0, 8] };
}

/** One numbered identity block with its section number (Dokumen Evaluasi: 1 PEGAWAI YANG DINILAI …). */
export function identityBlockRows(no: number, heading: string, person: IdentitySnapshot | null): NodeObject[][] {
  const values = identityValues(person);
  return [
    [cell(String(no), { bold: true, alignment: 'center' }), cell(heading, { bold: true, colSpan: 2 }), cell('')],
    ...IDENTITY_LABELS.map((label, i) => [cell(''), cell(label), cell(values[i]!)]),
  ];
}

function signatureColumn(slot: SignatureSlot, dateLine: string | null, anchored: boolean): Node {
  const p = slot.person;
  return {
    stack: [
      { text: dateLine ?? ' ', margin: [0, 0, 0, 2] },
      { text: slot.title },
      // The signer's place: a visible PDF signature block is stamped into this space when signing.
      { text: ' ', margin: [0, 0, 0, SIGNATURE_SPACE], ...(anchored ? { id: signatureAnchorId(slot.role) } : {}) },
      { text: p?.name ?? NIL, bold: true, decoration: 'underline' },
      { text: p?.nip ? `NIP. ${printNip(p.nip)}` : p ? NIL : ' ' },
    ],
    alignment: 'center',
  };
}

/**
 * Signatures: Pegawai yang Dinilai left; place, date and Pejabat Penilai Kinerja right (§7).
 * Only one block per document is `anchored` (where electronic signatures are stamped).
 */
export function signatureBlock(meta: DocumentMeta, pegawai: SignatureSlot, penilai: SignatureSlot, anchored = true): Node {
  const dateLine = `${meta.signingPlace}, ${formatTanggal(meta.signingDate)}`;
  return { columns: [signatureColumn(pegawai, null, anchored), { width: SIGNATURE_GAP, text: '' }, signatureColumn(penilai, dateLine, anchored)], margin: [0, 16, 0, 0], unbreakable: true };
}

function footer(meta: DocumentMeta): DocDefinition['footer'] {
  const note = meta.signedElectronically
    ? 'Dokumen ini ditandatangani secara elektronik (tanda tangan PDF). Keabsahan dapat diperiksa dengan pemeriksa tanda tangan PDF.'
    : 'Dokumen ini belum ditandatangani secara elektronik; diperlukan tanda tangan basah.';
  return (page, count) => ({
    columns: [{ text: `${note}  ID: ${meta.documentId}`, fontSize: 7, color: '#555555' }, { text: `Halaman ${page} dari ${count}`, alignment: 'right', fontSize: 8, width: 90 }],
    margin: [36, 8, 36, 0],
  });
}

export function baseDefinition(meta: DocumentMeta, orientation: 'portrait' | 'landscape', title: string, content: Node[]): DocDefinition {
  const size = PAPER_POINTS[meta.paper];
  return {
    pageSize: size,
    pageOrientation: orientation,
    pageMargins: [36, 36, 36, 48],
    info: { title, author: meta.agencyName, subject: title, creator: 'Peka — Penilaian Kinerja ASN', keywords: meta.documentId },
    content,
    footer: footer(meta),
    styles: {
      title: { fontSize: 12, bold: true },
      subtitle: { fontSize: 10, bold: true },
      th: { bold: true, fillColor: '#e8eef0', alignment: 'center' },
      section: { bold: true, fillColor: '#f3f6f7' },
      small: { fontSize: 7.5 },
    },
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.1 },
  };
}
