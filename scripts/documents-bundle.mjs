/** Builds scripts/vite.documents.config.ts; returns the folder with the .mjs bundles. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export async function bundleDocumentScripts() {
  const configFile = fileURLToPath(new URL('./vite.documents.config.ts', import.meta.url));
  await build({ configFile, logLevel: 'warn' });
  return fileURLToPath(new URL('../node_modules/.cache/peka-docs/bundle', import.meta.url));
}
