/// <reference lib="webworker" />
/**
 * Renders documents off the UI thread (the window stays responsive during a bulk export): pdfmake's
 * browser build with the Roboto fonts from its virtual file system (stack.md, pdfmake 0.3).
 */
import * as pdfmakeModule from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts';
import { mergePdfs, type PdfMakeLike, renderJob, zipFiles } from './render-core';
import type { WorkerRequest, WorkerResponse } from './render-protocol';

type BrowserPdfMake = PdfMakeLike & { addVirtualFileSystem(vfs: unknown): void };
// 'pdfmake' resolves to build/pdfmake.js (package.json "browser"), a CommonJS module whose
// module.exports is the ready instance: the bundler hands it over as the default.
const pdfmake = ((pdfmakeModule as unknown as { default?: BrowserPdfMake }).default ?? pdfmakeModule) as unknown as BrowserPdfMake;
pdfmake.addVirtualFileSystem(vfs);

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function handle(msg: WorkerRequest): Promise<{ response: WorkerResponse; transfer: Transferable[] }> {
  switch (msg.type) {
    case 'render': {
      const result = await renderJob(pdfmake, msg.job);
      return { response: { id: msg.id, ok: true, type: 'render', result }, transfer: [result.bytes.buffer] };
    }
    case 'zip': {
      const bytes = zipFiles(msg.files);
      return { response: { id: msg.id, ok: true, type: 'zip', bytes }, transfer: [bytes.buffer] };
    }
    case 'merge': {
      const bytes = await mergePdfs(msg.files);
      return { response: { id: msg.id, ok: true, type: 'merge', bytes }, transfer: [bytes.buffer] };
    }
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).then(
    ({ response, transfer }) => scope.postMessage(response, transfer),
    (err: unknown) => scope.postMessage({ id: event.data.id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse),
  );
};
