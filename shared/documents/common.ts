/**
 * Building blocks shared by every official document (domain.md §7): the agency header (with the
 * agency logo when one is set, §13), the period line, numbered identity rows, the signature block
 * and the footer. Pure data, no fonts or clock.
 */
import { formatNip } from '../domain/nip';
import { formatTanggal } from '../domain/dates';
import { logoDataUrl } from '../domain/agency-logo';
import type { AgencyLogo } from '../schemas/agency-logo';
import type { IdentitySnapshot } from '../schemas/skp';
import type { DocDefinition, Margins, Node, NodeObject, PageBreakQueries, Paper } from './pdf-types';
import { PAPER_POINTS } from './pdf-types';
import { SIGNATURE_GAP, SIGNATURE_SPACE } from './anchors';

/** Who signs where: the employee left, the appraiser right (domain.md §7). */
export type SignatureSlot = { role: 'pegawai' | 'penilai'; title: string; person: IdentitySnapshot | null };

/** The agency logo as a document prints it: an image data URL and its size in pixels (for its proportions). */
export type DocumentLogo = { dataUrl: string; width: number; height: number };

const dataUrls = new WeakMap<Uint8Array, string>();

/**
 * The logo stored in Settings as documents print it. The data URL is made once per stored image:
 * a bulk export prints the same logo on every document.
 */
export function documentLogo(logo: AgencyLogo | undefined): DocumentLogo | undefined {
  if (!logo) return undefined;
  let dataUrl = dataUrls.get(logo.data);
  if (!dataUrl) {
    dataUrl = logoDataUrl(logo.mime, logo.data);
    dataUrls.set(logo.data, dataUrl);
  }
  return { dataUrl, width: logo.width, height: logo.height };
}

export type DocumentMeta = {
  agencyName: string;
  /** From Settings; absent: the header is text only, exactly as without the feature. */
  logo?: DocumentLogo;
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

export function titleBlock(lines: string[]): NodeObject {
  return { stack: lines.map((text, i) => ({ text, style: i === 0 ? 'title' : 'subtitle' })), alignment: 'center', margin: [0, 0, 0, 8] };
}

export type Orientation = DocDefinition['pageOrientation'];

const PAGE_MARGINS: Margins = [36, 36, 36, 48];

/** The logo's printed height: 1.8 cm (1 cm = 72 / 2.54 pt), as on a government letterhead (kop). */
export const LOGO_HEIGHT = Math.round(((1.8 * 72) / 2.54) * 100) / 100;
/** A wide logo is scaled into this width rather than crowding the agency name (2.5 × its height). */
export const LOGO_MAX_WIDTH = Math.round(LOGO_HEIGHT * 2.5);
/**
 * The logo's name in the definition's `images`: an inline data URL would be embedded again for
 * every header (the SKP prints two), a named image once.
 */
export const LOGO_IMAGE = 'agency-logo';

/** No lines and no padding: the logo sits on the left margin, the name on the page's centre line. */
const KOP_LAYOUT = { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 };

/**
 * The letterhead (kop) printed when a logo is set: the logo at the left at a fixed height, the
 * agency name centred on the page (an empty column as wide as the logo on the right keeps it
 * there) and vertically beside the logo, then the double rule of an official letterhead.
 */
function kop(meta: DocumentMeta, logo: DocumentLogo, orientation: Orientation): Node[] {
  const width = Math.min(LOGO_MAX_WIDTH, Math.round((LOGO_HEIGHT * logo.width * 100) / logo.height) / 100);
  const page = PAPER_POINTS[meta.paper];
  const rule = (orientation === 'landscape' ? page.height : page.width) - PAGE_MARGINS[0] - PAGE_MARGINS[2];
  return [
    {
      table: {
        widths: [width, '*', width],
        body: [[{ image: LOGO_IMAGE, fit: [width, LOGO_HEIGHT] }, { text: meta.agencyName.toUpperCase(), style: 'kop', alignment: 'center', verticalAlignment: 'middle', margin: [8, 0, 8, 0] }, { text: '' }]],
      },
      layout: KOP_LAYOUT,
    },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: rule, y2: 0, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 3, x2: rule, y2: 3, lineWidth: 0.75 },
      ],
      margin: [0, 5, 0, 8],
    },
  ];
}

/**
 * The header every document starts with (and the SKP's Lampiran page): the centred title lines,
 * preceded by the letterhead with the agency logo when Settings has one.
 */
export function documentHeader(meta: DocumentMeta, orientation: Orientation, lines: string[], options: { pageBreak?: 'before' } = {}): Node[] {
  const nodes: NodeObject[] = meta.logo ? [...(kop(meta, meta.logo, orientation) as NodeObject[]), titleBlock(lines)] : [titleBlock(lines)];
  if (options.pageBreak) nodes[0] = { ...nodes[0], pageBreak: options.pageBreak };
  return nodes;
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

/** Marks a label that must stay on the page of what follows it (e.g. "HASIL KERJA" above its table). */
export const KEEP_WITH_NEXT = { headlineLevel: 1 } as const;

/**
 * Room a KEEP_WITH_NEXT label needs below it on its page (points): its table's header rows and a
 * first row. pdfmake starts a table that does not fit with an empty sliver on the old page, so
 * "nothing follows on the page" cannot be asked; the room left can.
 */
export const LABEL_ROOM = 100;

/** A KEEP_WITH_NEXT label too close to the foot of its page moves to the next, with what follows. */
export function keepLabelsWithNext(node: NodeObject, queries: PageBreakQueries): boolean {
  if (node['headlineLevel'] !== KEEP_WITH_NEXT.headlineLevel) return false;
  const at = node['startPosition'] as { top: number; pageInnerHeight: number } | undefined;
  if (!at) return false;
  const foot = PAGE_MARGINS[1] + at.pageInnerHeight;
  return foot - at.top < LABEL_ROOM || queries.getFollowingNodesOnPage().length === 0;
}

export function baseDefinition(meta: DocumentMeta, orientation: 'portrait' | 'landscape', title: string, content: Node[]): DocDefinition {
  const size = PAPER_POINTS[meta.paper];
  return {
    pageSize: size,
    pageOrientation: orientation,
    pageMargins: [...PAGE_MARGINS],
    info: { title, author: meta.agencyName, subject: title, creator: 'Peka — Penilaian Kinerja ASN', keywords: meta.documentId },
    content,
    ...(meta.logo ? { images: { [LOGO_IMAGE]: meta.logo.dataUrl } } : {}),
    footer: footer(meta),
    pageBreakBefore: keepLabelsWithNext,
    styles: {
      kop: { fontSize: 14, bold: true, lineHeight: 1.15 },
      title: { fontSize: 12, bold: true },
      subtitle: { fontSize: 10, bold: true },
      th: { bold: true, fillColor: '#e8eef0', alignment: 'center' },
      section: { bold: true, fillColor: '#f3f6f7' },
      small: { fontSize: 7.5 },
    },
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.1 },
  };
}
