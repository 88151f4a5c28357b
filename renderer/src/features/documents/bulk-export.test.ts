import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type BulkProgress, estimateRemaining, isAbort, runBulkExport, runBulkToSink } from './bulk-export';
import { FakeWorker, item } from './bulk-export.test-helper';
import { bulkPoolSize, RenderPool } from './render-pool';

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

  it('hands each document to a sink as it is ready (a folder export writes them one by one)', async () => {
    const pool = new RenderPool(2, () => new FakeWorker());
    const written = new Map<string, string>();
    const items = Array.from({ length: 7 }, (_, i) => item(i));
    await runBulkToSink(items, { pool, signal: new AbortController().signal, onProgress: () => {} }, async (it, bytes) => {
      written.set(it.fileName, new TextDecoder().decode(bytes));
    });
    expect([...written.keys()].sort()).toEqual(items.map((i) => i.fileName).sort());
    expect(written.get('doc-5.pdf')).toBe('D5');
    pool.terminate();
  });

  it('a sink that fails stops the export with its error', async () => {
    const pool = new RenderPool(1, () => new FakeWorker());
    const run = runBulkToSink([item(0), item(1), item(2)], { pool, signal: new AbortController().signal, onProgress: () => {} }, async (it) => {
      if (it.fileName === 'doc-1.pdf') throw new Error('disk penuh');
    });
    await expect(run).rejects.toThrow('disk penuh');
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
