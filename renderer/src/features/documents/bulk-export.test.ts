import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type BulkItem, type BulkProgress, estimateRemaining, isAbort, runBulkExport } from './bulk-export';
import type { DocumentJob } from './document-kinds';
import { zipFiles } from './render-core';
import type { WorkerRequest, WorkerResponse } from './render-protocol';
import { bulkPoolSize, RenderPool, type WorkerLike } from './render-pool';

/** A stand-in for render.worker.ts: answers each render with the job's document id as bytes. */
class FakeWorker implements WorkerLike {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  rendered = 0;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(msg: WorkerRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      let res: WorkerResponse;
      if (msg.type === 'render') {
        this.rendered += 1;
        res = { id: msg.id, ok: true, type: 'render', result: { bytes: new TextEncoder().encode(msg.job.meta.documentId) as Uint8Array<ArrayBuffer>, boxes: [], pages: 1 } };
      } else if (msg.type === 'zip') res = { id: msg.id, ok: true, type: 'zip', bytes: zipFiles(msg.files) };
      else res = { id: msg.id, ok: false, error: 'merge not faked' };
      this.onmessage?.({ data: res } as MessageEvent<WorkerResponse>);
    }, 2);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const item = (i: number): BulkItem => ({ fileName: `doc-${i}.pdf`, job: { kind: 'dokumen-evaluasi', meta: { documentId: `D${i}` }, draft: false } as unknown as DocumentJob });

describe('runBulkExport', () => {
  it('renders every item through the pool, reports progress with an estimate, and packs a ZIP in order', async () => {
    const pool = new RenderPool(2, () => new FakeWorker());
    const seen: BulkProgress[] = [];
    const zip = await runBulkExport(Array.from({ length: 9 }, (_, i) => item(i)), { output: 'zip', pool, signal: new AbortController().signal, onProgress: (p) => seen.push(p) });
    const files = unzipSync(zip);
    expect(Object.keys(files)).toHaveLength(9);
    expect(new TextDecoder().decode(files['doc-4.pdf'])).toBe('D4');
    expect(seen[0]).toMatchObject({ phase: 'rendering', done: 0, total: 9, etaMs: null });
    expect(seen.filter((p) => p.phase === 'rendering').map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen.at(-1)).toMatchObject({ phase: 'packing', done: 9 });
    pool.terminate();
  });

  it('exports a stored signed copy byte for byte instead of rendering that document', async () => {
    FakeWorker.made = [];
    const pool = new RenderPool(1, () => new FakeWorker());
    const signed = new Uint8Array([37, 80, 68, 70, 45, 115, 105, 103, 110, 101, 100]);
    const items = [item(0), { ...item(1), signed: new Blob([signed]) }, item(2)];
    const files = unzipSync(await runBulkExport(items, { output: 'zip', pool, signal: new AbortController().signal, onProgress: () => {} }));
    expect(files['doc-1.pdf']).toEqual(signed);
    expect(new TextDecoder().decode(files['doc-2.pdf'])).toBe('D2');
    expect(FakeWorker.made.reduce((s, w) => s + w.rendered, 0)).toBe(2);
    pool.terminate();
  });

  it('cancel terminates the workers and rejects with an AbortError before anything is packed', async () => {
    FakeWorker.made = [];
    const pool = new RenderPool(2, () => new FakeWorker());
    const ctl = new AbortController();
    const run = runBulkExport(Array.from({ length: 50 }, (_, i) => item(i)), {
      output: 'zip',
      pool,
      signal: ctl.signal,
      onProgress: (p) => p.done === 3 && ctl.abort(),
    });
    const err = await run.then(() => null, (e: unknown) => e);
    expect(isAbort(err)).toBe(true);
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
    expect(FakeWorker.made.reduce((s, w) => s + w.rendered, 0)).toBeLessThan(50);
  });

  it('estimates the time left from the pace so far', () => {
    expect(estimateRemaining(0, 10, 0)).toBeNull();
    expect(estimateRemaining(4, 10, 2000)).toBe(3000);
    expect(bulkPoolSize(2)).toBe(1);
    expect(bulkPoolSize(8)).toBe(4);
    expect(bulkPoolSize(undefined)).toBe(1);
  });
});
