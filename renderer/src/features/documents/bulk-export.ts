/**
 * Bulk export for HR: render every job in the worker pool (a few at a time, so the UI thread only
 * ever clones a handful of models at once), then pack them in a worker into one ZIP or one PDF.
 * Nothing is saved here: the caller saves the returned bytes, so a cancelled run leaves no file.
 */
import type { DocumentJob } from './document-kinds';
import { abortError, type RenderPool } from './render-pool';

/** One ZIP, one merged PDF for printing, or (desktop) a folder with one file per employee. */
export type BulkOutput = 'zip' | 'pdf' | 'folder';
/** The outputs packed into one file in a worker. */
export type PackedOutput = Exclude<BulkOutput, 'folder'>;

/** Receives each finished document (in any order) instead of keeping it in memory. */
export type BulkSink = (item: BulkItem, bytes: Uint8Array<ArrayBuffer>) => Promise<void>;

export interface BulkItem {
  fileName: string;
  job: DocumentJob;
  /**
   * The document as signed and stored in this database (signedDocuments): exported byte for byte
   * instead of rendering a fresh, unsigned copy, so the archive keeps its signatures.
   */
  signed?: Blob;
}

export interface BulkProgress {
  phase: 'rendering' | 'packing';
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left for rendering, from the pace so far; null before the first document. */
  etaMs: number | null;
}

export interface BulkOptions {
  output: PackedOutput;
  pool: RenderPool;
  signal: AbortSignal;
  onProgress(p: BulkProgress): void;
  /** Requests in flight per worker: enough to keep it busy between answers. */
  perWorker?: number;
  now?: () => number;
}

export function estimateRemaining(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0) return null;
  return Math.round((elapsedMs / done) * (total - done));
}

async function renderAll(items: readonly BulkItem[], opts: Omit<BulkOptions, 'output'>, started: number, now: () => number, sink?: BulkSink): Promise<Uint8Array[]> {
  const out: Uint8Array[] = new Array<Uint8Array>(sink ? 0 : items.length);
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      if (opts.signal.aborted) throw abortError();
      const index = next++;
      const item = items[index]!;
      const bytes = item.signed ? new Uint8Array(await item.signed.arrayBuffer()) : (await opts.pool.render(item.job)).bytes;
      if (opts.signal.aborted) throw abortError();
      if (sink) await sink(item, bytes);
      else out[index] = bytes;
      done += 1;
      const elapsedMs = now() - started;
      opts.onProgress({ phase: 'rendering', done, total: items.length, elapsedMs, etaMs: estimateRemaining(done, items.length, elapsedMs) });
    }
  };
  const lanes = Math.max(1, Math.min(items.length, opts.pool.size * (opts.perWorker ?? 2)));
  await Promise.all(Array.from({ length: lanes }, lane));
  return out;
}

/**
 * Runs `work` with the pool terminated as soon as the signal fires, after reporting the start;
 * rejects with an AbortError when it was cancelled before or during the work.
 */
async function cancellable<T>(items: readonly BulkItem[], opts: Omit<BulkOptions, 'output'>, work: (started: number, now: () => number) => Promise<T>): Promise<T> {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const onAbort = () => opts.pool.terminate();
  if (opts.signal.aborted) throw abortError();
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    opts.onProgress({ phase: 'rendering', done: 0, total: items.length, elapsedMs: 0, etaMs: null });
    const value = await work(started, now);
    if (opts.signal.aborted) throw abortError();
    return value;
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
  }
}

/** Renders and packs; rejects with an AbortError when the signal fires (the pool is terminated). */
export function runBulkExport(items: readonly BulkItem[], opts: BulkOptions): Promise<Uint8Array<ArrayBuffer>> {
  return cancellable(items, opts, async (started, now) => {
    const files = await renderAll(items, opts, started, now);
    opts.onProgress({ phase: 'packing', done: items.length, total: items.length, elapsedMs: now() - started, etaMs: 0 });
    return opts.output === 'zip' ? opts.pool.zip(items.map((it, i) => ({ name: it.fileName, bytes: files[i]! }))) : opts.pool.merge(files);
  });
}

/**
 * Renders every item and hands each document to `sink` as soon as it is ready (at most a few in
 * memory at once), e.g. to write it into the export folder; rejects with an AbortError on cancel.
 */
export function runBulkToSink(items: readonly BulkItem[], opts: Omit<BulkOptions, 'output'>, sink: BulkSink): Promise<void> {
  return cancellable(items, opts, async (started, now) => {
    await renderAll(items, opts, started, now, sink);
  });
}

export const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';
