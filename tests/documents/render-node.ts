import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { collectAnchors, type Anchor } from '../../shared/documents/anchors';
import type { DocDefinition } from '../../shared/documents/pdf-types';

const nodeRequire = createRequire(import.meta.url);
// pdfmake 0.3 in Node: a ready instance; fonts are file paths, URL access off (stack.md).
const pdfmake = nodeRequire('pdfmake') as {
  setFonts(f: unknown): void;
  setUrlAccessPolicy(p: (url: string) => boolean): void;
  setLocalAccessPolicy?(p: (path: string) => boolean): void;
  createPdf(def: unknown): { getBuffer(): Promise<Buffer> };
};
const fontDir = join(dirname(nodeRequire.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy?.((path) => path.startsWith(fontDir));

/** Renders a document definition to PDF bytes in Node, with the signature anchors pdfmake placed. */
export async function renderPdf(def: DocDefinition): Promise<{ bytes: Uint8Array; anchors: Anchor[] }> {
  const { def: withHook, anchors } = collectAnchors(def);
  const buffer = await pdfmake.createPdf(withHook).getBuffer();
  return { bytes: new Uint8Array(buffer), anchors };
}
