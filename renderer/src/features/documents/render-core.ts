/**
 * What a render worker does, apart from how it gets its pdfmake: definition from the job, anchors,
 * signature boxes, bytes; ZIP and merge for bulk exports. Shared by the browser worker and the
 * Node sample/benchmark scripts so both render exactly the same way.
 */
import { zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { collectAnchors, signatureBoxes } from '@shared/documents/anchors';
import type { DocDefinition } from '@shared/documents/pdf-types';
import { definitionOf, type DocumentJob } from './document-kinds';
import type { RenderedDocument } from './render-protocol';

/** The part of pdfmake's instance used here (browser and Node builds alike). */
export interface PdfMakeLike {
  createPdf(def: unknown): { getBuffer(): Promise<Uint8Array> };
}

/** "/Type /Page" objects: a cheap page count without parsing the PDF again. */
export function countPages(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export async function renderJob(pdfmake: PdfMakeLike, job: DocumentJob): Promise<RenderedDocument> {
  const def = definitionOf(job);
  const { def: withHook, anchors } = collectAnchors(def);
  const buffer = await pdfmake.createPdf(withHook).getBuffer();
  // A Buffer may be a view into a shared pool: copy it then, so the buffer can be transferred whole.
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  const bytes = whole ? new Uint8Array(buffer.buffer as ArrayBuffer) : new Uint8Array(buffer);
  return { bytes, boxes: signatureBoxes(def as DocDefinition, anchors), pages: countPages(bytes) };
}

export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[f.name] = [f.bytes, { level: 0 }];
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}

export async function mergePdfs(files: readonly Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  const out = await PDFDocument.create();
  out.setTitle('Dokumen untuk dicetak');
  out.setCreator('Peka — Penilaian Kinerja ASN');
  for (const bytes of files) {
    const doc = await PDFDocument.load(bytes);
    const pages = await out.copyPages(doc, doc.getPageIndices());
    for (const p of pages) out.addPage(p);
  }
  return (await out.save()) as Uint8Array<ArrayBuffer>;
}
