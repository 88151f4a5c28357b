import { courseIdFor, DEFAULT_CATALOGUE } from '@shared/domain/training-catalogue';
import { DEFAULT_RULES } from '@shared/domain/training-rules';
import { type Course, CourseSchema, type TrainingRule, TrainingRuleSchema } from '@shared/schemas/training';
import { appendAudit, diffRecords, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { fail, invalid, type TrainingResult } from './training-result';

export type CourseInput = Omit<Course, 'id'> & { id?: string };

/** Adds a course (id from its name) or changes one; every change is in the audit log. */
export async function saveCourse(db: AppDb, input: CourseInput, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingCourses, db.audit], async () => {
    const before = input.id ? await db.trainingCourses.get(input.id) : undefined;
    if (input.id && !before) return fail('training/course-missing');
    const taken = new Set((await db.trainingCourses.toCollection().primaryKeys()) as string[]);
    const id = before?.id ?? courseIdFor(input.name, taken);
    const { description, ...rest } = input;
    const parsed = CourseSchema.safeParse({ ...rest, id, ...(description?.trim() ? { description: description.trim() } : {}) });
    if (!parsed.success) return invalid(parsed.error.issues);
    await db.trainingCourses.put(parsed.data);
    const at = now.toISOString();
    if (before) {
      const changes = diffRecords(before, parsed.data);
      if (changes && Object.keys(changes).length > 0) await appendAudit(db, { at, actor: DESK_ACTOR, action: 'update', entity: 'training-course', entityId: id, summary: `Katalog pelatihan diubah: ${parsed.data.name}`, changes });
    } else {
      await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'training-course', entityId: id, summary: `Pelatihan ditambahkan ke katalog: ${parsed.data.name} (${parsed.data.jp} JP)` });
    }
    return { ok: true as const, id };
  });
}

/**
 * Writes an imported catalogue (already checked row by row, all or nothing) in one transaction;
 * courses that were not in the file stay as they are.
 */
export async function importCatalogue(db: AppDb, courses: readonly Course[], fileName: string, counts: { created: number; updated: number }, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingCourses, db.audit], async () => {
    await db.trainingCourses.bulkPut(courses.map((c) => CourseSchema.parse(c)));
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'import', entity: 'training-course', entityId: 'katalog', summary: `Katalog pelatihan diimpor dari ${fileName}: ${counts.created} ditambahkan, ${counts.updated} diperbarui` });
    return { ok: true as const, id: 'katalog' };
  });
}

/** Adds the shipped catalogue's courses that are missing (an HR-edited course keeps its edits). */
export async function loadDefaultCatalogue(db: AppDb, now: Date = new Date()): Promise<number> {
  return db.transaction('rw', [db.trainingCourses, db.audit], async () => {
    const have = new Set((await db.trainingCourses.toCollection().primaryKeys()) as string[]);
    const missing = DEFAULT_CATALOGUE.filter((c) => !have.has(c.id));
    await db.trainingCourses.bulkAdd(missing);
    if (missing.length > 0) await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'create', entity: 'training-course', entityId: 'katalog', summary: `Katalog pelatihan bawaan dimuat: ${missing.length} pelatihan` });
    return missing.length;
  });
}

export type RuleInput = Omit<TrainingRule, 'id' | 'order'> & { id?: string };

/**
 * Saves one rule. The first save writes all default rules to the table, so from then on the
 * table is the whole rule set HR sees and edits.
 */
export async function saveRule(db: AppDb, input: RuleInput, now: Date = new Date()): Promise<TrainingResult> {
  return db.transaction('rw', [db.trainingRules, db.audit], async () => {
    if ((await db.trainingRules.count()) === 0) await db.trainingRules.bulkAdd([...DEFAULT_RULES]);
    const before = input.id ? await db.trainingRules.get(input.id) : undefined;
    if (input.id && !before) return fail('training/rule-missing');
    const last = await db.trainingRules.orderBy('order').last();
    const parsed = TrainingRuleSchema.safeParse({ ...input, id: before?.id ?? `rule-${crypto.randomUUID().slice(0, 8)}`, order: before?.order ?? (last?.order ?? 0) + 10 });
    if (!parsed.success) return invalid(parsed.error.issues);
    await db.trainingRules.put(parsed.data);
    const changes = before ? diffRecords(before, parsed.data) : undefined;
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: before ? 'update' : 'create', entity: 'training-rule', entityId: parsed.data.id, summary: `Aturan rekomendasi ${before ? 'diubah' : 'ditambahkan'}: ${parsed.data.label}`, ...(changes ? { changes } : {}) });
    return { ok: true as const, id: parsed.data.id };
  });
}

/** Puts the default rules back (HR's added rules are removed); recorded in the audit log. */
export async function restoreDefaultRules(db: AppDb, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', [db.trainingRules, db.audit], async () => {
    await db.trainingRules.clear();
    await db.trainingRules.bulkAdd([...DEFAULT_RULES]);
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'reset', entity: 'training-rule', entityId: 'aturan', summary: `Aturan rekomendasi dikembalikan ke bawaan (${DEFAULT_RULES.length} aturan)` });
  });
}
