/**
 * Benchmark (issue floor: 500 Dokumen Evaluasi rendered and signed in one batch under 60 s): the
 * demo's final TRIWULAN I evaluations, repeated to `count` documents, rendered by
 *   1. a plain sequential pdfmake loop (render only: the baseline),
 *   2. the same loop rendering and signing both signatures,
 *   3. the batch: worker_threads (one per core), each rendering and signing,
 * reporting documents per second, the batch's ratio to the baseline, and the longest stall of the
 * main thread's event loop during the batch (the Node stand-in for the UI thread).
 */
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createTrialCertificate, openPkcs12 } from '@shared/signing';
import { type DocumentJob, jobFor } from '../renderer/src/features/documents/document-kinds';
import { loadDocumentData } from '../renderer/src/features/documents/documents.queries';
import { renderJob } from '../renderer/src/features/documents/render-core';
import { nodeSigningCrypto } from '../electron/main/signing/native-signer';
import { benchSigner, type BenchIdentities, renderAndSign } from './documents-bench-core';
import { demoDatabase } from './documents-demo-db';
import { nodePdfmake } from './documents-node';

export type DocumentsBenchResult = {
  documents: number;
  workers: number;
  sequentialRenderMs: number;
  sequentialRenderSignMs: number;
  batchRenderSignMs: number;
  docsPerSecond: { sequentialRender: number; sequentialRenderSign: number; batchRenderSign: number };
  /** Batch (render + sign in workers) documents/s over the plain sequential pdfmake loop's. */
  ratioToSequentialRender: number;
  longestMainThreadStallMs: number;
  /** Process CPU time per document (all threads): less sensitive to other load than wall time. */
  cpuMsPerDocument: { sequentialRender: number; sequentialRenderSign: number; batchRenderSign: number };
  /** 1-minute load average before and after: above the core count, wall times are inflated. */
  loadAverage: { before: number; after: number; cores: number };
  floors: { under60s: boolean; stallUnder100ms: boolean };
};

async function demoJobs(count: number): Promise<{ jobs: DocumentJob[]; location: string }> {
  const db = await demoDatabase('peka-bench');
  const data = (await loadDocumentData(db, 'period-2026-triwulan-1'))!;
  db.close();
  const base = [...data.latestByEmployee.keys()].map((id) => jobFor('dokumen-evaluasi', data, id, '2026-11-28')).filter((j): j is DocumentJob => j !== null);
  const jobs = Array.from({ length: count }, (_, i) => {
    const j = base[i % base.length]!;
    return { ...j, meta: { ...j.meta, documentId: `${j.meta.documentId}-${i}` } } as DocumentJob;
  });
  return { jobs, location: data.settings.signingPlace };
}

async function identities(): Promise<BenchIdentities> {
  const make = async (name: string, nip: string) => {
    const trial = await createTrialCertificate({ name, nip, agency: 'Instansi Uji Beban', password: 'bench', crypto: nodeSigningCrypto });
    const id = openPkcs12(trial.p12, 'bench');
    return { certificate: id.certificate, key: id.privateKeyPkcs8 };
  };
  return { pegawai: await make('Pegawai Uji Beban', '199512162025062001'), penilai: await make('Penilai Uji Beban', '197803122005011003') };
}

/** Largest delay of a 10 ms timer while `work` runs: how long the main thread was blocked. */
async function withStallProbe<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    const value = await work();
    return { value, stallMs: Math.max(0, worst) };
  } finally {
    clearInterval(timer);
  }
}

function batch(jobs: DocumentJob[], location: string, ids: BenchIdentities, workerUrl: URL, workers: number): Promise<void> {
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl, { workerData: ids }));
  let next = 0;
  let done = 0;
  return new Promise<void>((resolve, reject) => {
    const feed = (w: Worker) => {
      if (next < jobs.length) w.postMessage({ id: next, job: jobs[next++], location });
    };
    for (const w of pool) {
      w.on('message', (m: { error?: string }) => {
        if (m.error) return reject(new Error(m.error));
        done += 1;
        if (done === jobs.length) resolve();
        else feed(w);
      });
      w.on('error', reject);
      feed(w);
      feed(w);
    }
  }).finally(() => Promise.all(pool.map((w) => w.terminate())));
}

export async function benchDocuments(options: { count?: number; workers?: number; workerUrl: URL }): Promise<DocumentsBenchResult> {
  const count = options.count ?? 500;
  const workers = options.workers ?? Math.max(1, cpus().length);
  const { jobs, location } = await demoJobs(count);
  const ids = await identities();
  const pdfmake = nodePdfmake();
  for (const j of jobs.slice(0, 10)) await renderJob(pdfmake, j); // warm-up: JIT, font parsing
  const loadBefore = loadavg()[0]!;
  const cpuMs = (from: NodeJS.CpuUsage) => {
    const u = process.cpuUsage(from);
    return (u.user + u.system) / 1000 / count;
  };
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  for (const j of jobs) await renderJob(pdfmake, j);
  const sequentialRenderMs = performance.now() - t0;
  const cpuRender = cpuMs(c0);
  const signer = benchSigner(ids);
  t0 = performance.now();
  c0 = process.cpuUsage();
  for (const j of jobs) await renderAndSign(j, location, signer, (job) => renderJob(pdfmake, job));
  const sequentialRenderSignMs = performance.now() - t0;
  const cpuRenderSign = cpuMs(c0);
  t0 = performance.now();
  c0 = process.cpuUsage();
  const { stallMs } = await withStallProbe(() => batch(jobs, location, ids, options.workerUrl, workers));
  const batchRenderSignMs = performance.now() - t0;
  const cpuBatch = cpuMs(c0);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const rate = (ms: number) => Math.round((count / (ms / 1000)) * 10) / 10;
  const round = (n: number) => Math.round(n);
  return {
    documents: count,
    workers,
    sequentialRenderMs: round(sequentialRenderMs),
    sequentialRenderSignMs: round(sequentialRenderSignMs),
    batchRenderSignMs: round(batchRenderSignMs),
    docsPerSecond: { sequentialRender: rate(sequentialRenderMs), sequentialRenderSign: rate(sequentialRenderSignMs), batchRenderSign: rate(batchRenderSignMs) },
    ratioToSequentialRender: Math.round((sequentialRenderMs / batchRenderSignMs) * 100) / 100,
    longestMainThreadStallMs: round(stallMs),
    cpuMsPerDocument: { sequentialRender: r1(cpuRender), sequentialRenderSign: r1(cpuRenderSign), batchRenderSign: r1(cpuBatch) },
    loadAverage: { before: r1(loadBefore), after: r1(loadavg()[0]!), cores: cpus().length },
    floors: { under60s: batchRenderSignMs < 60_000, stallUnder100ms: stallMs < 100 },
  };
}
