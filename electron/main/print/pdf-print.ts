import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { type HostOutput, MAX_FILE_BYTES } from '@shared/host/contract';
import { checkPrintablePdf, printTitle } from '@shared/host/print';
import { HostFailure } from '../host-failure';
import type { ParsedInput } from '../ipc';
import { isolatedWebPreferences } from '../security';

/**
 * 'pdf:print' on the desktop (issue #6): the bytes go to a private temporary file, shown in a
 * print-preview window with Chromium's PDF viewer, from which the user prints (its print button or
 * Ctrl+P). The file is removed when that window closes, and any leftovers at start and at quit.
 * Electron's pieces are injected, so all of it runs in plain Node tests.
 */

/** Folder under userData that holds nothing but files being printed. */
export const PRINT_DIR_NAME = 'cetak-sementara';
/** Owner only: other accounts on the machine must not read appraisal documents. */
export const PRINT_DIR_MODE = 0o700;
export const PRINT_FILE_MODE = 0o600;
/** The PDF viewer's own background, so no white flash shows before it paints. */
const VIEWER_BACKGROUND = '#525659';

/** The slice of node:fs/promises used here. */
export type PrintFs = {
  mkdir(path: string, options: { recursive: true; mode: number }): Promise<unknown>;
  chmod(path: string, mode: number): Promise<void>;
  /** Called with flag 'wx': a new file or an error, never an existing file or link followed. */
  writeFile(path: string, data: Uint8Array, options: { mode: number; flag: 'wx' }): Promise<void>;
  rm(path: string, options: { force: true; recursive?: true }): Promise<void>;
  /** At quit there is no time to wait for a promise. */
  rmSync(path: string, options: { force: true; recursive: true }): void;
};

/** The slice of BrowserWindow used here; a real BrowserWindow satisfies it. */
export type PrintWindow = {
  loadFile(path: string): Promise<void>;
  on(event: 'closed', listener: () => void): unknown;
  on(event: 'page-title-updated', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  webContents: {
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
    on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  };
};

export type PrintDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  fs: PrintFs;
  /** join(app.getPath('userData'), PRINT_DIR_NAME) */
  dir: string;
  /** 128 random bits as hex (crypto.randomBytes(16).toString('hex')). */
  randomName: () => string;
  /** The app window the print window belongs to (stays above it). */
  parent?: () => BrowserWindow | undefined;
  log?: (message: string) => void;
};

/**
 * The print window: no preload (so no bridge to main), sandboxed, isolated, no Node; `plugins`
 * is what Electron's built-in PDF viewer needs and the only preference looser than the main window.
 */
export function printWebPreferences() {
  return { ...isolatedWebPreferences(), plugins: true } as const satisfies WebPreferences;
}

export function printWindowOptions(fileName: string, parent?: BrowserWindow): BrowserWindowConstructorOptions {
  return {
    title: printTitle(fileName),
    width: 900,
    height: 1000,
    minWidth: 480,
    minHeight: 400,
    ...(parent ? { parent } : {}),
    modal: false,
    show: true,
    autoHideMenuBar: true,
    backgroundColor: VIEWER_BACKGROUND,
    webPreferences: printWebPreferences(),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Nothing leaves the print window: no new windows, no navigation, and the title stays ours. */
export function lockPrintWindow(win: PrintWindow, log: (message: string) => void): void {
  win.webContents.setWindowOpenHandler(({ url }) => {
    log(`jendela cetak: window.open diblokir: ${url}`);
    return { action: 'deny' };
  });
  const block = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    log(`jendela cetak: navigasi diblokir: ${url}`);
  };
  win.webContents.on('will-navigate', block);
  win.webContents.on('will-redirect', block);
  // The viewer would put the PDF's own title there; "Cetak — <file>" says what the window is for.
  win.on('page-title-updated', (event) => event.preventDefault());
}

export function createPdfPrinter(deps: PrintDeps) {
  const log = deps.log ?? (() => undefined);
  const open = new Set<string>();
  /** A print waits for the start-up sweep, so the sweep never removes a file just written. */
  let swept: Promise<void> = Promise.resolve();

  const remove = (file: string) =>
    deps.fs.rm(file, { force: true }).then(
      () => open.delete(file),
      (error: unknown) => log(`berkas cetak sementara tidak terhapus (${file}): ${describe(error)}`),
    );

  async function writePrivateFile(data: Uint8Array): Promise<string> {
    const file = join(deps.dir, `cetak-${deps.randomName()}.pdf`);
    try {
      await deps.fs.mkdir(deps.dir, { recursive: true, mode: PRINT_DIR_MODE });
      // mkdir keeps the mode of a folder that already exists: make sure it is private.
      await deps.fs.chmod(deps.dir, PRINT_DIR_MODE);
      await deps.fs.writeFile(file, data, { mode: PRINT_FILE_MODE, flag: 'wx' });
    } catch (error) {
      throw new HostFailure('print/failed', `Berkas cetak sementara tidak dapat ditulis: ${describe(error)}`);
    }
    open.add(file);
    return file;
  }

  async function print(input: ParsedInput<'pdf:print'>): Promise<HostOutput<'pdf:print'>> {
    const problem = checkPrintablePdf(input.data, MAX_FILE_BYTES);
    if (problem === 'print/not-pdf') throw new HostFailure('print/not-pdf', 'Berkas bukan PDF (tidak diawali %PDF-)');
    if (problem) throw new HostFailure(problem, `${input.data.byteLength} > ${MAX_FILE_BYTES} bita`);
    await swept;
    const file = await writePrivateFile(input.data);
    let win: PrintWindow;
    try {
      win = new deps.BrowserWindow(printWindowOptions(input.fileName, deps.parent?.()));
    } catch (error) {
      await remove(file);
      throw new HostFailure('print/failed', `Jendela cetak tidak dapat dibuka: ${describe(error)}`);
    }
    win.on('closed', () => void remove(file));
    lockPrintWindow(win, log);
    // Not awaited: the viewer's navigation is not a page load the renderer should wait for.
    win.loadFile(file).catch((error: unknown) => {
      log(`PDF tidak dapat dimuat di jendela cetak: ${describe(error)}`);
      win.close();
    });
    return { opened: true };
  }

  return {
    handlers: { 'pdf:print': print },
    /** At start: whatever an earlier run left behind (a crash, a kill) goes. */
    sweep(): Promise<void> {
      swept = deps.fs.rm(deps.dir, { force: true, recursive: true }).catch((error: unknown) => log(`folder cetak sementara tidak terhapus: ${describe(error)}`));
      return swept;
    },
    /** At quit ('will-quit'): the folder goes with whatever is still open. */
    sweepSync(): void {
      try {
        deps.fs.rmSync(deps.dir, { force: true, recursive: true });
        open.clear();
      } catch (error) {
        log(`folder cetak sementara tidak terhapus: ${describe(error)}`);
      }
    },
    /** Files still open in a print window (for tests and the quit-time sweep). */
    openFiles: (): string[] => [...open],
  };
}
