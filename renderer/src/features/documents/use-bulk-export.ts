import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { MAX_FILE_BYTES } from '@shared/host/contract';
import { formatBytes } from '@shared/domain/monitoring-evidence';
import type { Translate } from '@shared/i18n/translate';
import { useHost } from '../../host/host-context';
import { failureMessage } from '../../ui/notify';
import { type BulkItem, type BulkOutput, type BulkProgress, isAbort, runBulkExport } from './bulk-export';
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

const FILTERS: Record<BulkOutput, { name: string; extensions: string[] }[]> = { zip: [{ name: 'ZIP', extensions: ['zip'] }], pdf: [{ name: 'PDF', extensions: ['pdf'] }] };

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
      let outcome: BulkOutcome;
      try {
        const bytes = await runBulkExport(items, { output, pool, signal: ctl.signal, onProgress });
        if (bytes.byteLength > MAX_FILE_BYTES) {
          outcome = { kind: 'failed', message: t('docs.bulk.tooLarge', { size: formatBytes(bytes.byteLength), limit: formatBytes(MAX_FILE_BYTES) }) };
        } else if (finish === 'print' && output === 'pdf') {
          setState({ status: 'saving', finish });
          const res = await host.call('pdf:print', { fileName, data: bytes });
          // Worded like every host failure; shown in the panel's outcome, where the export's result goes.
          outcome = res.ok
            ? { kind: 'done', message: t('docs.bulk.printed', { count: items.length, time: formatDuration(performance.now() - started, t) }) }
            : { kind: 'failed', message: failureMessage(t, res.error.code) };
        } else {
          setState({ status: 'saving', finish: 'save' });
          const res = await host.call('file:save', { suggestedName: fileName, filters: FILTERS[output], data: bytes });
          if (!res.ok) outcome = { kind: 'failed', message: t('docs.bulk.failed', { detail: res.error.code }) };
          else if (!res.value.saved) outcome = { kind: 'not-saved', message: t('docs.bulk.notSaved') };
          else outcome = { kind: 'done', message: t('docs.bulk.done', { count: items.length, file: res.value.fileName, time: formatDuration(performance.now() - started, t) }) };
        }
      } catch (err) {
        outcome = isAbort(err) ? { kind: 'cancelled', message: t('docs.bulk.cancelled') } : { kind: 'failed', message: t('docs.bulk.failed', { detail: err instanceof Error ? err.message : String(err) }) };
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
