import { describe, expect, it, vi } from 'vitest';
import { createFramePrinter } from './browser-print';
import { createBrowserHost } from './browser-host';

// The web version's print path with a stand-in DOM (Node has no frames); tests/e2e/documents.spec.ts
// runs the same code in Chromium with its real PDF viewer.

const PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

type FakeFrame = {
  title: string;
  src: string;
  tabIndex: number;
  style: { cssText: string };
  attributes: Record<string, string>;
  removed: boolean;
  contentWindow: { focus: () => void; print: () => void } | null;
  contentDocument: object | null;
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: () => void): void;
  remove(): void;
  fireLoad(): void;
};

function fakeDom(opts: { viewer?: boolean; onAppend?: (f: FakeFrame) => void } = {}) {
  const frames: FakeFrame[] = [];
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const print = vi.fn();
  const document = {
    createElement: () => {
      const load: (() => void)[] = [];
      const frame: FakeFrame = {
        title: '',
        src: '',
        tabIndex: 0,
        style: { cssText: '' },
        attributes: {},
        removed: false,
        contentWindow: { focus: () => undefined, print },
        contentDocument: {},
        setAttribute: (name, value) => void (frame.attributes[name] = value),
        addEventListener: (type, listener) => void (type === 'load' && load.push(listener)),
        remove: () => void (frame.removed = true),
        fireLoad: () => load.splice(0).forEach((l) => l()),
      };
      frames.push(frame);
      return frame as unknown as HTMLIFrameElement;
    },
    body: { append: (f: HTMLIFrameElement) => opts.onAppend?.(f as unknown as FakeFrame) },
  };
  let n = 0;
  const urls = {
    createObjectURL: (blob: Blob) => {
      const url = `blob:http://127.0.0.1/${++n}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => void revoked.push(url),
  };
  const printer = createFramePrinter({ document, urls, pdfViewerEnabled: () => opts.viewer ?? true, loadTimeoutMs: 50 });
  return { printer, frames, blobs, revoked, print };
}

const loadOnAppend = { onAppend: (f: FakeFrame) => queueMicrotask(() => f.fireLoad()) };

describe('printing in the web version', () => {
  it('puts the PDF in a hidden frame as an application/pdf blob: URL and prints the frame once loaded', async () => {
    const { printer, frames, blobs, print } = fakeDom(loadOnAppend);
    expect(await printer({ fileName: 'skp.pdf', data: PDF })).toEqual({ opened: true });
    const [frame] = frames;
    expect(frame!.src).toMatch(/^blob:/);
    const blob = blobs.get(frame!.src)!;
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(PDF);
    expect(frame!.title).toBe('Cetak — skp.pdf');
    expect(frame!.attributes['aria-hidden']).toBe('true');
    expect(frame!.style.cssText).toContain('visibility:hidden');
    expect(print).toHaveBeenCalledOnce();
    expect(frame!.removed).toBe(false);
  });

  it('the next print replaces the frame and frees the previous blob', async () => {
    const { printer, frames, revoked } = fakeDom(loadOnAppend);
    await printer({ fileName: 'a.pdf', data: PDF });
    await printer({ fileName: 'b.pdf', data: PDF });
    expect(frames[0]!.removed).toBe(true);
    expect(revoked).toEqual([frames[0]!.src]);
    expect(frames[1]!.removed).toBe(false);
  });

  it('refuses bytes that are not a PDF before making any frame', async () => {
    const { printer, frames } = fakeDom(loadOnAppend);
    await expect(printer({ fileName: 'a.pdf', data: new TextEncoder().encode('<html>') })).rejects.toMatchObject({ code: 'print/not-pdf' });
    expect(frames).toEqual([]);
  });

  it('a browser without a PDF viewer says so instead of downloading the file', async () => {
    const { printer, frames } = fakeDom({ ...loadOnAppend, viewer: false });
    await expect(printer({ fileName: 'a.pdf', data: PDF })).rejects.toMatchObject({ code: 'print/no-viewer' });
    expect(frames).toEqual([]);
  });

  it('a frame that never loads is print/failed, removed and its blob freed', async () => {
    const { printer, frames, revoked, print } = fakeDom();
    await expect(printer({ fileName: 'a.pdf', data: PDF })).rejects.toMatchObject({ code: 'print/failed' });
    expect(frames[0]!.removed).toBe(true);
    expect(revoked).toEqual([frames[0]!.src]);
    expect(print).not.toHaveBeenCalled();
  });

  it('a frame the CSP blocked (an error page of another origin) is print/failed', async () => {
    const { printer, frames, print } = fakeDom({
      onAppend: (f) => {
        f.contentDocument = null;
        queueMicrotask(() => f.fireLoad());
      },
    });
    await expect(printer({ fileName: 'a.pdf', data: PDF })).rejects.toMatchObject({ code: 'print/failed', detail: 'Bingkai cetak diblokir' });
    expect(frames[0]!.removed).toBe(true);
    expect(print).not.toHaveBeenCalled();
  });

  it('the browser host validates the input like main and hands the print to the frame printer', async () => {
    const { printer, print } = fakeDom(loadOnAppend);
    const host = createBrowserHost(undefined, () => printer);
    expect(await host.call('pdf:print', { fileName: '../a.pdf', data: PDF })).toMatchObject({ ok: false, error: { code: 'host/invalid-input' } });
    expect(await host.call('pdf:print', { fileName: 'a.pdf', data: new TextEncoder().encode('PK') as Uint8Array<ArrayBuffer> })).toEqual({ ok: false, error: { code: 'print/not-pdf' } });
    expect(await host.call('pdf:print', { fileName: 'a.pdf', data: PDF })).toEqual({ ok: true, value: { opened: true } });
    expect(print).toHaveBeenCalledOnce();
  });
});
