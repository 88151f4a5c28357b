import { formatTanggal } from '@shared/domain/dates';
import { BENTUK_LABEL, PRIORITY_LABEL } from '@shared/domain/training-forms';
import { courseSummary } from '@shared/domain/training-lines';
import { documentLogo, type DocumentMeta } from '@shared/documents/common';
import { type CourseListModel, type CourseListRow, courseTrainingList, employeeTrainingList, type EmployeeTrainingModel } from '@shared/documents/training-list';
import { formatGolonganPegawai } from '@shared/domain/pangkat';
import type { HostApi } from '@shared/host/host-api';
import { DEFAULT_SETTINGS, fullName } from '@shared/schemas/entities';
import type { GroupedRecommendation } from '@shared/domain/training-trainer';
import type { Course, Participant, Recommendation } from '@shared/schemas/training';
import type { AppDb } from '../../db/db';
import { renderPdf } from './render-pdf';
import type { ClassView, EmployeeTraining, People } from './training.queries';
import { localToday, type TrainingProblem } from './training-result';

export type ExportFormat = 'pdf' | 'xlsx';
export type ExportOutcome = { ok: true; saved: boolean; fileName: string } | ({ ok: false } & TrainingProblem);

export const STATUS_PRINT: Record<Recommendation['status'], string> = { usulan: 'Usulan', diterima: 'Diterima', ditolak: 'Ditolak' };

export async function listMeta(db: AppDb, documentId: string, now: Date = new Date()): Promise<DocumentMeta> {
  const s = (await db.settings.get('app')) ?? DEFAULT_SETTINGS;
  const logo = documentLogo(s.logo);
  return { agencyName: s.agencyName, ...(logo ? { logo } : {}), signingPlace: s.signingPlace, signingDate: localToday(now), paper: s.paperSize, documentId, signedElectronically: false };
}

const day = (iso: string) => formatTanggal(iso.slice(0, 10));

/** The reasons of a group, each prefixed with the period that gave it ("TRIWULAN II: …"). */
export function groupReasonText(g: GroupedRecommendation, people: People): string {
  return g.reasons.map((r) => `${people.periodById.get(r.periodId)?.label ?? ''}: ${r.text}`).join(' ');
}

function personRow(people: People, employeeId: string, extra: Omit<CourseListRow, 'name' | 'nip' | 'unit'>): CourseListRow {
  const e = people.employeeById.get(employeeId);
  return { name: e ? fullName(e) : employeeId, ...(e?.nip ? { nip: e.nip } : {}), unit: (e && people.topUnit(e.unitId)?.name) ?? '-', ...extra };
}

export function attendanceText(p: Participant): string {
  const att = p.attendance === 'hadir' ? 'Hadir' : p.attendance === 'tidak-hadir' ? 'Tidak hadir' : 'Kehadiran belum dicatat';
  return p.completed ? `${att}, selesai` : att;
}

export function classListModel(view: ClassView): CourseListModel {
  const { klass, course, people } = view;
  const rows = klass.participants.map((p) => {
    const rec = p.recommendationId ? view.recs.get(p.recommendationId) : undefined;
    return personRow(people, p.employeeId, { reason: rec ? rec.reasons.map((r) => r.text).join(' ') : 'Didaftarkan langsung', priority: rec ? PRIORITY_LABEL[rec.priority] : '-', date: rec ? day(rec.decidedAt ?? rec.createdAt) : '-', status: attendanceText(p) });
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return { kind: 'kelas', year: klass.year, filters: '', sections: [{ course: course?.name ?? klass.courseId, summary: course ? courseSummary(course) : '', className: klass.name, dates: { start: klass.start, end: klass.end }, ...(klass.location ? { location: klass.location } : {}), rows }] };
}

/** Everyone recommended, course by course, as the trainers' filters show them. */
export function recommendationListModel(groups: readonly GroupedRecommendation[], courses: readonly Course[], people: People, year: number, filters: string): CourseListModel {
  const sections = courses.flatMap((course) => {
    const mine = groups.filter((g) => g.courseId === course.id);
    if (mine.length === 0) return [];
    const rows = mine.map((g) => personRow(people, g.employeeId, { reason: groupReasonText(g, people), priority: PRIORITY_LABEL[g.latest.priority], date: day(g.latest.decidedAt ?? g.latest.createdAt), status: g.completed ? 'Selesai' : g.classId ? `${STATUS_PRINT[g.status]}, di angkatan` : STATUS_PRINT[g.status] }));
    rows.sort((a, b) => a.name.localeCompare(b.name, 'id'));
    return [{ course: course.name, summary: courseSummary(course), rows }];
  });
  return { kind: 'rekomendasi', year, filters, sections };
}

export function employeeListModel(data: EmployeeTraining, year: number, target: number): EmployeeTrainingModel {
  const { employee: e, people, courses } = data;
  const recommendations = data.groups.map((g) => {
    const c = courses.get(g.courseId);
    const status = g.completed ? 'Selesai' : g.status === 'ditolak' ? `Ditolak: ${g.latest.rejectReason ?? ''}` : STATUS_PRINT[g.status];
    return { course: c?.name ?? g.courseId, form: c ? BENTUK_LABEL[c.bentuk] : '-', jp: c?.jp ?? 0, priority: PRIORITY_LABEL[g.latest.priority], reasons: g.reasons.map((r) => r.text).join(' '), period: g.all.map((r) => people.periodById.get(r.periodId)?.label ?? '').join(', '), status };
  });
  const planned = data.classes.filter((k) => k.participants.some((p) => p.employeeId === e.id && !p.completed)).map((k) => ({ course: courses.get(k.courseId)?.name ?? k.courseId, className: k.name, start: k.start, end: k.end, jp: courses.get(k.courseId)?.jp ?? 0 }));
  const completed = data.ledger.map((l) => ({ title: l.title, form: BENTUK_LABEL[l.bentuk], start: l.start, end: l.end, jp: l.jp, evidence: l.evidence?.name ?? '' }));
  const person = { employeeId: e.id, name: fullName(e), ...(e.nip ? { nip: e.nip } : {}), pangkat: formatGolonganPegawai(e), jabatan: people.positionById.get(e.positionId)?.name ?? '-', unit: people.unitById.get(e.unitId)?.name ?? '-' };
  return { year, person, recommendations, planned, completed, target };
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'daftar';

async function save(host: HostApi, fileName: string, data: Uint8Array<ArrayBuffer>, format: ExportFormat): Promise<ExportOutcome> {
  const filters = [format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel', extensions: ['xlsx'] }];
  const saved = await host.call('file:save', { suggestedName: fileName, filters, data });
  if (!saved.ok) return { ok: false, code: saved.error.code };
  return { ok: true, saved: saved.value.saved, fileName: saved.value.saved ? saved.value.fileName : fileName };
}

/** A class list or the recommendation list as PDF or XLSX, handed to the host to save. */
export async function exportCourseList(db: AppDb, host: HostApi, model: CourseListModel, name: string, format: ExportFormat): Promise<ExportOutcome> {
  const fileName = `${slug(name)}.${format}`;
  if (format === 'xlsx') {
    // exceljs is large: loaded only when a spreadsheet is asked for.
    const { buildCourseListWorkbook } = await import('./training-xlsx');
    return save(host, fileName, await buildCourseListWorkbook(model), format);
  }
  const meta = await listMeta(db, `PELATIHAN-${model.year}-${slug(name)}`.slice(0, 64));
  return save(host, fileName, await renderPdf(courseTrainingList(model, meta)), format);
}

export async function exportEmployeeList(db: AppDb, host: HostApi, model: EmployeeTrainingModel): Promise<ExportOutcome> {
  const name = `pelatihan-${model.year}-${model.person.nip ?? model.person.employeeId}-${slug(model.person.name)}`;
  const meta = await listMeta(db, `PELATIHAN-${model.year}-${model.person.nip ?? model.person.employeeId}`);
  return save(host, `${name}.pdf`, await renderPdf(employeeTrainingList(model, meta)), 'pdf');
}
