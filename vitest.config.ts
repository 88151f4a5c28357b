import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/migrations/**/*.test.ts', 'tests/documents/**/*.test.ts', 'tests/signing/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    pool: 'threads',
    // Vitest's default is one worker fewer than the cores: a single worker on these 2-core machines.
    maxWorkers: Math.max(2, availableParallelism()),
    // Nothing here is timed (speed is `npm run bench`); a loaded CI machine must not turn slow into failed.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
