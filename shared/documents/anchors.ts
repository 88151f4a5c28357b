import type { DocDefinition, NodeObject, PageBreakQueries } from './pdf-types';

/** Where pdfmake placed a signature anchor: page (1-based) and the top-left corner in points. */
export type Anchor = { id: string; page: number; left: number; top: number };

type PositionedNode = { id?: unknown; startPosition?: { pageNumber: number; left: number; top: number } };

/**
 * Wraps pdfmake's pageBreakBefore hook, which sees every node with its position, to record where
 * nodes with an id were placed. It asks for no page break of its own (the definition's hook still
 * decides). pdfmake asks each node once, in order, and lays out again after a break, so a node
 * after a break is only seen at its final place; the later position wins all the same.
 */
export function collectAnchors(def: DocDefinition): { def: DocDefinition & { pageBreakBefore: (node: NodeObject, queries: PageBreakQueries) => boolean }; anchors: Anchor[] } {
  const anchors: Anchor[] = [];
  const inner = def.pageBreakBefore;
  const pageBreakBefore = (node: NodeObject, queries: PageBreakQueries): boolean => {
    const n = node as PositionedNode;
    if (typeof n.id === 'string' && n.startPosition) {
      const at = { id: n.id, page: n.startPosition.pageNumber, left: n.startPosition.left, top: n.startPosition.top };
      const seen = anchors.findIndex((a) => a.id === n.id);
      if (seen < 0) anchors.push(at);
      else anchors[seen] = at;
    }
    return inner ? inner(node, queries) : false;
  };
  return { def: { ...def, pageBreakBefore }, anchors };
}

/** A signer's box on the page, in PDF user space (origin bottom-left), where the visible signature goes. */
export type SignatureBox = { role: 'pegawai' | 'penilai'; page: number; x: number; y: number; width: number; height: number };

/** Height of the empty space above a signer's name (common.ts keeps the same margin). */
export const SIGNATURE_SPACE = 52;
/** Gap between the two signature columns (common.ts signatureBlock). */
export const SIGNATURE_GAP = 80;
/** Height of the date line and the role title above the empty space (checked against pdftotext -bbox). */
export const SIGNATURE_TITLE_LINES = 24;

/**
 * The two signature boxes from the anchors pdfmake recorded. pdfmake reports the row's top
 * reliably but not each column's left, so the columns are computed from the page layout, which the
 * definition fixes: [*, SIGNATURE_GAP, *] between the page margins.
 */
export function signatureBoxes(def: DocDefinition, anchors: readonly Anchor[]): SignatureBox[] {
  const landscape = def.pageOrientation === 'landscape';
  const pageWidth = landscape ? def.pageSize.height : def.pageSize.width;
  const pageHeight = landscape ? def.pageSize.width : def.pageSize.height;
  const [left, , right] = def.pageMargins;
  const column = (pageWidth - left - right - SIGNATURE_GAP) / 2;
  const boxes: SignatureBox[] = [];
  for (const role of ['pegawai', 'penilai'] as const) {
    const a = anchors.find((x) => x.id === `signature-${role}`);
    if (!a) continue;
    const x = role === 'pegawai' ? left : left + column + SIGNATURE_GAP;
    const width = Math.min(column, 220);
    // pdfmake reports the top of the signature row, not of the spacer inside it: the spacer sits
    // below the date line and the role title (two lines of the default style, ~24 pt).
    const topOfSpace = a.top + SIGNATURE_TITLE_LINES;
    boxes.push({ role, page: a.page, x: x + (column - width) / 2, y: pageHeight - topOfSpace - SIGNATURE_SPACE, width, height: SIGNATURE_SPACE });
  }
  return boxes;
}
