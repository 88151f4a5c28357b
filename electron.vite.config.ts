import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { readFileSync } from 'node:fs';
import { relaxCspForDev } from './scripts/vite-csp-plugin.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const alias = { '@shared': fromRoot('./shared') };
const pkg = JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // zod stays external: it is the one runtime dependency electron-builder packs.
      externalizeDeps: true,
      lib: { entry: fromRoot('./electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require node_modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      lib: { entry: fromRoot('./electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { alias },
    plugins: [react(), relaxCspForDev()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: fromRoot('./renderer/index.html') },
    },
  },
});
