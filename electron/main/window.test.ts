import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window';

describe('mainWindowOptions', () => {
  it('opens hidden (shown on ready-to-show) with the Peka title and a minimum size', () => {
    const options = mainWindowOptions({ width: 1280, height: 800, isMaximized: false }, '/app/out/preload/index.cjs');
    expect(options).toMatchObject({
      width: 1280,
      height: 800,
      center: true,
      minWidth: 1024,
      minHeight: 700,
      title: 'Peka — Penilaian Kinerja ASN',
      show: false,
    });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: '/app/out/preload/index.cjs' });
  });

  it('restores a saved position', () => {
    const options = mainWindowOptions({ x: 5, y: 6, width: 1300, height: 900, isMaximized: false }, '/p.cjs');
    expect(options).toMatchObject({ x: 5, y: 6 });
    expect(options).not.toHaveProperty('center');
  });
});
