import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CapaianOrganisasi } from '@shared/domain/distribution-curve';
import { applyEvaluationPatch, type EvaluationIssue, type EvaluationPatch, mergeEvaluationPatches } from '@shared/domain/evaluation';
import type { Evaluation } from '@shared/schemas/evaluation';
import { useDb } from '../../db/db-context';
import { saveEvaluationDraft } from './evaluation.commands';

export type SaveState = 'saved' | 'saving' | 'refused';
export type Update = (patch: EvaluationPatch, options?: { immediate?: boolean }) => void;

/** Typing is saved this long after the last keystroke; choices are saved at once. */
const TYPING_DELAY_MS = 400;

/**
 * The wizard's working copy: every edit shows at once and is saved field by field (debounced for
 * typing), so leaving and coming back resumes exactly. Pending edits are saved on leaving the page.
 */
export function useEvaluationDraft(initial: Evaluation, capaian: CapaianOrganisasi | null, readOnly: boolean) {
  const db = useDb();
  const id = initial.id;
  const [draft, setDraft] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [refusal, setRefusal] = useState<EvaluationIssue[]>([]);
  const pending = useRef<EvaluationPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    const result = await saveEvaluationDraft(db, id, patch);
    if (!result.ok) {
      setRefusal(result.issues);
      setSaveState('refused');
      const stored = await db.evaluations.get(id);
      if (stored) setDraft(stored);
    } else if (!pending.current) {
      setRefusal([]);
      setSaveState('saved');
    }
  }, [db, id]);

  const update: Update = useCallback(
    (patch, options) => {
      if (readOnly) return;
      setDraft((d) => applyEvaluationPatch(d, patch, capaian));
      pending.current = pending.current ? mergeEvaluationPatches(pending.current, patch) : patch;
      setSaveState('saving');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), options?.immediate ? 0 : TYPING_DELAY_MS);
    },
    [readOnly, capaian, flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  // The organisation result may be recorded while the wizard is open: derive from the live one.
  const view = useMemo(() => (readOnly ? draft : applyEvaluationPatch(draft, {}, capaian)), [draft, capaian, readOnly]);
  return { draft: view, update, flush, saveState, refusal };
}
