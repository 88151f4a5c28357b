// Deliberately insecure, scanned by electronegativity only: proves on every run that the scanner
// works (offline, with our options) and still reports HIGH findings. Its findings are expected and
// never count against the app. Nothing loads this file.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose: the scanner's own examples
const { BrowserWindow } = require('electron');

function canary() {
  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
}

module.exports = { canary };
