/**
 * One worker_threads worker of the documents benchmark: renders each job with the render core
 * and signs it twice (pegawai, penilai) with the certificates it was given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentJob } from '../renderer/src/features/documents/document-kinds';
import { renderJob } from '../renderer/src/features/documents/render-core';
import { nodePdfmake } from './documents-node';
import { benchSigner, renderAndSign, type BenchIdentities } from './documents-bench-core';

const identities = workerData as BenchIdentities;
const signerOf = benchSigner(identities);

parentPort!.on('message', (msg: { id: number; job: DocumentJob; location: string }) => {
  renderAndSign(msg.job, msg.location, signerOf, (job) => renderJob(nodePdfmake(), job)).then(
    (bytes) => parentPort!.postMessage({ id: msg.id, size: bytes.byteLength }),
    (err: unknown) => parentPort!.postMessage({ id: msg.id, error: String(err) }),
  );
});
