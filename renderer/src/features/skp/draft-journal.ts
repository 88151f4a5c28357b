import { z } from 'zod';
import type { SkpPlan } from '@shared/domain/skp-plan';
import { SkpSchema } from '@shared/schemas/skp';

/**
 * A synchronous copy of the plan being typed, written on every keystroke: the database save waits
 * ~400 ms, and a reload or crash inside that window must not lose what was typed. `base` is the
 * `updatedAt` of the stored SKP the edits start from; a copy whose base is no longer the stored one
 * is stale (saved since, or changed elsewhere) and is dropped.
 */
const EntrySchema = z.object({ base: z.string(), plan: SkpSchema.pick({ approach: true, rhk: true, perilaku: true, lampiran: true }) });
export type JournalEntry = z.infer<typeof EntrySchema>;

const keyOf = (skpId: string) => `peka.skp-draft.${skpId}`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function writeJournal(skpId: string, base: string, plan: SkpPlan, store = storage()): void {
  const entry: JournalEntry = { base, plan: { approach: plan.approach, rhk: plan.rhk, perilaku: plan.perilaku, lampiran: plan.lampiran } };
  try {
    store?.setItem(keyOf(skpId), JSON.stringify(entry));
  } catch {
    // Storage full or blocked: the debounced database save still runs, only the crash window is open.
  }
}

export function readJournal(skpId: string, store = storage()): JournalEntry | null {
  const raw = store?.getItem(keyOf(skpId));
  if (!raw) return null;
  try {
    const parsed = EntrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearJournal(skpId: string, store = storage()): void {
  store?.removeItem(keyOf(skpId));
}
