import { useLiveQuery } from 'dexie-react-hooks';
import type { Evaluation } from '@shared/schemas/evaluation';
import type { Period, Skp } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { type EvaluationView, loadView } from './evaluation-view';

/** Every period HR set up, in calendar order. */
export function usePeriods(): Period[] | null {
  const db = useDb();
  return useLiveQuery(async () => (await db.periods.toArray()).sort((a, b) => a.start.localeCompare(b.start)), [db], null);
}

export function useDeskEmployeeId(): string | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.settings.get('app'))?.deskEmployeeId, [db], null);
}

export type Supervisor = { employeeId: string; name: string; jabatan: string };

/** The Pejabat Penilai Kinerja named on the year's approved SKPs (who has evaluations to do). */
export function useSupervisors(year: number | null): Supervisor[] | null {
  const db = useDb();
  return useLiveQuery(async () => {
    if (year === null) return [];
    const skps = await db.skps.where('year').equals(year).filter((s) => s.status === 'disetujui').toArray();
    const byId = new Map<string, Supervisor>();
    for (const s of skps) if (s.penilai) byId.set(s.penilai.employeeId, { employeeId: s.penilai.employeeId, name: s.penilai.name, jabatan: s.penilai.jabatan });
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  }, [db, year], null);
}

export type EvaluationRow = { skp: Skp; latest: Evaluation | undefined; revisions: number };

/** The supervisor's subordinates with an approved SKP for the period's year, each with its latest evaluation. */
export function useEvaluationRows(supervisorId: string | null, period: Period | null): EvaluationRow[] | null {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!supervisorId || !period) return [];
    const skps = await db.skps.where('penilai.employeeId').equals(supervisorId).filter((s) => s.year === period.year && s.status === 'disetujui').toArray();
    // Only the team's evaluations, by [employeeId+periodId]: a period holds a whole city's (issue 9).
    const evaluations = await db.evaluations.where('[employeeId+periodId]').anyOf(skps.map((s) => [s.employeeId, period.id])).toArray();
    return skps
      .map((skp) => {
        const mine = evaluations.filter((e) => e.employeeId === skp.employeeId).sort((a, b) => b.revision - a.revision);
        return { skp, latest: mine[0], revisions: mine.length };
      })
      .sort((a, b) => a.skp.pegawai.name.localeCompare(b.skp.pegawai.name, 'id'));
  }, [db, supervisorId, period], null);
}

export type { EvaluationView } from './evaluation-view';

/** Everything the wizard shows for one evaluation; null while loading, undefined when not found. */
export function useEvaluationView(id: string): EvaluationView | null | undefined {
  const db = useDb();
  return useLiveQuery(() => loadView(db, id), [db, id], null);
}
