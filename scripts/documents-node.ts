/**
 * pdfmake for Node, set up the way stack.md says (fonts as file paths, no URL access, local access
 * only to the font folder), for the documents sample, the benchmark and the tests. The same
 * render-core.ts as the browser worker then renders with it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfMakeLike } from '../renderer/src/features/documents/render-core';

type NodePdfMake = PdfMakeLike & {
  setFonts(f: unknown): void;
  setUrlAccessPolicy(p: (url: string) => boolean): void;
  setLocalAccessPolicy?(p: (path: string) => boolean): void;
};

let ready: NodePdfMake | null = null;

export function nodePdfmake(): PdfMakeLike {
  if (ready) return ready;
  const nodeRequire = createRequire(import.meta.url);
  const pdfmake = nodeRequire('pdfmake') as NodePdfMake;
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
  ready = pdfmake;
  return pdfmake;
}
