import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { completedJp, shortfallList } from '@shared/domain/training-ledger';
import { DEMO_CLASS_RUNNING_ID } from '@shared/demo/training-demo';
import { isCurveMember } from '@shared/domain/curve-units';
import { verifyAuditLog } from '../../db/audit';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';
import { addParticipants, closeClass, createClass, removeParticipant, setAttendance, setCompletion } from './classes.commands';
import { addLedgerEntry, removeLedgerEntry } from './ledger.commands';

let db: AppDb;
let template: AppDb;
beforeAll(async () => {
  template = new AppDb(`peka-classes-template-${Math.random()}`);
  await ensureInitialised(template, new Date('2026-11-28T08:00:00Z'));
});
beforeEach(async () => {
  db = new AppDb(`peka-classes-${Math.random()}`);
  await ensureInitialised(db, new Date('2026-11-28T08:00:00Z'));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});
afterAll(async () => {
  template.close();
  await Dexie.delete(template.name);
});

const jpOf = async (employeeId: string) => completedJp(await db.trainingLedger.where('[employeeId+year]').equals([employeeId, 2026]).toArray());

/** An accepted recommendation whose person is in no class of the course and has not completed it. */
async function freeAccepted() {
  const classes = await db.trainingClasses.toArray();
  const ledger = await db.trainingLedger.toArray();
  const recs = await db.trainingRecommendations.where('status').equals('diterima').sortBy('id');
  return recs.find((r) => r.courseId !== classes[0]?.courseId && !classes.some((c) => c.courseId === r.courseId && c.participantIds.includes(r.employeeId)) && !ledger.some((l) => l.employeeId === r.employeeId && l.courseId === r.courseId))!;
}

describe('classes (angkatan)', () => {
  it('recommendation → class → attendance → completion writes the JP; unmarking removes it', async () => {
    const rec = await freeAccepted();
    const course = (await db.trainingCourses.get(rec.courseId))!;
    const before = await jpOf(rec.employeeId);
    const made = await createClass(db, { courseId: rec.courseId, name: 'Angkatan II Tahun 2026', start: '2026-12-07', end: '2026-12-09', location: 'Aula', participants: [{ employeeId: rec.employeeId, recommendationId: rec.id }] });
    if (!made.ok) throw new Error(made.code);
    expect(await db.trainingClasses.where('participantIds').equals(rec.employeeId).filter((c) => c.id === made.id).count()).toBe(1);
    expect(await setCompletion(db, made.id, rec.employeeId, true)).toMatchObject({ ok: false, code: 'training/not-attended' });
    expect((await setAttendance(db, made.id, rec.employeeId, 'hadir')).ok).toBe(true);
    expect((await setCompletion(db, made.id, rec.employeeId, true)).ok).toBe(true);
    expect(await jpOf(rec.employeeId)).toBe(before + course.jp);
    const entry = (await db.trainingLedger.where('classId').equals(made.id).first())!;
    expect(entry).toMatchObject({ employeeId: rec.employeeId, courseId: course.id, jp: course.jp, start: '2026-12-07', end: '2026-12-09', bentuk: course.bentuk, source: 'angkatan' });
    expect(await setAttendance(db, made.id, rec.employeeId, 'tidak-hadir')).toMatchObject({ ok: false, code: 'training/attendance-completed' });
    expect(await removeParticipant(db, made.id, rec.employeeId)).toMatchObject({ ok: false, code: 'training/remove-completed' });
    expect(await removeLedgerEntry(db, entry.id)).toMatchObject({ ok: false, code: 'training/ledger-from-class' });
    expect((await setCompletion(db, made.id, rec.employeeId, false)).ok).toBe(true);
    expect(await jpOf(rec.employeeId)).toBe(before);
    expect(await db.trainingLedger.get(entry.id)).toBeUndefined();
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('adds people once, refuses an empty class or bad dates, and freezes a closed class', async () => {
    const rec = await freeAccepted();
    expect(await createClass(db, { courseId: rec.courseId, name: 'X', start: '2026-12-07', end: '2026-12-07', participants: [] })).toMatchObject({ ok: false, code: 'training/no-participants' });
    const bad = await createClass(db, { courseId: rec.courseId, name: 'X', start: '2026-12-07', end: '2026-12-01', participants: [{ employeeId: rec.employeeId }] });
    expect(bad).toMatchObject({ ok: false, code: 'training/invalid', issues: [{ path: 'end' }] });
    const running = (await db.trainingClasses.get(DEMO_CLASS_RUNNING_ID))!;
    const size = running.participants.length;
    expect((await addParticipants(db, running.id, [{ employeeId: rec.employeeId }, { employeeId: running.participants[0]!.employeeId }])).ok).toBe(true);
    expect((await db.trainingClasses.get(running.id))!.participants).toHaveLength(size + 1);
    expect((await removeParticipant(db, running.id, rec.employeeId)).ok).toBe(true);
    expect((await closeClass(db, running.id)).ok).toBe(true);
    expect(await setAttendance(db, running.id, running.participants[0]!.employeeId, 'hadir')).toMatchObject({ ok: false, code: 'training/class-closed' });
    expect(await addParticipants(db, running.id, [{ employeeId: rec.employeeId }])).toMatchObject({ ok: false, code: 'training/class-closed' });
  });
});

describe('the JP ledger', () => {
  it('records development by hand with its evidence file; the shortfall list shrinks when someone reaches 20 JP', async () => {
    const members = (await db.employees.toArray()).filter(isCurveMember);
    const short = shortfallList(members, await db.trainingLedger.toArray(), 2026);
    expect(short.length).toBeGreaterThan(0);
    const first = short[0]!;
    const pdf = new TextEncoder().encode('%PDF-1.4\n% sertifikat\n');
    const file = { name: 'sertifikat-seminar.pdf', mime: 'application/pdf', data: pdf, sha256: 'a'.repeat(64) };
    const r = await addLedgerEntry(db, { employeeId: first.person.id, bentuk: 'seminar', title: 'Seminar Nasional Pelayanan Publik', provider: 'Ombudsman RI', start: '2026-11-20', end: '2026-11-20', jp: first.gap }, file);
    if (!r.ok) throw new Error(r.code);
    expect(await db.trainingFiles.get(r.id)).toBeTruthy();
    const after = shortfallList(members, await db.trainingLedger.toArray(), 2026);
    expect(after.some((x) => x.person.id === first.person.id)).toBe(false);
    expect(after).toHaveLength(short.length - 1);
    expect(await addLedgerEntry(db, { employeeId: first.person.id, bentuk: 'seminar', title: '', provider: '', start: '2026-11-20', end: '2026-11-19', jp: 0 }, null)).toMatchObject({ ok: false, code: 'training/invalid' });
    expect((await removeLedgerEntry(db, r.id)).ok).toBe(true);
    expect(await db.trainingFiles.get(r.id)).toBeUndefined();
  });

  it('the demo loads the same training records on every first start', async () => {
    expect(await db.trainingRecommendations.count()).toBe(await template.trainingRecommendations.count());
    expect(await db.trainingLedger.count()).toBe(await template.trainingLedger.count());
    expect(await db.trainingClasses.count()).toBe(2);
  });
});
