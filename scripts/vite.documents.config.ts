import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Bundles the documents sample and benchmark, and the signing benchmark of the desktop signer
 * (TypeScript, for plain Node 20) into
 * node_modules/.cache/peka-docs/. Dependencies stay external and load from node_modules.
 */
export default defineConfig({
  resolve: { alias: { '@shared': here('../shared') } },
  build: {
    ssr: true,
    target: 'node20',
    outDir: here('../node_modules/.cache/peka-docs/bundle'),
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        'documents-sample': here('./documents-sample.ts'),
        'documents-bench': here('./documents-bench.ts'),
        'documents-bench-worker': here('./documents-bench-worker.ts'),
        'signing-benchmark': here('../electron/main/signing/signing-benchmark.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
  logLevel: 'warn',
});
