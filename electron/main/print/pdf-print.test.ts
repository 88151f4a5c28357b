import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostContract } from '@shared/host/contract';
import { HostFailure } from '../host-failure';
import { dispatch, type HostHandlers } from '../ipc';
import { PRINT_DIR_NAME, type PrintFs, type PrintWindow, createPdfPrinter, printWebPreferences } from './pdf-print';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
const isPosix = process.platform !== 'win32';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'peka-print-'));
  dir = join(root, PRINT_DIR_NAME);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Listener = (...args: unknown[]) => void;

/** A stand-in BrowserWindow that records what main did with it; emit() plays Electron's events. */
class FakeWindow {
  static made: FakeWindow[] = [];
  readonly listeners = new Map<string, Listener[]>();
  readonly contentsListeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  loaded: string[] = [];
  closed = false;
  loadResult: Promise<void> = Promise.resolve();
  readonly webContents = {
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
      this.windowOpenHandler = handler;
    },
    on: (event: string, listener: Listener) => {
      this.contentsListeners.set(event, [...(this.contentsListeners.get(event) ?? []), listener]);
      return this.webContents;
    },
  };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.made.push(this);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  loadFile(path: string) {
    this.loaded.push(path);
    return this.loadResult;
  }
  close() {
    this.closed = true;
    this.emit('closed');
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
  emitContents(event: string, ...args: unknown[]) {
    for (const l of this.contentsListeners.get(event) ?? []) l(...args);
  }
}

const nodeFs: PrintFs = {
  mkdir: (p, o) => fs.mkdir(p, o),
  chmod: (p, m) => fs.chmod(p, m),
  writeFile: (p, d, o) => fs.writeFile(p, d, o),
  rm: (p, o) => fs.rm(p, o),
  rmSync: (p, o) => rmSync(p, o),
};

function setup(overrides: { fs?: Partial<PrintFs>; parent?: BrowserWindow; names?: string[]; Window?: typeof FakeWindow } = {}) {
  FakeWindow.made = [];
  const log = vi.fn();
  const names = [...(overrides.names ?? ['0123456789abcdef0123456789abcdef', 'fedcba9876543210fedcba9876543210'])];
  const printer = createPdfPrinter({
    BrowserWindow: (overrides.Window ?? FakeWindow) as unknown as new (options: BrowserWindowConstructorOptions) => PrintWindow,
    fs: { ...nodeFs, ...overrides.fs },
    dir,
    randomName: () => names.shift() ?? 'ffffffffffffffffffffffffffffffff',
    parent: () => overrides.parent,
    log,
  });
  const print = (data: Uint8Array<ArrayBuffer>, fileName = '2026-TW1-dokumen-evaluasi-199512162025062001-siti.pdf') => printer.handlers['pdf:print']({ fileName, data });
  return { printer, print, log };
}

const files = () => (existsSync(dir) ? readdirSync(dir) : []);

describe('pdf:print: the bytes', () => {
  it('refuses bytes that are not a PDF with print/not-pdf and an Indonesian reason, writing nothing and opening no window', async () => {
    const { print } = setup();
    for (const data of [new TextEncoder().encode('<html><script>alert(1)</script>'), new TextEncoder().encode('%PDF'), new Uint8Array(), new TextEncoder().encode(' %PDF-1.7')]) {
      await expect(print(data)).rejects.toMatchObject({ code: 'print/not-pdf', detail: 'Berkas bukan PDF (tidak diawali %PDF-)' });
    }
    expect(FakeWindow.made).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it('through dispatch, a non-PDF is an envelope with print/not-pdf; oversized or non-byte data never reaches the handler', async () => {
    const { printer } = setup();
    const handler = vi.fn(printer.handlers['pdf:print']);
    const options = { isTrustedSender: () => true };
    const event = { senderFrame: { url: 'file:///app/index.html' } };
    const call = (input: unknown) => dispatch('pdf:print', handler as HostHandlers['pdf:print'], event, input, options);
    expect(await call({ fileName: 'a.pdf', data: new TextEncoder().encode('PK\u0003\u0004') })).toEqual({
      ok: false,
      error: { code: 'print/not-pdf', detail: 'Berkas bukan PDF (tidak diawali %PDF-)' },
    });
    expect(await call({ fileName: 'a.pdf', data: new Uint8Array(64 * 1024 * 1024 + 1) })).toMatchObject({ ok: false, error: { code: 'host/invalid-input' } });
    expect(await call({ fileName: '../a.pdf', data: PDF })).toMatchObject({ ok: false, error: { code: 'host/invalid-input' } });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(await call({ fileName: 'a.pdf', data: PDF })).toEqual({ ok: true, value: { opened: true } });
  });

  it('the contract caps the size at 64 MiB', () => {
    const schema = hostContract['pdf:print'].input;
    expect(schema.safeParse({ fileName: 'a.pdf', data: new Uint8Array(64 * 1024 * 1024) }).success).toBe(true);
    expect(schema.safeParse({ fileName: 'a.pdf', data: new Uint8Array(64 * 1024 * 1024 + 1) }).success).toBe(false);
  });
});

describe('pdf:print: the temporary file', () => {
  it('writes exactly the bytes to a random name in a private folder, file 0600 and folder 0700', async () => {
    const { print } = setup();
    expect(await print(PDF)).toEqual({ opened: true });
    expect(files()).toEqual(['cetak-0123456789abcdef0123456789abcdef.pdf']);
    const file = join(dir, files()[0]!);
    expect(new Uint8Array(readFileSync(file))).toEqual(PDF);
    if (isPosix) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    }
    expect(FakeWindow.made[0]!.loaded).toEqual([file]);
  });

  it.runIf(isPosix)('makes an existing, too open folder private again', async () => {
    mkdirSync(dir, { mode: 0o777 });
    await fs.chmod(dir, 0o777);
    await setup().print(PDF);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('never writes through a file that is already there (a planted link is refused, its target untouched)', async () => {
    mkdirSync(dir, { recursive: true });
    const target = join(root, 'korban.txt');
    writeFileSync(target, 'asli');
    symlinkSync(target, join(dir, 'cetak-0123456789abcdef0123456789abcdef.pdf'));
    const { print } = setup();
    await expect(print(PDF)).rejects.toMatchObject({ code: 'print/failed' });
    expect(readFileSync(target, 'utf8')).toBe('asli');
    expect(FakeWindow.made).toEqual([]);
  });

  it('a failed write is print/failed and opens no window', async () => {
    const { print } = setup({ fs: { writeFile: async () => Promise.reject(new Error('ENOSPC: disk penuh')) } });
    const error = await print(PDF).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostFailure);
    expect(error).toMatchObject({ code: 'print/failed' });
    expect((error as HostFailure).detail).toMatch(/^Berkas cetak sementara tidak dapat ditulis: ENOSPC/);
    expect(FakeWindow.made).toEqual([]);
  });

  it('is deleted when its window closes, and only its own file', async () => {
    const { print } = setup();
    await print(PDF);
    await print(PDF);
    expect(files()).toHaveLength(2);
    FakeWindow.made[0]!.emit('closed');
    await vi.waitFor(() => expect(files()).toEqual(['cetak-fedcba9876543210fedcba9876543210.pdf']));
    FakeWindow.made[1]!.emit('closed');
    await vi.waitFor(() => expect(files()).toEqual([]));
  });

  it('a PDF that cannot be loaded closes its window and the file goes', async () => {
    class FailingWindow extends FakeWindow {
      override loadResult = Promise.reject(new Error('ERR_FAILED'));
    }
    const { print, log } = setup({ Window: FailingWindow });
    await print(PDF);
    await vi.waitFor(() => expect(FakeWindow.made[0]!.closed).toBe(true));
    await vi.waitFor(() => expect(files()).toEqual([]));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ERR_FAILED'));
  });

  it('a window that cannot be created is print/failed and the file goes', async () => {
    class Refusing extends FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        super(options);
        throw new Error('no display');
      }
    }
    const { print } = setup({ Window: Refusing });
    await expect(print(PDF)).rejects.toMatchObject({ code: 'print/failed' });
    expect(files()).toEqual([]);
  });

  it('start-up sweep removes leftovers of an earlier run, and a print waits for it', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cetak-lama.pdf'), 'sisa');
    const { printer, print } = setup();
    void printer.sweep();
    await print(PDF);
    expect(files()).toEqual(['cetak-0123456789abcdef0123456789abcdef.pdf']);
  });

  it('quit sweep removes the folder with files still open in print windows', async () => {
    const { printer, print } = setup();
    await print(PDF);
    expect(printer.openFiles()).toHaveLength(1);
    printer.sweepSync();
    expect(existsSync(dir)).toBe(false);
    expect(printer.openFiles()).toEqual([]);
  });

  it('a sweep that fails is logged, not thrown', async () => {
    const { printer, log } = setup({ fs: { rm: async () => Promise.reject(new Error('EBUSY')), rmSync: () => { throw new Error('EPERM'); } } });
    await expect(printer.sweep()).resolves.toBeUndefined();
    expect(() => printer.sweepSync()).not.toThrow();
    expect(log.mock.calls.map(([m]) => m)).toEqual([expect.stringContaining('EBUSY'), expect.stringContaining('EPERM')]);
  });
});

describe('pdf:print: the window', () => {
  it('is titled "Cetak — <file>", above the app window, and shows the PDF in the viewer with no preload', async () => {
    const parent = { id: 1 } as unknown as BrowserWindow;
    const { print } = setup({ parent });
    await print(PDF, 'SKP 2026 Siti.pdf');
    const { options } = FakeWindow.made[0]!;
    expect(options).toMatchObject({ title: 'Cetak — SKP 2026 Siti.pdf', parent, modal: false, show: true, autoHideMenuBar: true });
    // Pinned key by key in tests/security/csp-window.test.ts: the main window's isolation, no preload, plus the viewer plugin.
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webviewTag: false, plugins: true });
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(printWebPreferences()).toEqual(options.webPreferences);
  });

  it('denies new windows and blocks every navigation, and keeps its title', async () => {
    const { print, log } = setup();
    await print(PDF);
    const win = FakeWindow.made[0]!;
    for (const url of ['https://peraturan.bpk.go.id/', 'https://example.com/', 'file:///etc/passwd']) {
      expect(win.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      for (const event of ['will-navigate', 'will-redirect']) {
        const prevent = vi.fn();
        win.emitContents(event, { preventDefault: prevent }, url);
        expect(prevent, `${event} ${url}`).toHaveBeenCalledOnce();
      }
    }
    const prevent = vi.fn();
    win.emit('page-title-updated', { preventDefault: prevent }, 'judul PDF');
    expect(prevent).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith('jendela cetak: navigasi diblokir: https://example.com/');
  });

  it('without an app window it opens on its own', async () => {
    const { print } = setup();
    await print(PDF);
    expect(FakeWindow.made[0]!.options).not.toHaveProperty('parent');
  });
});
