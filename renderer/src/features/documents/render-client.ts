/**
 * Rendering one document from the UI: one render worker, started on first use and stopped after a
 * minute without work. `renderDocument` is the hook for signing: it returns the bytes and the two
 * signature boxes (PDF user space), ready for shared/signing's signPdf.
 */
import type { DocumentJob } from './document-kinds';
import type { RenderedDocument } from './render-protocol';
import { RenderPool, type WorkerFactory } from './render-pool';

const IDLE_MS = 60_000;
let shared: { pool: RenderPool; timer: ReturnType<typeof setTimeout> | null } | null = null;

function sharedPool(factory?: WorkerFactory): RenderPool {
  if (!shared) shared = { pool: new RenderPool(1, factory), timer: null };
  if (shared.timer) clearTimeout(shared.timer);
  shared.timer = null;
  return shared.pool;
}

function releaseLater(): void {
  const current = shared;
  if (!current || current.pool.inFlight > 0) return;
  current.timer = setTimeout(() => {
    if (shared === current && current.pool.inFlight === 0) {
      current.pool.terminate();
      shared = null;
    }
  }, IDLE_MS);
}

export interface RenderOptions {
  /**
   * Render for a certified PDF signature: the footer then says the document is signed
   * electronically instead of asking for wet signatures. Only for bytes that are signed before
   * they are saved or shown (features/signing); never save such bytes unsigned.
   */
  forSigning?: boolean;
  workerFactory?: WorkerFactory;
}

export type RenderedForSigning = RenderedDocument & { documentId: string; draft: boolean };

/** Renders one document off the UI thread: bytes, signature boxes, page count. */
export async function renderDocument(job: DocumentJob, options: RenderOptions = {}): Promise<RenderedForSigning> {
  const pool = sharedPool(options.workerFactory);
  const sent = options.forSigning ? ({ ...job, meta: { ...job.meta, signedElectronically: true } } as DocumentJob) : job;
  try {
    const result = await pool.render(sent);
    releaseLater();
    return { ...result, documentId: job.meta.documentId, draft: job.draft };
  } catch (err) {
    // A worker that failed may be in any state: the next document gets a fresh one.
    if (shared?.pool === pool) {
      pool.terminate();
      shared = null;
    }
    throw err;
  }
}
