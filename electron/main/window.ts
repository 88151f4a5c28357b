import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { AppLocation } from './app-url';
import { secureWebPreferences } from './security';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

export const WINDOW_TITLE = 'Peka — Penilaian Kinerja ASN';
/** Matches the UI's page background, so no white flash shows before the first paint. */
export const WINDOW_BACKGROUND = '#f8f9fa';

export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: WINDOW_TITLE,
    backgroundColor: WINDOW_BACKGROUND,
    show: false,
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export type CreateWindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  state: WindowState;
  preloadPath: string;
  location: AppLocation;
  /** Built renderer page; loaded with loadFile so Electron handles the path encoding. */
  rendererIndexPath: string;
  onLoadError?: (error: unknown) => void;
};

export function createMainWindow(deps: CreateWindowDeps): BrowserWindow {
  const win = new deps.BrowserWindow(mainWindowOptions(deps.state, deps.preloadPath));
  win.once('ready-to-show', () => {
    if (deps.state.isMaximized) win.maximize();
    win.show();
  });
  // The page's <title> would otherwise replace the window title on every route change.
  win.on('page-title-updated', (event) => event.preventDefault());
  const loading = deps.location.kind === 'dev' ? win.loadURL(deps.location.url) : win.loadFile(deps.rendererIndexPath);
  loading.catch((error: unknown) => deps.onLoadError?.(error));
  return win;
}
