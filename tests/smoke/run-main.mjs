// Smoke run of the built Electron bundles in plain Node (no Electron binary on these machines).
// Run after `electron-vite build`:  node tests/smoke/run-main.mjs
// main:    out/main/index.js is imported with 'electron' mapped to ./electron-stub.mjs
// preload: out/preload/index.cjs is evaluated in a fresh vm context with a stub contextBridge
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { register } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = (path) => join(root, 'out', path);
const results = [];

function check(name, fn) {
  try {
    const detail = fn();
    results.push(true);
    console.log(`ok   ${name}${typeof detail === 'string' ? ` (${detail})` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function sameSet(actual, expected, what) {
  const a = [...actual].sort();
  const e = [...expected].sort();
  assert(JSON.stringify(a) === JSON.stringify(e), `${what}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a)}`);
}

/** HOST_CHANNELS read from the source of truth (TypeScript, so parsed rather than imported). */
function hostChannels() {
  const source = readFileSync(join(root, 'shared/host/channels.ts'), 'utf8');
  const list = source.match(/HOST_CHANNELS\s*=\s*\[([^\]]*)\]/)?.[1];
  assert(list, 'HOST_CHANNELS not found in shared/host/channels.ts');
  return [...list.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

const flush = () => new Promise((done) => setImmediate(done));

/** Imports the built main bundle with 'electron' stubbed; returns the stub's call record. */
async function startMain() {
  const mainPath = out('main/index.js');
  let importError = existsSync(mainPath) ? undefined : new Error('missing: run `npx electron-vite build` first');
  delete process.env['ELECTRON_RENDERER_URL'];
  register('./electron-loader.mjs', import.meta.url, {
    data: { stubUrl: new URL('./electron-stub.mjs', import.meta.url).href },
  });
  const { calls } = await import('./electron-stub.mjs');
  if (!importError) {
    try {
      await import(pathToFileURL(mainPath).href);
      for (let i = 0; i < 5; i += 1) await flush(); // let app.whenReady().then(onReady) run
    } catch (error) {
      importError = error;
    }
  }
  check('out/main/index.js imports and starts without throwing', () => assert(!importError, String(importError?.stack ?? importError)));
  return importError ? null : calls;
}

function checkLifecycle(calls, channels) {
  check('requestSingleInstanceLock was called', () => assert(calls.singleInstanceLock === 1, `calls: ${calls.singleInstanceLock}`));
  check('app.enableSandbox was called', () => assert(calls.enableSandbox === 1, `calls: ${calls.enableSandbox}`));
  check('second-instance, window-all-closed and web-contents-created are handled', () => {
    for (const event of ['second-instance', 'window-all-closed', 'web-contents-created']) {
      assert(calls.appListeners.has(event), `no listener for ${event}`);
    }
  });
  check('every HOST_CHANNEL got exactly one ipcMain handler', () => {
    sameSet(calls.handled.keys(), channels, 'handled channels');
    return [...calls.handled.keys()].join(', ');
  });
  check('an application menu was set', () => {
    assert(calls.menus.length === 1, `setApplicationMenu calls: ${calls.menus.length}`);
    const labels = calls.menus[0].template.map((item) => item.label);
    assert(labels.includes('Berkas') && labels.includes('Bantuan'), `labels: ${labels}`);
    return labels.join(', ');
  });
  check('session permission handlers and CSP header hook are installed', () => {
    const { permissionRequest, permissionCheck, headersReceived } = calls.session;
    assert(permissionRequest && permissionCheck && headersReceived, 'a session hook is missing');
    let granted;
    permissionRequest({ getURL: () => 'https://example.com/' }, 'media', (g) => (granted = g), {});
    assert(granted === false, 'media permission was not denied');
  });
}

function checkWindow(calls) {
  const win = calls.windows[0];
  check('one BrowserWindow was created', () => assert(calls.windows.length === 1, `windows: ${calls.windows.length}`));
  if (!win) return;
  const prefs = win.options.webPreferences ?? {};
  check('window: contextIsolation true', () => assert(prefs.contextIsolation === true, String(prefs.contextIsolation)));
  check('window: sandbox true', () => assert(prefs.sandbox === true, String(prefs.sandbox)));
  check('window: nodeIntegration false', () => assert(prefs.nodeIntegration === false, String(prefs.nodeIntegration)));
  check('window: webviewTag false and webSecurity true', () => assert(prefs.webviewTag === false && prefs.webSecurity === true, 'insecure'));
  check('window: preload path ends with index.cjs and exists', () => {
    assert(typeof prefs.preload === 'string' && prefs.preload.endsWith('index.cjs'), `preload: ${prefs.preload}`);
    assert(existsSync(prefs.preload), `missing: ${prefs.preload}`);
    return prefs.preload;
  });
  check('window: title contains Peka and starts hidden', () => assert(/Peka/.test(win.options.title) && win.options.show === false, win.options.title));
  check('window loads out/renderer/index.html from file', () => {
    const loaded = calls.loaded[0];
    assert(loaded?.file === out('renderer/index.html'), `loaded: ${JSON.stringify(loaded)}`);
  });
  check('web contents are hardened (window.open denied, navigation guarded)', () => {
    const contents = win.webContents;
    assert(contents.windowOpenHandler?.({ url: 'https://example.com/' })?.action === 'deny', 'window.open not denied');
    let prevented = false;
    const listeners = contents.listeners.get('will-navigate') ?? [];
    assert(listeners.length > 0, 'no will-navigate guard');
    listeners.forEach((listener) => listener({ preventDefault: () => (prevented = true) }, 'https://example.com/'));
    assert(prevented, 'navigation to example.com was not prevented');
  });
}

/** Calls the registered handlers the way ipcMain would, from the app page and from elsewhere. */
async function checkIpc(calls) {
  const appPage = { senderFrame: { url: pathToFileURL(out('renderer/index.html')).href } };
  const invoke = (channel, event, input) => calls.handled.get(channel)?.(event, input);
  const info = await invoke('app:info', appPage, undefined);
  check("'app:info' from the app page returns ok with host electron", () => {
    assert(info?.ok === true && info.value.host === 'electron' && info.value.name === 'Peka', JSON.stringify(info));
  });
  const foreign = await invoke('app:info', { senderFrame: { url: 'https://example.com/' } }, undefined);
  check("'app:info' from a foreign page is host/forbidden-sender", () => {
    assert(foreign?.ok === false && foreign.error.code === 'host/forbidden-sender', JSON.stringify(foreign));
  });
  const bad = await invoke('file:open', appPage, { filters: 'nope' });
  check("'file:open' with malformed input is host/invalid-input", () => {
    assert(bad?.ok === false && bad.error.code === 'host/invalid-input', JSON.stringify(bad));
  });
  await checkPrint(calls, (input) => invoke('pdf:print', appPage, input));
  await checkFolderExport((channel, input) => invoke(channel, appPage, input));
}

/** Bulk export into a folder through the bundle: staged while writing, shown whole at the end. */
async function checkFolderExport(invoke) {
  const { dialog } = await import('./electron-stub.mjs');
  const parent = mkdtempSync(join(tmpdir(), 'peka-smoke-folder-'));
  try {
    dialog.nextOpen = parent;
    const begun = await invoke('folder:begin', { folderName: 'Dokumen Evaluasi - Contoh' });
    const token = begun?.ok ? begun.value.token : null;
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    const wrote = token ? await invoke('folder:write', { token, fileName: '199512162025062001 - Siti.pdf', data: pdf }) : null;
    const staged = readdirSync(parent);
    const done = token ? await invoke('folder:finish', { token, keep: true }) : null;
    check("'folder:begin/write/finish' write one file per employee into a new folder, staged until finished", () => {
      assert(begun?.ok && begun.value.chosen === true, JSON.stringify(begun));
      assert(wrote?.ok && wrote.value.written === 1, JSON.stringify(wrote));
      assert(staged.length === 1 && staged[0].startsWith('.peka-ekspor-'), JSON.stringify(staged));
      assert(done?.ok && done.value.kept && done.value.folderName === 'Dokumen Evaluasi - Contoh', JSON.stringify(done));
      const files = readdirSync(join(parent, 'Dokumen Evaluasi - Contoh'));
      assert(files.length === 1 && files[0] === '199512162025062001 - Siti.pdf', JSON.stringify(files));
    });
    const sneaky = await invoke('folder:write', { token: token ?? '0'.repeat(32), fileName: '../luar.pdf', data: pdf });
    check("'folder:write' refuses a path in the file name (host/invalid-input)", () => assert(sneaky?.ok === false && sneaky.error.code === 'host/invalid-input', JSON.stringify(sneaky)));
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

/** 'pdf:print' through the bundle: refuses a non-PDF, opens a print window on a private copy, removes it on close. */
async function checkPrint(calls, print) {
  const notPdf = await print({ fileName: 'skp.pdf', data: new TextEncoder().encode('<html>') });
  check("'pdf:print' refuses bytes that are not a PDF (print/not-pdf)", () => {
    assert(notPdf?.ok === false && notPdf.error.code === 'print/not-pdf', JSON.stringify(notPdf));
  });
  const windowsBefore = calls.windows.length;
  const ok = await print({ fileName: 'skp.pdf', data: new TextEncoder().encode('%PDF-1.7\n%%EOF\n') });
  const win = calls.windows[windowsBefore];
  const file = calls.loaded.at(-1)?.file;
  check("'pdf:print' opens a print window titled 'Cetak — skp.pdf' with no preload and the PDF viewer", () => {
    assert(ok?.ok === true && win, JSON.stringify(ok));
    const prefs = win.options.webPreferences ?? {};
    assert(win.options.title === 'Cetak — skp.pdf', win.options.title);
    assert(prefs.preload === undefined && prefs.sandbox === true && prefs.contextIsolation === true && prefs.nodeIntegration === false && prefs.plugins === true, JSON.stringify(prefs));
  });
  check("'pdf:print' loads a private copy (0600, random name) in the app's folder", () => {
    assert(typeof file === 'string' && /cetak-sementara[\\/]cetak-[0-9a-f]{32}\.pdf$/.test(file), String(file));
    assert(readFileSync(file, 'latin1').startsWith('%PDF-'), 'not the PDF');
    if (process.platform !== 'win32') assert((statSync(file).mode & 0o777) === 0o600, (statSync(file).mode & 0o777).toString(8));
    assert(win.webContents.windowOpenHandler?.({ url: 'https://bkn.go.id/' })?.action === 'deny', 'window.open not denied');
  });
  win?.emit('closed');
  for (let i = 0; i < 50 && file && existsSync(file); i += 1) await new Promise((done) => setTimeout(done, 10));
  check("'pdf:print' removes the copy when its window closes", () => assert(file && !existsSync(file), `still there: ${file}`));
}

function smokePreload(channels) {
  const preloadPath = out('preload/index.cjs');
  check('out/preload/index.cjs exists', () => assert(existsSync(preloadPath), 'missing'));
  if (!existsSync(preloadPath)) return;
  const exposed = new Map();
  const invoked = [];
  const electronStub = {
    contextBridge: { exposeInMainWorld: (key, value) => exposed.set(key, value) },
    ipcRenderer: { invoke: (channel, input) => (invoked.push({ channel, input }), Promise.resolve('reply')) },
  };
  const required = [];
  const module = { exports: {} };
  const sandboxRequire = (id) => {
    required.push(id);
    if (id === 'electron') return electronStub;
    throw new Error(`sandboxed preload cannot require '${id}'`);
  };
  let loadError;
  try {
    const wrapper = vm.runInNewContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(preloadPath, 'utf8')}\n})`, {}, { filename: preloadPath });
    wrapper(module.exports, sandboxRequire, module, preloadPath, dirname(preloadPath));
  } catch (error) {
    loadError = error;
  }
  check('preload evaluates as CommonJS requiring only electron', () => {
    assert(!loadError, String(loadError));
    sameSet(new Set(required), ['electron'], 'required modules');
  });
  check("preload exposes exactly one global 'host'", () => sameSet(exposed.keys(), ['host'], 'exposed globals'));
  const host = exposed.get('host');
  check('window.host has exactly the HOST_CHANNELS, all functions', () => {
    assert(host && typeof host === 'object', 'host is not an object');
    sameSet(Object.keys(host), channels, 'host keys');
    for (const channel of channels) assert(typeof host[channel] === 'function', `${channel} is not a function`);
  });
  check('each bridge function forwards to ipcRenderer.invoke(channel, input)', () => {
    for (const channel of channels) host[channel]({ probe: channel });
    assert(JSON.stringify(invoked.map((c) => c.channel)) === JSON.stringify(channels), JSON.stringify(invoked));
    assert(invoked.every((c) => c.input.probe === c.channel), 'input not forwarded');
  });
  check('preload bundles no zod and no ipcRenderer export', () => {
    const code = readFileSync(preloadPath, 'utf8');
    assert(!/require\(["']zod["']\)|ZodError|\$ZodType/.test(code), 'zod found in preload');
    assert(!/exposeInMainWorld\([^)]*ipcRenderer\s*\)/.test(code), 'ipcRenderer exposed');
  });
}

function smokeRenderer() {
  const html = out('renderer/index.html');
  check('out/renderer/index.html exists', () => assert(existsSync(html), 'missing'));
  if (!existsSync(html)) return;
  const text = readFileSync(html, 'utf8');
  check('renderer assets use relative paths (loads from file://)', () => {
    const srcs = [...text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    assert(srcs.length > 0, 'no script or stylesheet found');
    const absolute = srcs.filter((src) => src.startsWith('/'));
    assert(absolute.length === 0, `absolute: ${absolute.join(', ')}`);
  });
  check('renderer keeps its CSP meta tag', () => assert(/http-equiv="Content-Security-Policy"/.test(text), 'no CSP meta'));
}

const channels = hostChannels();
console.log(`smoke: HOST_CHANNELS = ${channels.join(', ')}`);
const calls = await startMain();
if (calls) {
  checkLifecycle(calls, channels);
  checkWindow(calls);
  await checkIpc(calls);
}
smokePreload(channels);
smokeRenderer();
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
