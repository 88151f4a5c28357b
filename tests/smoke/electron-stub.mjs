// A recording stand-in for the parts of Electron's main-process API that out/main/index.js uses.
// Every call lands in `calls`, which run-main.mjs inspects after the app has "started".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const calls = {
  singleInstanceLock: 0,
  enableSandbox: 0,
  quit: 0,
  appListeners: new Map(),
  windows: [],
  loaded: [],
  handled: new Map(),
  menus: [],
  session: { permissionRequest: null, permissionCheck: null, headersReceived: null },
};

const userData = mkdtempSync(join(tmpdir(), 'peka-smoke-'));

function emitter(target) {
  const listeners = new Map();
  target.listeners = listeners;
  target.on = (event, listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    return target;
  };
  target.once = target.on;
  target.emit = (event, ...args) => (listeners.get(event) ?? []).forEach((listener) => listener(...args));
  return target;
}

export const app = emitter({
  isPackaged: false,
  requestSingleInstanceLock: () => {
    calls.singleInstanceLock += 1;
    return true;
  },
  enableSandbox: () => {
    calls.enableSandbox += 1;
  },
  setAppUserModelId: () => undefined,
  whenReady: () => Promise.resolve(),
  quit: () => {
    calls.quit += 1;
  },
  exit: (code) => {
    throw new Error(`app.exit(${code}) called during smoke run`);
  },
  getVersion: () => '0.0.0-smoke',
  getName: () => 'Peka',
  getPath: (name) => join(userData, name),
});
calls.appListeners = app.listeners;

function webContents() {
  const contents = emitter({ windowOpenHandler: null });
  contents.setWindowOpenHandler = (handler) => {
    contents.windowOpenHandler = handler;
  };
  return contents;
}

export class BrowserWindow {
  static all = [];
  static getAllWindows = () => BrowserWindow.all;
  static getFocusedWindow = () => null;

  constructor(options) {
    emitter(this);
    this.options = options;
    this.webContents = webContents();
    calls.windows.push(this);
    BrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    calls.loaded.push({ url });
    return Promise.resolve();
  }
  loadFile(file) {
    calls.loaded.push({ file });
    return Promise.resolve();
  }
  show() {}
  maximize() {}
  restore() {}
  focus() {}
  isMinimized() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: this.options.width, height: this.options.height };
  }
}

export const ipcMain = {
  handle: (channel, listener) => {
    if (calls.handled.has(channel)) throw new Error(`second handler for ${channel}`);
    calls.handled.set(channel, listener);
  },
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => calls.menus.push(menu),
};

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = {
  getPrimaryDisplay: () => ({ workArea }),
  getAllDisplays: () => [{ workArea }],
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => (calls.session.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (calls.session.permissionCheck = handler),
    webRequest: { onHeadersReceived: (handler) => (calls.session.headersReceived = handler) },
  },
};

export const dialog = {
  /** A folder the next open dialog answers with (once); otherwise the dialog is cancelled. */
  nextOpen: null,
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  showOpenDialog: async () => {
    const chosen = dialog.nextOpen;
    dialog.nextOpen = null;
    return chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] };
  },
  showMessageBox: async () => ({ response: 0 }),
};

export const shell = { openExternal: async () => undefined };

// No OS key store in the smoke run: "remember" is refused, nothing is written.
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('safeStorage unavailable in the smoke run');
  },
  decryptString: () => {
    throw new Error('safeStorage unavailable in the smoke run');
  },
};

export default { app, BrowserWindow, ipcMain, Menu, screen, session, dialog, shell, safeStorage };
