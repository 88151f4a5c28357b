/**
 * A small pool of render workers on the UI thread's side. Each request gets an id; answers come back
 * by id. Terminating the pool (Cancel) rejects everything still pending with an AbortError, so a
 * cancelled export never reaches the save step.
 */
import type { DocumentJob } from './document-kinds';
import type { RenderedDocument, WorkerRequest, WorkerResponse } from './render-protocol';

/** What the pool needs of a Worker (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
export type WorkerFactory = () => WorkerLike;

/** The browser's render worker; Vite bundles render.worker.ts as its own chunk from this URL. */
export const createRenderWorker: WorkerFactory = () => new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module', name: 'peka-render' }) as unknown as WorkerLike;

/** Workers for a bulk export: one core stays with the UI; at least one, at most four. */
export function bulkPoolSize(cores: number | undefined): number {
  return Math.max(1, Math.min(4, (cores || 2) - 1));
}

export const abortError = (): DOMException => new DOMException('Dibatalkan', 'AbortError');

type Slot = { worker: WorkerLike; busy: number };
type Pending = { slot: Slot; resolve: (r: WorkerResponse & { ok: true }) => void; reject: (e: unknown) => void };

export class RenderPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(size: number, factory: WorkerFactory = createRenderWorker) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => this.spawn(factory));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Requests in flight, over all workers. */
  get inFlight(): number {
    return this.pending.size;
  }

  private spawn(factory: WorkerFactory): Slot {
    const slot: Slot = { worker: factory(), busy: 0 };
    slot.worker.onmessage = (event) => this.answer(event.data);
    slot.worker.onerror = (event) => {
      event.preventDefault?.();
      this.failSlot(slot, new Error(event.message || 'render worker failed to start'));
    };
    return slot;
  }

  private answer(res: WorkerResponse): void {
    const p = this.pending.get(res.id);
    if (!p) return;
    this.pending.delete(res.id);
    p.slot.busy -= 1;
    if (res.ok) p.resolve(res);
    else p.reject(new Error(res.error));
  }

  private failSlot(slot: Slot, error: unknown): void {
    for (const [id, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(id);
      p.reject(error);
    }
    slot.busy = 0;
  }

  private request(build: (id: number) => WorkerRequest, transfer: Transferable[] = []): Promise<WorkerResponse & { ok: true }> {
    if (this.closed) return Promise.reject(abortError());
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { slot, resolve, reject });
      slot.busy += 1;
      slot.worker.postMessage(build(id), transfer);
    });
  }

  async render(job: DocumentJob): Promise<RenderedDocument> {
    const res = await this.request((id) => ({ id, type: 'render', job }));
    if (res.type !== 'render') throw new Error('unexpected answer');
    return res.result;
  }

  /** The files' buffers are transferred: the caller must not use them afterwards. */
  async zip(files: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array<ArrayBuffer>> {
    const res = await this.request((id) => ({ id, type: 'zip', files }), files.map((f) => f.bytes.buffer));
    if (res.type === 'render') throw new Error('unexpected answer');
    return res.bytes;
  }

  async merge(files: Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
    const res = await this.request((id) => ({ id, type: 'merge', files }), files.map((f) => f.buffer));
    if (res.type === 'render') throw new Error('unexpected answer');
    return res.bytes;
  }

  /** Stops every worker at once; whatever was pending rejects with an AbortError. */
  terminate(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.slots) s.worker.terminate();
    for (const p of this.pending.values()) p.reject(abortError());
    this.pending.clear();
  }
}
