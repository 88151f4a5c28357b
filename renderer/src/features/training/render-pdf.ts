import type { DocDefinition } from '@shared/documents/pdf-types';

type BrowserPdfMake = { addVirtualFileSystem(vfs: unknown): void; createPdf(def: unknown): { getBuffer(): Promise<Uint8Array> } };
let ready: Promise<BrowserPdfMake> | null = null;

/** pdfmake's browser build with its Roboto fonts, loaded on first use only (stack.md, pdfmake 0.3). */
function pdfmake(): Promise<BrowserPdfMake> {
  ready ??= Promise.all([import('pdfmake'), import('pdfmake/build/vfs_fonts')]).then(([mod, fonts]) => {
    const instance = ((mod as { default?: BrowserPdfMake }).default ?? mod) as unknown as BrowserPdfMake;
    instance.addVirtualFileSystem((fonts as { default?: unknown }).default ?? fonts);
    return instance;
  });
  return ready;
}

/** Renders a training list (a few pages, no signatures) to PDF bytes on the UI thread. */
export async function renderPdf(def: DocDefinition): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await (await pdfmake()).createPdf(def).getBuffer();
  return new Uint8Array(buffer) as Uint8Array<ArrayBuffer>;
}
