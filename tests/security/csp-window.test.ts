import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_CHANNELS, HOST_GLOBAL } from '@shared/host/channels';
import { APP_CSP, DEV_CSP } from '@shared/host/csp';
import { printWindowOptions } from '../../electron/main/print/pdf-print';
import { mainWindowOptions } from '../../electron/main/window';

/**
 * What electron/main/csp.test.ts and security.test.ts do not already pin: the CSP directive by
 * directive, the meta tag's place in the page, the options the real window is built with, and
 * that nothing else in main or the preload opens a way around them.
 */

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...sources]) => [name!, sources]));
}

describe('APP_CSP, directive by directive', () => {
  const csp = directives(APP_CSP);

  it('pins the strict directives', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('allows no eval, no remote origin and no wildcard anywhere, in the app or the dev policy', () => {
    for (const policy of [APP_CSP, DEV_CSP]) {
      for (const [name, sources] of directives(policy)) {
        for (const source of sources) {
          expect(source, `${name} ${source}`).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic|^\*$|^https?:$|^https?:\/\/|^\*\./);
        }
      }
    }
  });

  it("keeps 'unsafe-inline' to styles (Mantine sets inline styles), never scripts", () => {
    for (const [name, sources] of csp) if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
  });

  it("frames only the page's own blob: URLs (printing a PDF in the web version), and no plugins", () => {
    expect(csp.get('frame-src')).toEqual(['blob:']);
    expect(csp.has('child-src')).toBe(false);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(directives(DEV_CSP).get('frame-src')).toEqual(['blob:']);
  });

  it('does not loosen connections beyond the app itself', () => {
    expect(csp.get('connect-src')?.every((s) => ["'self'", 'blob:', 'data:'].includes(s))).toBe(true);
  });

  it('lists exactly these directives (a new one needs a reason here)', () => {
    expect([...csp.keys()]).toEqual(['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'worker-src', 'frame-src', 'object-src', 'base-uri', 'form-action']);
  });
});

describe('renderer/index.html', () => {
  const html = read('renderer/index.html');

  it('has one CSP meta tag, before any script, style or link (a meta CSP only covers what follows it)', () => {
    const tags = [...html.matchAll(/<(meta|script|link|style)\b[^>]*>/gi)].map((m) => m[0]);
    const csp = tags.filter((t) => /http-equiv="Content-Security-Policy"/i.test(t));
    expect(csp).toHaveLength(1);
    const first = tags.findIndex((t) => /^<(script|link|style)/i.test(t));
    expect(tags.indexOf(csp[0]!)).toBeLessThan(first);
  });

  it('loads no remote resource and no inline script', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });
});

describe('the main window', () => {
  const prefs = mainWindowOptions({ width: 1280, height: 800, isMaximized: false }, '/app/out/preload/index.cjs').webPreferences ?? {};

  it('is built isolated, sandboxed, without Node, webviews or insecure content', () => {
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('the literal copy electronegativity scans (window-probe.cjs) matches the real preferences', () => {
    const probe = read('tests/security/window-probe.cjs');
    const literal = Object.fromEntries([...probe.matchAll(/^ {6}(\w+): (true|false),$/gm)].map(([, key, value]) => [key, value === 'true']));
    const { preload: _preload, ...booleans } = prefs;
    expect(literal).toEqual(booleans);
  });

  const mainSources = readdirSync(new URL('electron/main', ROOT), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: join('electron/main', f), text: read(join('electron/main', f)) }));

  it('main creates BrowserWindows only through createMainWindow and the print window', () => {
    const creators = mainSources.filter((s) => /new\s+(deps\.)?BrowserWindow\s*\(/.test(s.text)).map((s) => s.file);
    expect(creators.sort()).toEqual([join('electron/main', 'print/pdf-print.ts'), join('electron/main', 'window.ts')]);
    for (const s of mainSources) {
      expect(s.text, s.file).not.toMatch(/nodeIntegration\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false|webSecurity\s*:\s*false|webviewTag\s*:\s*true/);
      expect(s.text, s.file).not.toMatch(/enableBlinkFeatures|allowRunningInsecureContent\s*:\s*true|experimentalFeatures\s*:\s*true/);
      expect(s.text, s.file).not.toMatch(/enableRemoteModule|@electron\/remote|setPermissionRequestHandler\(\s*null/);
    }
  });

  it('main turns on the sandbox for every renderer and hardens every web contents and the session', () => {
    const index = read('electron/main/index.ts');
    expect(index).toMatch(/app\.enableSandbox\(\)/);
    expect(index).toMatch(/'web-contents-created'[\s\S]{0,200}hardenWebContents\(/);
    expect(index).toMatch(/hardenSession\(session\.defaultSession/);
    expect(index).toMatch(/app\.isPackaged \? undefined : process\.env\['ELECTRON_RENDERER_URL'\]/);
  });
});

describe('the print window (issue #6)', () => {
  const options = printWindowOptions('skp.pdf');
  const prefs = options.webPreferences ?? {};

  it('has no preload (no bridge to main) and differs from the main window (pinned above) only by the PDF viewer plugin', () => {
    const main = mainWindowOptions({ width: 1280, height: 800, isMaximized: false }, '/p.cjs').webPreferences ?? {};
    const { preload: _preload, ...mainBooleans } = main;
    expect(prefs).toEqual({ ...mainBooleans, plugins: true });
    expect(prefs).not.toHaveProperty('preload');
    expect(options.title).toBe('Cetak — skp.pdf');
  });

  it('is wired in main: handlers registered, leftovers swept at start and at quit', () => {
    const index = read('electron/main/index.ts');
    expect(index).toMatch(/\.\.\.printer\.handlers/);
    expect(index).toMatch(/printer\.sweep\(\)/);
    expect(index).toMatch(/'will-quit'[\s\S]{0,60}printer\.sweepSync\(\)/);
  });
});

describe('the preload', () => {
  const preload = read('electron/preload/index.ts');

  it('exposes one frozen object of contract channels and never ipcRenderer itself', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\(HOST_GLOBAL, bridge\)/);
    expect(preload).toMatch(/Object\.freeze\(/);
    expect(preload).toMatch(/HOST_CHANNELS\.map\(/);
    expect(preload).not.toMatch(/ipcRenderer\.(on|once|send|sendSync|sendTo|postMessage)\b/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).not.toMatch(/process\.(env|versions)|require\(/);
    expect(HOST_GLOBAL).toBe('host');
    expect(HOST_CHANNELS.every((c) => /^[a-z]+:[a-z-]+$/.test(c))).toBe(true);
  });
});
