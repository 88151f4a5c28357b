import { useCallback, useEffect, useRef, useState } from 'react';
import type { Realisasi } from '@shared/schemas/monitoring';
import { useDb } from '../../db/db-context';
import type { Problem } from './monitoring-result';
import { realisasiId, saveRealisasi, splitLines } from './realisasi.commands';
import { clearDraft, readDraft, writeDraft } from './use-draft';

export type RealisasiValues = { rencanaAksi: string; iki: Record<string, string> };
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'refused';

const DEBOUNCE_MS = 400;

function fromRecord(record: Realisasi | undefined): RealisasiValues {
  return { rencanaAksi: (record?.rencanaAksi ?? []).join('\n'), iki: { ...(record?.realisasi ?? {}) } };
}

/**
 * The rencana aksi and realisation of one RHK in one period, saved about 400 ms after typing stops.
 * Every keystroke also goes to a local draft first, so a reload before the save keeps what was
 * typed; the draft is dropped once the database has it.
 */
export function useAutosaveRealisasi(target: { skpId: string; periodId: string; rhkId: string }, record: Realisasi | undefined, readOnly: boolean) {
  const db = useDb();
  const key = `realisasi:${realisasiId(target.skpId, target.periodId, target.rhkId)}`;
  const [values, setValues] = useState<RealisasiValues>(() => readDraft<RealisasiValues>(key) ?? fromRecord(record));
  const [state, setState] = useState<SaveState>('idle');
  const [problem, setProblem] = useState<Problem | null>(null);
  const latest = useRef(values);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { skpId, periodId, rhkId } = target;

  const flush = useCallback(async () => {
    timer.current = null;
    const sent = latest.current;
    setState('saving');
    const r = await saveRealisasi(db, { skpId, periodId, rhkId, rencanaAksi: splitLines(sent.rencanaAksi), realisasi: sent.iki });
    if (!r.ok) {
      setProblem(r.problem ?? null);
      setState('refused');
      return;
    }
    setProblem(null);
    // Only drop the draft when nothing was typed while saving.
    if (latest.current === sent) clearDraft(key);
    setState(latest.current === sent ? 'saved' : 'pending');
  }, [db, key, skpId, periodId, rhkId]);

  const change = useCallback(
    (next: RealisasiValues) => {
      latest.current = next;
      setValues(next);
      writeDraft(key, next);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [key, flush],
  );

  const discard = useCallback(() => {
    clearDraft(key);
    latest.current = fromRecord(record);
    setValues(latest.current);
    setProblem(null);
    setState('idle');
  }, [key, record]);

  useEffect(() => {
    // A draft left by a reload is saved at once (or its refusal shown).
    if (readDraft(key) !== null && !readOnly) void flush();
    else if (readDraft(key) !== null) setState('refused');
    return () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void flush();
      }
    };
  }, [key, flush, readOnly]);

  return { values, change, state, problem, discard, hasDraft: state === 'refused' };
}
