/**
 * The subset of pdfmake's document definition that our documents use. Declared here rather than
 * imported from @types/pdfmake, whose declarations pull in DOM and Node types that shared/ must
 * not see. The shapes are pdfmake's own, so a DocDefinition is handed to pdfmake as is.
 */
export type Node = string | Node[] | NodeObject;
export type NodeObject = { [key: string]: unknown };

export type Margins = [number, number, number, number];

/** What pdfmake 0.3 hands its pageBreakBefore hook besides the node. */
export type PageBreakQueries = { getFollowingNodesOnPage(): unknown[] };

export type DocDefinition = {
  pageSize: { width: number; height: number };
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: Margins;
  info: { title: string; author: string; subject: string; creator: string; keywords?: string };
  content: Node[];
  /** Images referred to by name from `image` nodes: embedded once however often they are drawn. */
  images?: Record<string, string>;
  footer: (currentPage: number, pageCount: number) => Node;
  /** pdfmake (0.3) asks, once per node after laying out, whether it should start a new page. */
  pageBreakBefore?: (node: NodeObject, queries: PageBreakQueries) => boolean;
  styles: Record<string, NodeObject>;
  defaultStyle: NodeObject;
};

export type Paper = 'A4' | 'F4';

/** Page sizes in points (1 pt = 1/72 inch): A4 210 × 297 mm, F4 215 × 330 mm (domain.md §7). */
export const PAPER_POINTS: Record<Paper, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  F4: { width: 609.45, height: 935.43 },
};
