import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** Size, position and maximized flag of the main window, kept between runs in userData. */
export const WindowStateSchema = z.object({
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  x: z.number().int().min(-100000).max(100000).optional(),
  y: z.number().int().min(-100000).max(100000).optional(),
  isMaximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export type Rect = { x: number; y: number; width: number; height: number };

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };
export const MIN_WINDOW_SIZE = { width: 1024, height: 700 } as const;

/** A missing or corrupt file is not worth an error dialog: the window just opens at the default. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return { ...DEFAULT_WINDOW_STATE };
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function loadWindowState(filePath: string): WindowState {
  let text: string | null;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    text = null;
  }
  return parseWindowState(text);
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clampSize(state: WindowState, area: Rect): { width: number; height: number } {
  return {
    width: Math.max(Math.min(state.width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width)),
    height: Math.max(Math.min(state.height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height)),
  };
}

/**
 * Keeps the window on a display that still exists: a monitor unplugged since the last run must
 * not leave the window off-screen. Without a saved position (or when it is off every display) the
 * position is dropped so Electron centres the window; otherwise the window is pulled fully inside
 * the display it overlaps most, shrinking it if that display is smaller.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  if (state.x === undefined || state.y === undefined) {
    return { isMaximized: state.isMaximized, ...clampSize(state, primary) };
  }
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  const best = workAreas.reduce<{ area: Rect; overlap: number } | null>((acc, area) => {
    const overlap = overlapArea(bounds, area);
    return overlap > (acc?.overlap ?? 0) ? { area, overlap } : acc;
  }, null);
  if (!best) return { isMaximized: state.isMaximized, ...clampSize(state, primary) };
  const size = clampSize(state, best.area);
  const x = Math.min(Math.max(state.x, best.area.x), best.area.x + best.area.width - size.width);
  const y = Math.min(Math.max(state.y, best.area.y), best.area.y + best.area.height - size.height);
  return { ...size, x, y, isMaximized: state.isMaximized };
}

/** Writes through a temporary file and a rename, so a crash mid-write leaves the old file intact. */
export function saveWindowState(filePath: string, state: WindowState): void {
  mkdirSync(dirname(filePath), { recursive: true });
  const tmp = `${filePath}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(tmp, filePath);
}

/** The slice of BrowserWindow the keeper reads. */
export type TrackedWindow = {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
};

export function snapshotWindow(win: TrackedWindow): WindowState {
  // Normal bounds are the restored size even while maximized, so un-maximizing next run works.
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, isMaximized: win.isMaximized() };
}

export type KeeperOptions = { save: (state: WindowState) => void; delayMs?: number; onError?: (error: unknown) => void };

/** Saves the window state shortly after the last resize/move (debounced) and once more on close. */
export function trackWindowState(win: TrackedWindow, options: KeeperOptions): { flush(): void } {
  const delayMs = options.delayMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // A minimized or full-screen window is not a size the user wants back.
    if (win.isMinimized() || win.isFullScreen()) return;
    try {
      options.save(snapshotWindow(win));
    } catch (error) {
      options.onError?.(error);
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', flush);
  return { flush };
}
