import { type HostInput, type HostOutput, MAX_FILE_BYTES } from '@shared/host/contract';
import { checkPrintablePdf, printTitle } from '@shared/host/print';
import { BrowserHostFailure } from './host-failure';

/**
 * 'pdf:print' in the web version (issue #6): the PDF goes into a hidden frame as a blob: URL and,
 * once the browser's PDF viewer has loaded it, the frame's own print() opens the print dialog.
 * The renderer's CSP allows exactly this: `frame-src blob:` (shared/host/csp.ts).
 */

/** The DOM pieces used (injected so Node tests can run this with a stand-in). */
export type FramePrintDeps = {
  document: { createElement(tag: 'iframe'): HTMLIFrameElement; body: { append(node: HTMLIFrameElement): void } };
  urls: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };
  /** navigator.pdfViewerEnabled: false means the browser would download the PDF instead of showing it. */
  pdfViewerEnabled: () => boolean | undefined;
  /** How long the viewer may take to load the frame (default 30 s). */
  loadTimeoutMs?: number;
};

const HIDDEN = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';

function waitForLoad(frame: HTMLIFrameElement, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      { once: true },
    );
  });
}

export function createFramePrinter(deps: FramePrintDeps) {
  const timeoutMs = deps.loadTimeoutMs ?? 30_000;
  // The latest print frame stays until the next print: removing it would end a print in progress.
  let current: { frame: HTMLIFrameElement; url: string } | null = null;

  const discard = () => {
    if (!current) return;
    current.frame.remove();
    deps.urls.revokeObjectURL(current.url);
    current = null;
  };

  return async ({ fileName, data }: HostInput<'pdf:print'>): Promise<HostOutput<'pdf:print'>> => {
    const problem = checkPrintablePdf(data, MAX_FILE_BYTES);
    if (problem) throw new BrowserHostFailure(problem);
    if (deps.pdfViewerEnabled() === false) throw new BrowserHostFailure('print/no-viewer');
    discard();
    const url = deps.urls.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
    const frame = deps.document.createElement('iframe');
    frame.title = printTitle(fileName);
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = HIDDEN;
    current = { frame, url };
    const loaded = waitForLoad(frame, timeoutMs);
    frame.src = url;
    deps.document.body.append(frame);
    if (!(await loaded)) {
      discard();
      throw new BrowserHostFailure('print/failed', 'Penampil PDF tidak selesai memuat');
    }
    // A frame the CSP refused loads an error page of another origin: no document to reach.
    const win = frame.contentWindow;
    if (!win || !frame.contentDocument) {
      discard();
      throw new BrowserHostFailure('print/failed', 'Bingkai cetak diblokir');
    }
    try {
      win.focus();
      win.print();
    } catch (error) {
      discard();
      throw new BrowserHostFailure('print/failed', error instanceof Error ? error.message : String(error));
    }
    return { opened: true };
  };
}

/** The real page's printer, made on first use (Node tests build the browser host without a DOM). */
export function domFramePrinter() {
  return createFramePrinter({ document, urls: URL, pdfViewerEnabled: () => navigator.pdfViewerEnabled });
}
