import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentJob } from './document-kinds';
import { type RenderedForSigning, renderDocument } from './render-client';

/** A rendered document as the page shows it; `url` is a blob: URL owned by the hook. */
export type RenderedView = { job: DocumentJob; fileName: string; rendered: RenderedForSigning; url: string };

type State = { status: 'idle' } | { status: 'rendering' } | { status: 'done'; view: RenderedView } | { status: 'error'; message: string };

/**
 * Renders one document in the worker and keeps the latest result (with a blob: URL for viewing)
 * until the inputs change. A result that arrives after the inputs changed is dropped.
 */
export function useSingleDocument(key: string) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const generation = useRef(0);
  const url = state.status === 'done' ? state.view.url : null;

  useEffect(() => {
    generation.current += 1;
    setState({ status: 'idle' });
  }, [key]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);

  const render = useCallback(async (job: DocumentJob, fileName: string): Promise<RenderedView | null> => {
    const mine = ++generation.current;
    setState({ status: 'rendering' });
    try {
      const rendered = await renderDocument(job);
      if (mine !== generation.current) return null;
      const view = { job, fileName, rendered, url: URL.createObjectURL(new Blob([rendered.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })) };
      setState({ status: 'done', view });
      return view;
    } catch (err) {
      if (mine === generation.current) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      return null;
    }
  }, []);

  return { state, render };
}
