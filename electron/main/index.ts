import { BrowserWindow, Menu, app, dialog, ipcMain, safeStorage, screen, session, shell } from 'electron';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppHandlers } from './app.handlers';
import { ROLLING_CONFIG_FILE } from './backup/rolling-config';
import { nodeRollingFs } from './backup/rolling-fs';
import { createRollingBackupHandlers } from './backup/rolling.handlers';
import { isAppUrl, resolveAppLocation } from './app-url';
import { type FileDialog, createFileHandlers } from './file.handlers';
import { createFolderExport } from './folder-export';
import { nodeFolderFs } from './folder-export-fs';
import { type HostHandlers, defaultLogError, registerHostHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { PRINT_DIR_NAME, createPdfPrinter } from './print/pdf-print';
import { KEY_STORE_FILE, createKeyStore } from './signing/key-store';
import { createSigningHandlers } from './signing/signing.handlers';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE, clampToDisplays, loadWindowState, saveWindowState, trackWindowState } from './window-state';

/** Lifecycle wiring only; every decision lives in a module that plain Node tests can load. */

const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererIndexPath = join(here, '../renderer/index.html');
// A packaged app never trusts a dev-server URL from the environment: it would gain the IPC bridge.
const location = resolveAppLocation(app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'], rendererIndexPath);
const log = (message: string) => console.warn(`[peka] ${message}`);

let mainWindow: BrowserWindow | null = null;

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? mainWindow ?? undefined;
}

type PdfPrinter = ReturnType<typeof createPdfPrinter>;

function createPrinter(): PdfPrinter {
  return createPdfPrinter({
    BrowserWindow,
    fs: {
      mkdir: (p, o) => fs.mkdir(p, o),
      chmod: (p, m) => fs.chmod(p, m),
      writeFile: (p, d, o) => fs.writeFile(p, d, o),
      rm: (p, o) => fs.rm(p, o),
      rmSync: (p, o) => rmSync(p, o),
    },
    dir: join(app.getPath('userData'), PRINT_DIR_NAME),
    randomName: () => randomBytes(16).toString('hex'),
    parent: () => mainWindow ?? undefined,
    log,
  });
}

type FolderExport = ReturnType<typeof createFolderExport>;

function hostHandlers(printer: PdfPrinter, folders: FolderExport): HostHandlers {
  const withParent = <O, R>(show: (win: BrowserWindow, options: O) => R, showAlone: (options: O) => R) => (options: O) => {
    const win = parentWindow();
    return win ? show(win, options) : showAlone(options);
  };
  const fileDialog: FileDialog = {
    showSaveDialog: withParent((w, o) => dialog.showSaveDialog(w, o), (o) => dialog.showSaveDialog(o)),
    showOpenDialog: withParent((w, o) => dialog.showOpenDialog(w, o), (o) => dialog.showOpenDialog(o)),
  };
  const files = { writeFile: (p: string, d: Uint8Array) => fs.writeFile(p, d), stat: (p: string) => fs.stat(p), readFile: (p: string) => fs.readFile(p) };
  const keyStore = createKeyStore({
    safeStorage,
    fs: { readFile: (p) => fs.readFile(p), writeFile: (p, d, o) => fs.writeFile(p, d, o), rm: (p, o) => fs.rm(p, o) },
    file: join(app.getPath('userData'), KEY_STORE_FILE),
  });
  return {
    ...createAppHandlers({ getVersion: () => app.getVersion(), platform: process.platform, electronVersion: process.versions['electron'] }),
    ...createFileHandlers({ dialog: fileDialog, fs: files, defaultDir: app.getPath('documents') }),
    ...printer.handlers,
    ...folders.handlers,
    ...createSigningHandlers({ dialog: fileDialog, fs: files, keyStore, defaultDir: app.getPath('documents') }),
    ...createRollingBackupHandlers({
      dialog: { showOpenDialog: withParent((w, o) => dialog.showOpenDialog(w, o), (o) => dialog.showOpenDialog(o)) },
      fs: nodeRollingFs,
      configFile: join(app.getPath('userData'), ROLLING_CONFIG_FILE),
    }),
  };
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'Tentang Peka',
    message: `Peka ${app.getVersion()}`,
    detail: 'Penilaian Kinerja ASN sesuai PermenPANRB Nomor 6 Tahun 2022.',
    buttons: ['Tutup'],
  };
  const win = parentWindow();
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

function openMainWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const win = createMainWindow({
    BrowserWindow,
    state: clampToDisplays(loadWindowState(stateFile), workAreas),
    preloadPath,
    location,
    rendererIndexPath,
    onLoadError: (error) => log(`halaman gagal dimuat: ${String(error)}`),
  });
  trackWindowState(win, { save: (state) => saveWindowState(stateFile, state), onError: (e) => log(`status jendela: ${String(e)}`) });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession, location);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged, isMac: process.platform === 'darwin', onAbout: showAbout })),
  );
  const printer = createPrinter();
  void printer.sweep();
  app.on('will-quit', () => printer.sweepSync());
  const folders = createFolderExport({
    dialog: {
      showOpenDialog: (o) => {
        const win = parentWindow();
        return win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o);
      },
    },
    fs: nodeFolderFs,
    newToken: () => randomBytes(16).toString('hex'),
    defaultDir: app.getPath('documents'),
    log,
  });
  app.on('will-quit', () => folders.abandonAllSync());
  registerHostHandlers(ipcMain, hostHandlers(printer, folders), { isTrustedSender: (url) => isAppUrl(location, url), logError: defaultLogError });
  mainWindow = openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
  });
}

function start(): void {
  app.enableSandbox();
  if (process.platform === 'win32') app.setAppUserModelId('id.go.tangerangselatan.peka');
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { location, openExternal: (url) => shell.openExternal(url), log }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('[peka] gagal memulai', error);
    app.exit(1);
  });
}

// A second launch hands over to the running instance (its 'second-instance' focuses the window).
if (app.requestSingleInstanceLock()) start();
else app.quit();
