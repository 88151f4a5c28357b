import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  type Rect,
  type TrackedWindow,
  clampToDisplays,
  loadWindowState,
  saveWindowState,
  trackWindowState,
} from './window-state';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'peka-window-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('load and save', () => {
  it('defaults to 1280x800 without a file', () => {
    expect(loadWindowState(join(dir, 'none.json'))).toEqual({ width: 1280, height: 800, isMaximized: false });
  });

  it.each(['{not json', '{"width":"big","height":800}', '[]', '{"width":50,"height":50}'])('falls back to defaults on %s', (text) => {
    const file = join(dir, 'window-state.json');
    writeFileSync(file, text);
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips through the file, creating the folder', () => {
    const file = join(dir, 'nested', 'window-state.json');
    const state = { x: 10, y: 20, width: 1400, height: 900, isMaximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that is fully visible', () => {
    const state = { x: 2000, y: 100, width: 1300, height: 900, isMaximized: false };
    expect(clampToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('drops the position when its monitor is gone, so the window is centred', () => {
    const state = { x: 2000, y: 100, width: 1300, height: 900, isMaximized: true };
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1300, height: 900, isMaximized: true });
  });

  it('pulls a half-visible window inside the display it overlaps most', () => {
    const state = { x: 1500, y: -50, width: 1300, height: 900, isMaximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({ x: 620, y: 0, width: 1300, height: 900, isMaximized: false });
  });

  it('shrinks a window larger than a small screen, but not below the minimum that fits', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    const state = { x: 0, y: 0, width: 2400, height: 1400, isMaximized: false };
    expect(clampToDisplays(state, [small])).toEqual({ x: 0, y: 0, width: 1366, height: 728, isMaximized: false });
  });

  it('leaves the state alone when no display is known', () => {
    expect(clampToDisplays(DEFAULT_WINDOW_STATE, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

function fakeWindow(bounds: Rect) {
  const listeners = new Map<string, Array<() => void>>();
  const win: TrackedWindow & { emit(event: string): void; bounds: Rect; minimized: boolean } = {
    bounds,
    minimized: false,
    getNormalBounds: () => win.bounds,
    isMaximized: () => false,
    isMinimized: () => win.minimized,
    isFullScreen: () => false,
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    emit: (event) => listeners.get(event)?.forEach((listener) => listener()),
  };
  return win;
}

describe('trackWindowState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a burst of resizes, and again on close', () => {
    const save = vi.fn();
    const win = fakeWindow({ x: 0, y: 0, width: 1280, height: 800 });
    trackWindowState(win, { save, delayMs: 300 });
    win.emit('resize');
    win.bounds = { x: 0, y: 0, width: 1300, height: 820 };
    win.emit('resize');
    win.emit('move');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1300, height: 820, isMaximized: false });
    win.emit('close');
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('does not remember a minimized window', () => {
    const save = vi.fn();
    const win = fakeWindow({ x: 0, y: 0, width: 1280, height: 800 });
    trackWindowState(win, { save });
    win.minimized = true;
    win.emit('close');
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failing save instead of throwing from an event', () => {
    const onError = vi.fn();
    const win = fakeWindow({ x: 0, y: 0, width: 1280, height: 800 });
    trackWindowState(win, { save: () => { throw new Error('disk full'); }, onError });
    expect(() => win.emit('close')).not.toThrow();
    expect(onError).toHaveBeenCalled();
  });
});
