/** Messages between the UI thread and render.worker.ts. Bytes travel as transferred buffers. */
import type { SignatureBox } from '@shared/documents/anchors';
import type { DocumentJob } from './document-kinds';

export type WorkerRequest =
  | { id: number; type: 'render'; job: DocumentJob }
  /** Files of a bulk export into one ZIP (stored, not deflated: PDFs are already compressed). */
  | { id: number; type: 'zip'; files: { name: string; bytes: Uint8Array }[] }
  /** Documents into one PDF for printing, in the order given. */
  | { id: number; type: 'merge'; files: Uint8Array[] };

/** One rendered document: its bytes, where the signatures go, how many pages. */
export interface RenderedDocument {
  bytes: Uint8Array<ArrayBuffer>;
  boxes: SignatureBox[];
  pages: number;
}

export type WorkerResponse =
  | { id: number; ok: true; type: 'render'; result: RenderedDocument }
  | { id: number; ok: true; type: 'zip' | 'merge'; bytes: Uint8Array<ArrayBuffer> }
  | { id: number; ok: false; error: string };
