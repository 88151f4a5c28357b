// Scanned by electronegativity only (tests/security/electronegativity.mjs); nothing loads it.
// The scanner checks literal `new BrowserWindow({ webPreferences: { … } })` calls, while Peka builds
// its options in electron/main/security.ts and creates the window through an injected constructor,
// which the scanner does not follow. This literal copy lets it check the real values;
// tests/security/csp-window.test.ts fails when it drifts from secureWebPreferences().
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose: the scanner's own examples
const { BrowserWindow } = require('electron');

function mainWindowProbe(preload) {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      preload,
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
    },
  });
}

module.exports = { mainWindowProbe };
