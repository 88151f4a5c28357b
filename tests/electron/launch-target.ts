import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Finds what the Electron tests launch, without require('electron') (that would try to download
 * the binary). Order: $ELECTRON_BIN, then node_modules/electron/path.txt → node_modules/electron/dist/.
 */
export type LaunchTarget = { ok: true; executablePath: string; mainScript: string } | { ok: false; reason: string };

export const ROOT = resolve(import.meta.dirname, '../..');

function electronBinary(): string | { missing: string } {
  const fromEnv = process.env['ELECTRON_BIN'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : { missing: `ELECTRON_BIN=${fromEnv} does not exist` };
  const pkgDir = join(ROOT, 'node_modules', 'electron');
  const pathTxt = join(pkgDir, 'path.txt');
  if (!existsSync(pathTxt)) {
    return {
      missing:
        'no Electron binary: node_modules/electron/path.txt is missing (the binary download needs network). ' +
        'Set ELECTRON_BIN=/path/to/electron or run `node node_modules/electron/install.js` where the download works',
    };
  }
  const binary = join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : { missing: `no Electron binary at ${binary}` };
}

export function findLaunchTarget(): LaunchTarget {
  const binary = electronBinary();
  if (typeof binary !== 'string') return { ok: false, reason: binary.missing };
  const mainScript = join(ROOT, 'out', 'main', 'index.js');
  if (!existsSync(mainScript)) return { ok: false, reason: 'out/main/index.js is missing: run `npx electron-vite build` first' };
  const hasDisplay = Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
  if (process.platform === 'linux' && !hasDisplay) {
    return { ok: false, reason: 'no display: on Linux run `xvfb-run -a npx playwright test -c playwright.electron.config.ts`' };
  }
  return { ok: true, executablePath: binary, mainScript };
}
