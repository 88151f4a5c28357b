import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { type HostErrorCode, MAX_FILE_BYTES } from '@shared/host/contract';
import type { HostApi } from '@shared/host/host-api';
import { formatBytes } from '@shared/domain/monitoring-evidence';
import type { Translate } from '@shared/i18n/translate';
import { useHost } from '../../host/host-context';
import { failureMessage } from '../../ui/notify';
import { type BulkItem, type BulkOptions, type BulkOutput, type BulkProgress, isAbort, type PackedOutput, runBulkExport, runBulkToSink } from './bulk-export';
import { bulkPoolSize, RenderPool } from './render-pool';

export type BulkOutcome = { kind: 'done' | 'cancelled' | 'not-saved' | 'failed'; message: string };
/** What happens to the result: saved as one file, or (one PDF only) opened for printing. */
export type BulkFinish = 'save' | 'print';
export type BulkState = { status: 'idle'; outcome: BulkOutcome | null } | { status: 'running' } | { status: 'saving'; finish: BulkFinish };

/**
 * Progress lives outside React state so that only the progress bar re-renders on each update,
 * not the whole panel: the UI thread stays free for the user during a long export.
 */
export class ProgressStore {
  private value: BulkProgress | null = null;
  private readonly listeners = new Set<() => void>();
  readonly get = (): BulkProgress | null => this.value;
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(value: BulkProgress | null): void {
    this.value = value;
    for (const l of this.listeners) l();
  }
}

export function useProgress(store: ProgressStore): BulkProgress | null {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** "12 detik", "2 menit 5 detik". */
export function formatDuration(ms: number, t: Translate): string {
  const total = Math.max(0, Math.round(ms / 1000));
  return total < 60 ? t('docs.time.seconds', { s: total }) : t('docs.time.minutes', { m: Math.floor(total / 60), s: total % 60 });
}

const FILTERS: Record<PackedOutput, { name: string; extensions: string[] }[]> = { zip: [{ name: 'ZIP', extensions: ['zip'] }], pdf: [{ name: 'PDF', extensions: ['pdf'] }] };

/** A host call that answered with an error code, carried out of a render lane. */
class HostCallFailure extends Error {
  constructor(readonly code: HostErrorCode) {
    super(code);
  }
}

/**
 * Desktop: one file per employee into a new folder the user picks first (folder:begin), each
 * written as soon as it is rendered. Any failure or a cancel deletes the staging folder, so the
 * folder appears whole or not at all (shared/host/folder-contract.ts).
 */
export async function exportToFolder(host: HostApi, items: readonly BulkItem[], folderName: string, run: Omit<BulkOptions, 'output'>, t: Translate, started: number): Promise<BulkOutcome> {
  const begun = await host.call('folder:begin', { folderName });
  if (!begun.ok) return { kind: 'failed', message: failureMessage(t, begun.error.code) };
  if (!begun.value.chosen) return { kind: 'not-saved', message: t('docs.bulk.notSaved') };
  const { token } = begun.value;
  try {
    await runBulkToSink(items, run, async (item, bytes) => {
      const res = await host.call('folder:write', { token, fileName: item.fileName, data: bytes });
      if (!res.ok) throw new HostCallFailure(res.error.code);
    });
  } catch (err) {
    await host.call('folder:finish', { token, keep: false });
    throw err;
  }
  const done = await host.call('folder:finish', { token, keep: true });
  if (!done.ok) return { kind: 'failed', message: failureMessage(t, done.error.code) };
  if (!done.value.kept) return { kind: 'not-saved', message: t('docs.bulk.notSaved') };
  return { kind: 'done', message: t('docs.bulk.doneFolder', { count: done.value.files, folder: done.value.folderName, time: formatDuration(performance.now() - started, t) }) };
}

/**
 * Runs one bulk export at a time: a fresh worker pool per run, progress at most ~10 times a second,
 * Cancel terminates the workers. The file is saved only after everything is rendered and packed,
 * so a cancelled or failed run writes nothing. Leaving the page cancels the run.
 */
export function useBulkExport(t: Translate) {
  const host = useHost();
  const controller = useRef<AbortController | null>(null);
  const [state, setState] = useState<BulkState>({ status: 'idle', outcome: null });
  const [progress] = useState(() => new ProgressStore());
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (items: BulkItem[], output: BulkOutput, fileName: string, finish: BulkFinish = 'save') => {
      if (controller.current) return;
      const ctl = new AbortController();
      controller.current = ctl;
      const pool = new RenderPool(bulkPoolSize(navigator.hardwareConcurrency));
      const started = performance.now();
      let shown = 0;
      progress.set(null);
      setState({ status: 'running' });
      const onProgress = (p: BulkProgress) => {
        const now = performance.now();
        if (now - shown < 200 && p.done < p.total && p.done > 0) return;
        shown = now;
        progress.set(p);
      };
      const packAndFinish = async (packed: PackedOutput): Promise<BulkOutcome> => {
        const bytes = await runBulkExport(items, { output: packed, pool, signal: ctl.signal, onProgress });
        if (bytes.byteLength > MAX_FILE_BYTES) {
          return { kind: 'failed', message: t('docs.bulk.tooLarge', { size: formatBytes(bytes.byteLength), limit: formatBytes(MAX_FILE_BYTES) }) };
        }
        if (finish === 'print' && packed === 'pdf') {
          setState({ status: 'saving', finish });
          const res = await host.call('pdf:print', { fileName, data: bytes });
          // Worded like every host failure; shown in the panel's outcome, where the export's result goes.
          return res.ok
            ? { kind: 'done', message: t('docs.bulk.printed', { count: items.length, time: formatDuration(performance.now() - started, t) }) }
            : { kind: 'failed', message: failureMessage(t, res.error.code) };
        }
        setState({ status: 'saving', finish: 'save' });
        const res = await host.call('file:save', { suggestedName: fileName, filters: FILTERS[packed], data: bytes });
        if (!res.ok) return { kind: 'failed', message: t('docs.bulk.failed', { detail: res.error.code }) };
        if (!res.value.saved) return { kind: 'not-saved', message: t('docs.bulk.notSaved') };
        return { kind: 'done', message: t('docs.bulk.done', { count: items.length, file: res.value.fileName, time: formatDuration(performance.now() - started, t) }) };
      };
      let outcome: BulkOutcome;
      try {
        outcome = output === 'folder' ? await exportToFolder(host, items, fileName, { pool, signal: ctl.signal, onProgress }, t, started) : await packAndFinish(output);
      } catch (err) {
        if (isAbort(err)) outcome = { kind: 'cancelled', message: t('docs.bulk.cancelled') };
        else if (err instanceof HostCallFailure) outcome = { kind: 'failed', message: failureMessage(t, err.code) };
        else outcome = { kind: 'failed', message: t('docs.bulk.failed', { detail: err instanceof Error ? err.message : String(err) }) };
      } finally {
        pool.terminate();
        controller.current = null;
      }
      setState({ status: 'idle', outcome });
    },
    [host, t, progress],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, progress, start, cancel };
}
