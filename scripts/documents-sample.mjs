#!/usr/bin/env node
/**
 * `npm run documents:sample -- <folder>`: bundles scripts/documents-sample.ts for Node (Node 20
 * cannot import .ts), then renders and signs every document type of the demo agency into <folder>.
 */
import { pathToFileURL } from 'node:url';
import { bundleDocumentScripts } from './documents-bundle.mjs';

const dir = await bundleDocumentScripts();
const { main } = await import(pathToFileURL(`${dir}/documents-sample.mjs`).href);
await main(process.argv.slice(2));
