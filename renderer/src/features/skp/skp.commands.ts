import { formatGolonganPegawai, type Appraisers, isSkpEditable, resolveAppraisers, skpFormFor, type SkpIssue } from '@shared/domain';
import { copyPlanForNewYear, emptyLampiran, perilakuRows, planAuditView, type SkpPlan } from '@shared/domain/skp-plan';
import { type Employee, fullName, type Position, type Unit } from '@shared/schemas/entities';
import { type IdentitySnapshot, type Skp, SkpSchema } from '@shared/schemas/skp';
import { appendAudit, DESK_ACTOR, diffRecords } from '../../db/audit';
import type { AppDb } from '../../db/db';
import { todayIso } from '../employees/organisation.queries';

/** Expected refusals, worded in one place: the i18n keys `skpPlan.error.<code>`. */
export type SkpErrorCode =
  | 'skp/not-found'
  | 'skp/employee-not-found'
  | 'skp/kepala-daerah'
  | 'skp/inactive'
  | 'skp/year-missing'
  | 'skp/exists'
  | 'skp/last-year-missing'
  | 'skp/not-editable'
  | 'skp/invalid'
  | 'skp/wrong-status'
  | 'skp/issues'
  | 'skp/note-required'
  | 'skp/reason-required';

export type SkpFailure = { ok: false; code: SkpErrorCode; params?: Record<string, string | number>; issues?: SkpIssue[] };
export type SkpResult<T> = ({ ok: true } & T) | SkpFailure;

export const fail = (code: SkpErrorCode, params?: SkpFailure['params'], issues?: SkpIssue[]): SkpFailure => ({
  ok: false,
  code,
  ...(params ? { params } : {}),
  ...(issues ? { issues } : {}),
});

const ORG_TABLES = (db: AppDb) => [db.skps, db.employees, db.units, db.positions, db.appraiserOverrides, db.appraisalYears, db.audit];

/** The day whose appraiser chain the SKP names: today while the year runs, else its first day. */
export function snapshotDay(year: number, now: Date): string {
  const today = todayIso(now);
  return today.startsWith(`${year}-`) ? today : `${year}-01-01`;
}

type Org = { employees: Employee[]; units: Unit[]; positions: Position[] };

function snapshotOf(org: Org, id: string | null): IdentitySnapshot | null {
  const e = id ? org.employees.find((x) => x.id === id) : undefined;
  if (!e) return null;
  const snap: IdentitySnapshot = {
    employeeId: e.id,
    name: fullName(e),
    pangkat: formatGolonganPegawai(e),
    jabatan: org.positions.find((p) => p.id === e.positionId)?.name ?? '-',
    unit: org.units.find((u) => u.id === e.unitId)?.name ?? '-',
  };
  if (e.nip) snap.nip = e.nip;
  return snap;
}

/** Everything createSkp checks before it writes; returns the SKP to add or why not. */
async function prepareSkp(db: AppDb, employeeId: string, year: number, now: Date): Promise<SkpResult<{ skp: Skp; employee: Employee }>> {
  const [employees, units, positions, overrides, yearRecord, existing] = await Promise.all([
    db.employees.toArray(),
    db.units.toArray(),
    db.positions.toArray(),
    db.appraiserOverrides.toArray(),
    db.appraisalYears.where('year').equals(year).first(),
    db.skps.where('[employeeId+year]').equals([employeeId, year]).first(),
  ]);
  const employee = employees.find((e) => e.id === employeeId);
  if (!employee) return fail('skp/employee-not-found');
  const name = fullName(employee);
  const position = positions.find((p) => p.id === employee.positionId);
  const form = position ? skpFormFor(position.type) : null;
  if (employee.kind === 'kepala-daerah' || form === null) return fail('skp/kepala-daerah', { name });
  if (employee.status !== 'aktif') return fail('skp/inactive', { name });
  if (!yearRecord) return fail('skp/year-missing', { year });
  if (existing) return fail('skp/exists', { name, year });
  const org = { employees, units, positions };
  const appraisers: Appraisers = resolveAppraisers(employeeId, { ...org, overrides }, snapshotDay(year, now));
  const at = now.toISOString();
  const skp: Skp = {
    id: crypto.randomUUID(),
    employeeId,
    year,
    form,
    approach: 'kuantitatif',
    status: 'draft',
    rhk: [],
    perilaku: perilakuRows(),
    lampiran: emptyLampiran(),
    pegawai: snapshotOf(org, employeeId)!,
    penilai: snapshotOf(org, appraisers.penilai.employeeId),
    atasanPenilai: snapshotOf(org, appraisers.atasanPenilai.employeeId),
    createdAt: at,
    updatedAt: at,
  };
  return { ok: true, skp, employee };
}

async function addSkp(db: AppDb, skp: Skp, summary: string): Promise<SkpResult<{ id: string }>> {
  const parsed = SkpSchema.safeParse(skp);
  if (!parsed.success) return fail('skp/invalid', undefined, parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'skp/invalid', message: i.message })));
  await db.skps.add(parsed.data);
  await appendAudit(db, { at: skp.createdAt, actor: DESK_ACTOR, action: 'create', entity: 'skp', entityId: skp.id, summary });
  return { ok: true, id: skp.id };
}

/**
 * A new, empty SKP for one employee and year: the form from the position, the snapshots of the
 * employee and the appraiser chain, the seven BerAKHLAK rows. One SKP per employee and year.
 */
export async function createSkp(db: AppDb, employeeId: string, year: number, now: Date = new Date()): Promise<SkpResult<{ id: string }>> {
  return db.transaction('rw', ORG_TABLES(db), async () => {
    const prepared = await prepareSkp(db, employeeId, year, now);
    if (!prepared.ok) return prepared;
    return addSkp(db, prepared.skp, `SKP ${year} dibuat: ${prepared.skp.pegawai.name}`);
  });
}

/** A new SKP that starts from the employee's SKP of the year before (content only, new ids). */
export async function createFromLastYear(db: AppDb, employeeId: string, year: number, now: Date = new Date()): Promise<SkpResult<{ id: string }>> {
  return db.transaction('rw', ORG_TABLES(db), async () => {
    const source = await db.skps.where('[employeeId+year]').equals([employeeId, year - 1]).first();
    if (!source) return fail('skp/last-year-missing', { year: year - 1 });
    const prepared = await prepareSkp(db, employeeId, year, now);
    if (!prepared.ok) return prepared;
    const plan = copyPlanForNewYear(source, prepared.skp.form, () => crypto.randomUUID());
    return addSkp(db, { ...prepared.skp, ...plan }, `SKP ${year} dibuat dari SKP ${year - 1}: ${prepared.skp.pegawai.name}`);
  });
}

export type SkpDraftInput = Pick<Skp, 'id'> & SkpPlan;

/**
 * Saves what the owner typed (the editor calls it as they type). Only the plan is taken from the
 * input; identity and workflow stay as stored, so a stale editor cannot undo a submit or approval.
 * Changes to an SKP that was approved before (reopened) are audited item by item; a first draft is
 * not, or every pause in typing would add an entry to the hash-chained log.
 */
export async function saveSkpDraft(db: AppDb, input: SkpDraftInput, now: Date = new Date()): Promise<SkpResult<{ skp: Skp }>> {
  return db.transaction('rw', [db.skps, db.audit], async () => {
    const before = await db.skps.get(input.id);
    if (!before) return fail('skp/not-found');
    if (!isSkpEditable(before.status)) return fail('skp/not-editable', { status: before.status });
    const candidate: Skp = { ...before, approach: input.approach, rhk: input.rhk, perilaku: input.perilaku, lampiran: input.lampiran, updatedAt: now.toISOString() };
    const parsed = SkpSchema.safeParse(candidate);
    if (!parsed.success) return fail('skp/invalid', undefined, parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'skp/invalid', message: i.message })));
    const changes = diffRecords(planAuditView(before), planAuditView(parsed.data)) ?? {};
    if (Object.keys(changes).length === 0) return { ok: true, skp: before };
    await db.skps.put(parsed.data);
    if (before.approvedAt) {
      await appendAudit(db, { at: parsed.data.updatedAt, actor: DESK_ACTOR, action: 'update', entity: 'skp', entityId: before.id, summary: `SKP ${before.year} diubah setelah dibuka kembali: ${before.pegawai.name}`, changes });
    }
    return { ok: true, skp: parsed.data };
  });
}
