import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DocumentJob } from './document-kinds';
import { type RenderedForSigning, renderDocument } from './render-client';

/** A rendered document as the page shows it; `url` is a blob: URL owned by the hook. */
export type RenderedView = { job: DocumentJob; fileName: string; rendered: RenderedForSigning; url: string };

type State = { status: 'idle' } | { status: 'rendering' } | { status: 'done'; view: RenderedView } | { status: 'error'; message: string };

const IDLE: State = { status: 'idle' };

/**
 * Renders one document in the worker and keeps the latest result (with a blob: URL for viewing)
 * until the inputs (`key`) change. A result that arrives after the inputs changed, or after a newer
 * render was asked for, is dropped. The shown state is derived from the key, and the key a render
 * was made for is compared when its result arrives: no passive effect resets anything, since on a
 * busy machine it can run after a click made right after choosing the person.
 */
export function useSingleDocument(key: string) {
  const [held, setHeld] = useState<{ key: string; state: State }>({ key, state: IDLE });
  const latestKey = useRef(key);
  // A layout effect runs before the browser handles the next click, unlike a passive one.
  useLayoutEffect(() => {
    latestKey.current = key;
  }, [key]);
  const generation = useRef(0);
  const state = held.key === key ? held.state : IDLE;
  const url = held.state.status === 'done' ? held.state.view.url : null;

  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);

  const render = useCallback(async (job: DocumentJob, fileName: string): Promise<RenderedView | null> => {
    const mine = ++generation.current;
    const forKey = latestKey.current;
    const current = () => mine === generation.current && forKey === latestKey.current;
    setHeld({ key: forKey, state: { status: 'rendering' } });
    try {
      const rendered = await renderDocument(job);
      if (!current()) return null;
      const view = { job, fileName, rendered, url: URL.createObjectURL(new Blob([rendered.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })) };
      setHeld({ key: forKey, state: { status: 'done', view } });
      return view;
    } catch (err) {
      if (current()) setHeld({ key: forKey, state: { status: 'error', message: err instanceof Error ? err.message : String(err) } });
      return null;
    }
  }, []);

  return { state, render };
}
