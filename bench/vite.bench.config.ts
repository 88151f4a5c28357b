import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Bundles bench/lib.ts (pure shared/ code) for the Node benchmark runner: node_modules/.cache/peka-bench/lib/bench-lib.mjs. */
export default defineConfig({
  build: {
    lib: { entry: fileURLToPath(new URL('./lib.ts', import.meta.url)), formats: ['es'], fileName: () => 'bench-lib.mjs' },
    outDir: fileURLToPath(new URL('../node_modules/.cache/peka-bench/lib', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
