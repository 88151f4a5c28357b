import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useDb } from '../../db/db-context';
import { pendingEvaluationIds, syncRecommendations } from './recommendations.commands';

/**
 * Watches for final evaluations whose recommendation rules have not run yet (just finalised, or
 * finalised before this feature existed) and runs them, one evaluation per transaction.
 */
export function useRecommendationSync(): void {
  const db = useDb();
  const pending = useLiveQuery(() => pendingEvaluationIds(db), [db], null);
  useEffect(() => {
    if (!pending || pending.length === 0) return;
    let stopped = false;
    void (async () => {
      for (const id of pending) {
        if (stopped) return;
        await syncRecommendations(db, id);
      }
    })();
    return () => {
      stopped = true;
    };
  }, [db, pending]);
}
