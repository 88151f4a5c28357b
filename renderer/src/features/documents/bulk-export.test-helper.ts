import type { DocumentJob } from './document-kinds';
import type { BulkItem } from './bulk-export';
import { zipFiles } from './render-core';
import type { WorkerRequest, WorkerResponse } from './render-protocol';
import type { WorkerLike } from './render-pool';

/** A stand-in for render.worker.ts: answers each render with the job's document id as bytes. */
export class FakeWorker implements WorkerLike {
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

/** A bulk item whose fake rendering is its document id "D<i>". */
export const item = (i: number): BulkItem => ({ fileName: `doc-${i}.pdf`, job: { kind: 'dokumen-evaluasi', meta: { documentId: `D${i}` }, draft: false } as unknown as DocumentJob });
