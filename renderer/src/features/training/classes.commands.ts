import { type Course, type LedgerEntry, LedgerEntrySchema, type Participant, type TrainingClass, TrainingClassSchema } from '@shared/schemas/training';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { fail, invalid, type TrainingResult } from './training-result';

export type NewParticipant = { employeeId: string; recommendationId?: string };
export type ClassInput = { courseId: string; name: string; start: string; end: string; location?: string; participants: NewParticipant[] };

const fresh = (p: NewParticipant): Participant => ({ employeeId: p.employeeId, ...(p.recommendationId ? { recommendationId: p.recommendationId } : {}), attendance: null, completed: false });

function withIds(c: Omit<TrainingClass, 'participantIds'> & { participantIds?: string[] }): TrainingClass {
  return { ...c, participantIds: c.participants.map((p) => p.employeeId) };
}

/** Groups recommended employees into a class (angkatan) of a course, with its dates. */
export async function createClass(db: AppDb, input: ClassInput, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingClasses, db.trainingCourses, db.audit], async () => {
    const course = await db.trainingCourses.get(input.courseId);
    if (!course) return fail('training/course-missing');
    if (input.participants.length === 0) return fail('training/no-participants');
    const at = now.toISOString();
    const unique = [...new Map(input.participants.map((p) => [p.employeeId, p])).values()];
    const parsed = TrainingClassSchema.safeParse(withIds({ id: crypto.randomUUID(), courseId: course.id, year: Number(input.start.slice(0, 4)), name: input.name, start: input.start, end: input.end, ...(input.location?.trim() ? { location: input.location.trim() } : {}), participants: unique.map(fresh), closed: false, createdAt: at, updatedAt: at }));
    if (!parsed.success) return invalid(parsed.error.issues);
    await db.trainingClasses.add(parsed.data);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'training-class', entityId: parsed.data.id, summary: `Angkatan dibuat: ${course.name}, ${parsed.data.name} (${input.start} s.d. ${input.end}), ${unique.length} peserta` });
    return { ok: true as const, id: parsed.data.id };
  });
}

/** Adds people to an open class; those already in it are left as they are. */
export async function addParticipants(db: AppDb, classId: string, people: NewParticipant[], now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingClasses, db.audit], async () => {
    const klass = await db.trainingClasses.get(classId);
    if (!klass) return fail('training/class-missing');
    if (klass.closed) return fail('training/class-closed');
    const added = people.filter((p) => !klass.participantIds.includes(p.employeeId)).map(fresh);
    if (added.length === 0) return { ok: true as const, id: classId };
    const at = now.toISOString();
    await db.trainingClasses.put(withIds({ ...klass, participants: [...klass.participants, ...added], updatedAt: at }));
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'training-class', entityId: classId, summary: `${added.length} peserta ditambahkan ke ${klass.name}` });
    return { ok: true as const, id: classId };
  });
}

/** Removes someone who has not completed the class (a completion is undone first). */
export async function removeParticipant(db: AppDb, classId: string, employeeId: string, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingClasses, db.employees, db.audit], async () => {
    const klass = await db.trainingClasses.get(classId);
    if (!klass) return fail('training/class-missing');
    if (klass.closed) return fail('training/class-closed');
    if (klass.participants.find((p) => p.employeeId === employeeId)?.completed) return fail('training/remove-completed');
    const at = now.toISOString();
    await db.trainingClasses.put(withIds({ ...klass, participants: klass.participants.filter((p) => p.employeeId !== employeeId), updatedAt: at }));
    const who = await db.employees.get(employeeId);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'training-class', entityId: classId, summary: `${who?.name ?? employeeId} dikeluarkan dari ${klass.name}` });
    return { ok: true as const, id: classId };
  });
}

export async function setAttendance(db: AppDb, classId: string, employeeId: string, attendance: Participant['attendance'], now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingClasses, db.employees, db.audit], async () => {
    const klass = await db.trainingClasses.get(classId);
    const p = klass?.participants.find((x) => x.employeeId === employeeId);
    if (!klass || !p) return fail('training/class-missing');
    if (klass.closed) return fail('training/class-closed');
    if (p.completed && attendance !== 'hadir') return fail('training/attendance-completed');
    if (p.attendance === attendance) return { ok: true as const, id: classId };
    const at = now.toISOString();
    await db.trainingClasses.put({ ...klass, participants: klass.participants.map((x) => (x.employeeId === employeeId ? { ...x, attendance } : x)), updatedAt: at });
    const who = await db.employees.get(employeeId);
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'training-class', entityId: classId, summary: `Kehadiran ${who?.name ?? employeeId} di ${klass.name}: ${attendance ?? 'belum dicatat'}`, changes: { [`kehadiran.${employeeId}`]: { from: p.attendance, to: attendance } } });
    return { ok: true as const, id: classId };
  });
}

function ledgerEntryOf(klass: TrainingClass, course: Course, employeeId: string, at: string): LedgerEntry {
  return LedgerEntrySchema.parse({ id: crypto.randomUUID(), employeeId, year: klass.year, bentuk: course.bentuk, title: course.name, provider: course.provider, start: klass.start, end: klass.end, jp: course.jp, courseId: course.id, classId: klass.id, source: 'angkatan', createdAt: at });
}

/**
 * Marks (or unmarks) that a participant completed the class: completing writes the course's JP
 * into the employee's ledger, unmarking removes that entry again, in the same transaction.
 * Only someone marked present can complete; a course of 0 JP completes without a ledger entry.
 */
export async function setCompletion(db: AppDb, classId: string, employeeId: string, completed: boolean, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingClasses, db.trainingCourses, db.trainingLedger, db.employees, db.audit], async () => {
    const klass = await db.trainingClasses.get(classId);
    const p = klass?.participants.find((x) => x.employeeId === employeeId);
    if (!klass || !p) return fail('training/class-missing');
    if (klass.closed) return fail('training/class-closed');
    if (p.completed === completed) return { ok: true as const, id: classId };
    if (completed && p.attendance !== 'hadir') return fail('training/not-attended');
    const course = await db.trainingCourses.get(klass.courseId);
    if (!course) return fail('training/course-missing');
    const at = now.toISOString();
    let next: Participant = { ...p, completed };
    if (completed && course.jp > 0) {
      const entry = ledgerEntryOf(klass, course, employeeId, at);
      await db.trainingLedger.add(entry);
      next = { ...next, ledgerEntryId: entry.id };
    } else if (!completed && p.ledgerEntryId) {
      await db.trainingLedger.delete(p.ledgerEntryId);
      const { ledgerEntryId: _gone, ...rest } = next;
      next = rest;
    }
    await db.trainingClasses.put({ ...klass, participants: klass.participants.map((x) => (x.employeeId === employeeId ? next : x)), updatedAt: at });
    const who = (await db.employees.get(employeeId))?.name ?? employeeId;
    const summary = completed ? `${who} menyelesaikan ${course.name} (${klass.name}): ${course.jp} JP dicatat` : `Penyelesaian ${who} pada ${course.name} (${klass.name}) dibatalkan; ${course.jp} JP dihapus dari catatan`;
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'training-class', entityId: classId, summary, changes: { [`selesai.${employeeId}`]: { from: p.completed, to: completed } } });
    return { ok: true as const, id: classId };
  });
}

/** Closes a class: from then on attendance and completion are fixed. */
export async function closeClass(db: AppDb, classId: string, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingClasses, db.audit], async () => {
    const klass = await db.trainingClasses.get(classId);
    if (!klass) return fail('training/class-missing');
    if (klass.closed) return { ok: true as const, id: classId };
    const at = now.toISOString();
    await db.trainingClasses.put({ ...klass, closed: true, updatedAt: at });
    const done = klass.participants.filter((p) => p.completed).length;
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'training-class', entityId: classId, summary: `${klass.name} ditutup: ${done} dari ${klass.participants.length} peserta selesai`, changes: { closed: { from: false, to: true } } });
    return { ok: true as const, id: classId };
  });
}
