#!/usr/bin/env node
/**
 * `node scripts/documents-bench.mjs [--count 500] [--workers N]`: 500 Dokumen Evaluasi rendered and
 * signed in one batch (worker_threads), against a plain sequential pdfmake loop. Prints JSON.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { bundleDocumentScripts } from './documents-bundle.mjs';

const { values } = parseArgs({ options: { count: { type: 'string' }, workers: { type: 'string' } } });
const dir = await bundleDocumentScripts();
const { benchDocuments } = await import(pathToFileURL(`${dir}/documents-bench.mjs`).href);
const result = await benchDocuments({
  count: values.count ? Number(values.count) : 500,
  workers: values.workers ? Number(values.workers) : undefined,
  workerUrl: pathToFileURL(`${dir}/documents-bench-worker.mjs`),
});
console.log(JSON.stringify(result, null, 2));
