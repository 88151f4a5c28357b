import { useCallback, useEffect, useRef, useState } from 'react';
import { isSkpEditable } from '@shared/domain';
import type { Skp } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { clearJournal, readJournal, writeJournal } from './draft-journal';
import { saveSkpDraft, type SkpFailure } from './skp.commands';

export const AUTOSAVE_MS = 400;
export type SaveState = 'saved' | 'saving' | 'error';

export type SkpDraft = {
  /** What the form shows while the SKP may be edited: the stored SKP plus what was typed. */
  draft: Skp | null;
  saveState: SaveState;
  saveError: SkpFailure | null;
  update: (change: (d: Skp) => Skp) => void;
  /** Saves what is pending now (before submitting, or when leaving). */
  flush: () => Promise<void>;
};

/** The editor's bookkeeping, outside React state so the save queue always sees the latest. */
type Tracker = {
  latest: Skp | null;
  /** Typed and not yet saved. */
  dirty: boolean;
  /** `updatedAt` of the stored SKP the pending edits start from (the journal's base). */
  base: string;
  timer: ReturnType<typeof setTimeout> | undefined;
  queue: Promise<void>;
  loadedId: string | null;
};

type Report = { setDraft: (d: Skp) => void; setSaveState: (s: SaveState) => void; setSaveError: (e: SkpFailure | null) => void };

async function saveOnce(db: AppDb, tr: Tracker, report: Report): Promise<void> {
  const snapshot = tr.latest;
  if (!tr.dirty || !snapshot) return;
  tr.dirty = false;
  const result = await saveSkpDraft(db, snapshot);
  if (!result.ok) {
    report.setSaveError(result);
    report.setSaveState('error');
    return;
  }
  tr.base = result.skp.updatedAt;
  if (tr.dirty && tr.latest) writeJournal(snapshot.id, tr.base, tr.latest);
  else clearJournal(snapshot.id);
  report.setSaveError(null);
  report.setSaveState(tr.dirty ? 'saving' : 'saved');
}

/** Follows the stored SKP; on first sight of it, puts back what a reload or crash interrupted. Returns true when a save is due. */
function syncFromLive(tr: Tracker, live: Skp, report: Report): boolean {
  if (tr.loadedId !== live.id) {
    tr.loadedId = live.id;
    const journal = readJournal(live.id);
    if (journal && journal.base === live.updatedAt && isSkpEditable(live.status)) {
      tr.latest = { ...live, ...journal.plan };
      tr.base = live.updatedAt;
      tr.dirty = true;
      report.setDraft(tr.latest);
      report.setSaveState('saving');
      return true;
    }
    clearJournal(live.id);
  }
  if (tr.dirty) return false;
  tr.latest = live;
  tr.base = live.updatedAt;
  report.setDraft(live);
  return false;
}

/**
 * The SKP being edited lives in the database as its draft: every change is journalled at once
 * (draft-journal.ts) and saved ~400 ms after typing stops, one save at a time. While nothing is
 * pending, the form follows the stored SKP, so a submit or approval elsewhere shows up here.
 */
export function useSkpDraft(db: AppDb, live: Skp | null | undefined): SkpDraft {
  const [draft, setDraft] = useState<Skp | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<SkpFailure | null>(null);
  const tracker = useRef<Tracker>({ latest: null, dirty: false, base: '', timer: undefined, queue: Promise.resolve(), loadedId: null });

  const flush = useCallback(() => {
    const tr = tracker.current;
    clearTimeout(tr.timer);
    const run = () => saveOnce(db, tr, { setDraft, setSaveState, setSaveError });
    tr.queue = tr.queue.then(run, run);
    return tr.queue;
  }, [db]);

  const update = useCallback(
    (change: (d: Skp) => Skp) => {
      const tr = tracker.current;
      if (!tr.latest) return;
      const next = change(tr.latest);
      tr.latest = next;
      tr.dirty = true;
      setDraft(next);
      setSaveState('saving');
      writeJournal(next.id, tr.base, next);
      clearTimeout(tr.timer);
      tr.timer = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  useEffect(() => {
    if (live && syncFromLive(tracker.current, live, { setDraft, setSaveState, setSaveError })) void flush();
  }, [live, flush]);

  useEffect(() => () => void flush(), [flush]);

  return { draft, saveState, saveError, update, flush };
}
