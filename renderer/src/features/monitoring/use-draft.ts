import { useCallback, useState } from 'react';

/**
 * Work in progress survives a reload: what is typed in a form that is not saved yet is kept in the
 * desk's local storage under a key per form and record, and dropped once it is saved.
 */
const PREFIX = 'peka.monitor.draft.';

export function readDraft<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, it only loses the reload safety net.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // See writeDraft.
  }
}

/**
 * A form's state, mirrored to a draft on every change. Give the component a React key that changes
 * with `key`, so switching record starts from that record's draft.
 */
export function useDraft<T>(key: string, initial: T): { value: T; set: (next: T) => void; reset: () => void; restored: boolean } {
  const [state, setState] = useState(() => {
    const stored = readDraft<T>(key);
    return { value: stored ?? initial, restored: stored !== null };
  });
  const set = useCallback(
    (next: T) => {
      writeDraft(key, next);
      setState({ value: next, restored: false });
    },
    [key],
  );
  const reset = useCallback(() => {
    clearDraft(key);
    setState({ value: initial, restored: false });
  }, [key, initial]);
  return { value: state.value, set, reset, restored: state.restored };
}
