import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Bundles bench/page/bench-page.ts (the app's AppDb and queries, for the benchmark's blank page) as
 * one classic script: node_modules/.cache/peka-bench/page/bench-page.js. Not part of the app's build.
 */
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
  define: { __APP_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    lib: { entry: fileURLToPath(new URL('./page/bench-page.ts', import.meta.url)), formats: ['iife'], name: 'pekaBenchPage', fileName: () => 'bench-page.js' },
    outDir: fileURLToPath(new URL('../node_modules/.cache/peka-bench/page', import.meta.url)),
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
