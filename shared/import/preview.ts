/**
 * The preview of an import: every row classified new / update / unchanged / error, the positions
 * the import creates, and — only when no row has an error — the plan the commit writes.
 */
import { type Employee, EmployeeSchema, fullName, type Position, type Unit } from '../schemas/entities';
import { changedFields, composeEmployee, type FieldChange, namesOf } from './compose';
import { columnLabel, type ColumnMapping, FIELD_HEADER } from './fields';
import { indexPositions } from './positions';
import { type RowCheck, validateRow } from './row';
import type { PreparedTable } from './table';
import { indexUnits } from './units';
import { newPositionKey, resolveNewPositions } from './new-positions';

export type RowClass = 'new' | 'update' | 'unchanged' | 'error';

export interface PreviewRow {
  row: number;
  cls: RowClass;
  nip: string;
  name: string;
  reasons: string[];
  changes: FieldChange[];
  /** Things to check that do not block the import (a NIP already held under another name). */
  notes: string[];
}

export interface CommitPlan {
  fileName: string;
  creates: Employee[];
  updates: { before: Employee; after: Employee }[];
  newPositions: Position[];
  unchanged: number;
}

export interface ImportPreview {
  rows: PreviewRow[];
  counts: Record<RowClass, number>;
  newPositions: { name: string; unitName: string; type: Position['type'] }[];
  /** null while any row has an error: the import is all or nothing. */
  plan: CommitPlan | null;
}

export interface Existing {
  units: readonly Unit[];
  positions: readonly Position[];
  employees: readonly Employee[];
}

export interface PreviewOptions {
  fileName: string;
  now: string;
  newId: () => string;
}

function markDuplicates(checks: RowCheck[], label: string): void {
  const byNip = new Map<string, RowCheck[]>();
  for (const c of checks) if (/^\d{18}$/.test(c.nip)) byNip.set(c.nip, [...(byNip.get(c.nip) ?? []), c]);
  for (const group of byNip.values()) {
    if (group.length < 2) continue;
    for (const c of group) {
      const others = group.filter((o) => o !== c).map((o) => o.row).join(', ');
      c.reasons.push(`Baris ${c.row}, kolom ${label}: NIP ${c.nip} juga ada di baris ${others}. Setiap pegawai hanya boleh muncul sekali; hapus baris ganda atau perbaiki NIP-nya.`);
      delete c.draft;
    }
  }
}

function schemaReasons(row: number, e: Employee): string[] {
  const parsed = EmployeeSchema.safeParse(e);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `Baris ${row}: data ${i.path.join('.')} tidak sah (${i.message}). Periksa isi baris ini.`);
}

/** A changed name on a known NIP may be a typo in the NIP that would overwrite a colleague. */
function otherNameNote(row: number, before: Employee): string {
  return `Baris ${row}: NIP ini sudah terdaftar atas nama ${fullName(before)}. Pastikan baris ini orang yang sama; bila bukan, perbaiki NIP di berkas.`;
}

function emptyCounts(): Record<RowClass, number> {
  return { new: 0, update: 0, unchanged: 0, error: 0 };
}

export function buildPreview(table: PreparedTable, mapping: ColumnMapping, existing: Existing, options: PreviewOptions): ImportPreview {
  const units = indexUnits(existing.units);
  const ctx = { headers: table.headers, mapping, units, findPosition: indexPositions(existing.positions) };
  const checks = table.rows.map((data) => validateRow(data, ctx));
  const nipLabel = mapping.nip === null ? FIELD_HEADER.nip : columnLabel(table.headers, mapping.nip);
  markDuplicates(checks, nipLabel);
  const typeLabel = mapping.jenisJabatan === null ? FIELD_HEADER.jenisJabatan : columnLabel(table.headers, mapping.jenisJabatan);
  const created = resolveNewPositions(checks, typeLabel, options.newId);

  const byNip = new Map(existing.employees.filter((e) => e.nip).map((e) => [e.nip!, e]));
  const names = namesOf(existing.units, existing.positions, [...created.values()]);
  const plan: CommitPlan = { fileName: options.fileName, creates: [], updates: [], newPositions: [], unchanged: 0 };
  const counts = emptyCounts();
  const rows: PreviewRow[] = checks.map((check) => {
    const out: PreviewRow = { row: check.row, cls: 'error', nip: check.nip, name: check.name, reasons: check.reasons, changes: [], notes: [] };
    const draft = check.draft;
    if (!draft) return out;
    const positionId = 'id' in draft.position ? draft.position.id : created.get(newPositionKey(draft.position))!.id;
    const before = byNip.get(draft.nip);
    const after = composeEmployee(draft, positionId, before, { id: before?.id ?? options.newId(), now: options.now });
    out.name = fullName(after);
    out.reasons.push(...schemaReasons(check.row, after));
    if (out.reasons.length > 0) return out;
    if (!before) {
      out.cls = 'new';
      plan.creates.push(after);
      return out;
    }
    out.changes = changedFields(before, after, names);
    if (before.name.toLowerCase() !== after.name.toLowerCase()) out.notes.push(otherNameNote(check.row, before));
    out.cls = out.changes.length > 0 ? 'update' : 'unchanged';
    if (out.cls === 'update') plan.updates.push({ before, after });
    else plan.unchanged += 1;
    return out;
  });
  for (const r of rows) counts[r.cls] += 1;

  const used = new Set([...plan.creates, ...plan.updates.map((u) => u.after)].map((e) => e.positionId));
  plan.newPositions = [...created.values()].filter((p) => used.has(p.id));
  const newPositions = [...created.values()].map((p) => ({ name: p.name, unitName: names.unitName(p.unitId), type: p.type }));
  return { rows, counts, newPositions, plan: counts.error > 0 ? null : plan };
}
