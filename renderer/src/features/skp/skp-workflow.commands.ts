import { checkSkpForSubmit, nextSkpStatus, type SkpAction } from '@shared/domain';
import type { Skp } from '@shared/schemas/skp';
import { appendAudit, DESK_ACTOR, diffRecords } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { fail, type SkpResult } from './skp.commands';

/** Longest note or reason kept: a paragraph or two, as on a paper disposition sheet. */
export const NOTE_MAX = 2000;

const VERB: Record<SkpAction, string> = { submit: 'diajukan', approve: 'disetujui', return: 'dikembalikan', reopen: 'dibuka kembali' };

/**
 * One workflow step (domain.md §3: Draft → Diajukan → Disetujui or Dikembalikan; reopening brings an
 * approved SKP back to draft), in one transaction with its audit entry. `change` adds the fields the
 * step sets, or refuses; nothing is written when it does.
 */
async function transition(
  db: AppDb,
  id: string,
  action: SkpAction,
  now: Date,
  change: (skp: Skp) => SkpResult<{ patch: Partial<Skp>; note?: string }>,
): Promise<SkpResult<{ skp: Skp }>> {
  return db.transaction('rw', [db.skps, db.audit], async () => {
    const before = await db.skps.get(id);
    if (!before) return fail('skp/not-found');
    const status = nextSkpStatus(before.status, action);
    if (!status) return fail('skp/wrong-status', { status: before.status, action });
    const decided = change(before);
    if (!decided.ok) return decided;
    const at = now.toISOString();
    const after = { ...before, ...decided.patch, status, updatedAt: at } as Skp & Record<string, unknown>;
    for (const key of Object.keys(after)) if (after[key] === undefined) delete after[key];
    await db.skps.put(after);
    const note = decided.note ? `: ${decided.note}` : '';
    await appendAudit(db, {
      at,
      actor: DESK_ACTOR,
      action: 'update',
      entity: 'skp',
      entityId: id,
      summary: `SKP ${before.year} ${VERB[action]} (${before.pegawai.name})${note}`,
      changes: diffRecords({ status: before.status, returnNote: before.returnNote, submittedAt: before.submittedAt, approvedAt: before.approvedAt }, { status: after.status, returnNote: after.returnNote, submittedAt: after.submittedAt, approvedAt: after.approvedAt }),
    });
    return { ok: true, skp: after };
  });
}

/** Submits to the Pejabat Penilai Kinerja after the checks of domain.md §3; any issue refuses it whole. */
export async function submitSkp(db: AppDb, id: string, now: Date = new Date()): Promise<SkpResult<{ skp: Skp }>> {
  return transition(db, id, 'submit', now, (skp) => {
    const issues = checkSkpForSubmit(skp);
    if (issues.length > 0) return fail('skp/issues', { count: issues.length }, issues);
    return { ok: true, patch: { submittedAt: now.toISOString() } };
  });
}

/** The supervisor agrees the SKP; from now on it changes only by reopening it, with a reason. */
export async function approveSkp(db: AppDb, id: string, now: Date = new Date()): Promise<SkpResult<{ skp: Skp }>> {
  return transition(db, id, 'approve', now, () => ({ ok: true, patch: { approvedAt: now.toISOString(), returnNote: undefined } }));
}

function required(text: string, code: 'skp/note-required' | 'skp/reason-required'): SkpResult<{ text: string }> {
  const trimmed = text.trim();
  if (!trimmed) return fail(code);
  return { ok: true, text: trimmed.slice(0, NOTE_MAX) };
}

/** The supervisor sends the SKP back with a note saying what to fix. */
export async function returnSkp(db: AppDb, id: string, note: string, now: Date = new Date()): Promise<SkpResult<{ skp: Skp }>> {
  return transition(db, id, 'return', now, () => {
    const checked = required(note, 'skp/note-required');
    if (!checked.ok) return checked;
    return { ok: true, patch: { returnNote: checked.text }, note: checked.text };
  });
}

/**
 * Brings an approved SKP back to draft so it can be changed; the reason is kept in the audit log
 * and `approvedAt` stays as the time of the last approval, which marks later edits for auditing.
 */
export async function reopenSkp(db: AppDb, id: string, reason: string, now: Date = new Date()): Promise<SkpResult<{ skp: Skp }>> {
  return transition(db, id, 'reopen', now, () => {
    const checked = required(reason, 'skp/reason-required');
    if (!checked.ok) return checked;
    return { ok: true, patch: {}, note: `alasan: ${checked.text}` };
  });
}
