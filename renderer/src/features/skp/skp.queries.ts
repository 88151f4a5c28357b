import { useLiveQuery } from 'dexie-react-hooks';
import type { AppraisalYear, Skp, SkpStatus } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';

export function useAppraisalYears(db: AppDb): AppraisalYear[] | null {
  return useLiveQuery(async () => (await db.appraisalYears.toArray()).sort((a, b) => b.year - a.year), [db], null);
}

export type SkpIndexEntry = { id: string; status: SkpStatus };
export type SkpIndex = { year: number; thisYear: Map<string, SkpIndexEntry>; lastYear: Set<string> };

/**
 * Which employee has an SKP in a year (and its status) and in the year before, read from the
 * indexes only: an agency of 10,000 has 10,000 SKPs a year and the list needs none of their content.
 */
export async function loadSkpIndex(db: AppDb, year: number): Promise<SkpIndex> {
  const owners = new Map<string, { employeeId: string; year: number }>();
  await db.skps.orderBy('[employeeId+year]').eachKey((key, cursor) => {
    const [employeeId, y] = key as [string, number];
    if (y === year || y === year - 1) owners.set(String(cursor.primaryKey), { employeeId, year: y });
  });
  const nonDraft: SkpStatus[] = ['diajukan', 'disetujui', 'dikembalikan'];
  const byStatus = await Promise.all(nonDraft.map(async (s) => [s, new Set((await db.skps.where('status').equals(s).primaryKeys()).map(String))] as const));
  const thisYear = new Map<string, SkpIndexEntry>();
  const lastYear = new Set<string>();
  for (const [id, owner] of owners) {
    if (owner.year !== year) {
      lastYear.add(owner.employeeId);
      continue;
    }
    const status = byStatus.find(([, ids]) => ids.has(id))?.[0] ?? 'draft';
    thisYear.set(owner.employeeId, { id, status });
  }
  return { year, thisYear, lastYear };
}

export function useSkpIndex(db: AppDb, year: number | null): SkpIndex | null {
  return useLiveQuery(() => (year === null ? null : loadSkpIndex(db, year)), [db, year], null);
}

/** null while loading, undefined when there is no such SKP. */
export function useSkp(db: AppDb, id: string): Skp | undefined | null {
  return useLiveQuery(() => db.skps.get(id), [db, id], null);
}

/** The supervisor's SKP of the same year, only once approved: RHK to support must be agreed ones. */
export async function loadSupervisorSkp(db: AppDb, penilaiId: string, year: number): Promise<Skp | undefined> {
  const found = await db.skps.where('[employeeId+year]').equals([penilaiId, year]).first();
  return found?.status === 'disetujui' ? found : undefined;
}

export function useSupervisorSkp(db: AppDb, skp: Pick<Skp, 'year' | 'penilai'> | null): Skp | undefined | null {
  const penilaiId = skp?.penilai?.employeeId ?? null;
  const year = skp?.year ?? 0;
  return useLiveQuery(async () => (penilaiId ? loadSupervisorSkp(db, penilaiId, year) : undefined), [db, penilaiId, year], null);
}

/** The SKPs of the same year whose Pejabat Penilai Kinerja is this SKP's owner (the cascade's columns). */
export async function loadSubordinateSkps(db: AppDb, skp: Pick<Skp, 'employeeId' | 'year'>): Promise<Skp[]> {
  const found = await db.skps.where('penilai.employeeId').equals(skp.employeeId).filter((s) => s.year === skp.year).toArray();
  const collator = new Intl.Collator('id', { sensitivity: 'base' });
  return found.sort((a, b) => collator.compare(a.pegawai.name, b.pegawai.name));
}

export function useSubordinateSkps(db: AppDb, skp: Pick<Skp, 'employeeId' | 'year'> | null): Skp[] | null {
  const employeeId = skp?.employeeId ?? null;
  const year = skp?.year ?? 0;
  return useLiveQuery(async () => (employeeId ? loadSubordinateSkps(db, { employeeId, year }) : []), [db, employeeId, year], null);
}
