import { CATALOGUE_COLUMNS, CATALOGUE_HEADER, courseToRow } from '@shared/domain/training-catalogue';
import type { CourseListModel } from '@shared/documents/training-list';
import type { Course } from '@shared/schemas/training';
import { newWorkbook, workbookBytes } from '../../lib/xlsx';

const CATALOGUE_WIDTH: Record<(typeof CATALOGUE_COLUMNS)[number], number> = { id: 26, name: 48, bentuk: 30, mode: 12, jp: 6, provider: 36, competencies: 48, values: 30, positions: 28, tags: 24, description: 40, active: 8 };


/** The catalogue with the import's own columns, so an exported file can be edited and imported again. */
export async function buildCatalogueWorkbook(courses: readonly Course[], created: Date = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook(created);
  const sheet = workbook.addWorksheet('Katalog', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CATALOGUE_COLUMNS.map((k) => ({ header: CATALOGUE_HEADER[k], key: k, width: CATALOGUE_WIDTH[k] }));
  sheet.getRow(1).font = { bold: true };
  for (const c of courses) sheet.addRow(courseToRow(c));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CATALOGUE_COLUMNS.length } };
  return workbookBytes(workbook);
}

export const COURSE_LIST_HEADERS = ['No', 'Pelatihan', 'Bentuk, JP, penyelenggara', 'Angkatan', 'Mulai', 'Selesai', 'NIP', 'Nama', 'Unit kerja', 'Alasan rekomendasi', 'Prioritas', 'Tanggal', 'Status'] as const;
const LIST_WIDTH = [5, 44, 40, 22, 12, 12, 22, 32, 40, 70, 10, 18, 22];

/** A class list or the full recommendation list: one row per person and course; NIP kept as text. */
export async function buildCourseListWorkbook(model: CourseListModel, created: Date = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook(created);
  const sheet = workbook.addWorksheet(model.kind === 'kelas' ? 'Peserta' : 'Rekomendasi', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COURSE_LIST_HEADERS.map((header, i) => ({ header, width: LIST_WIDTH[i], style: header === 'NIP' ? { numFmt: '@' } : { alignment: { vertical: 'top', wrapText: i === 9 } } }));
  sheet.getRow(1).font = { bold: true };
  let no = 0;
  for (const s of model.sections) {
    for (const r of s.rows) {
      no += 1;
      sheet.addRow([no, s.course, s.summary, s.className ?? '', s.dates?.start ?? '', s.dates?.end ?? '', r.nip ?? '', r.name, r.unit, r.reason, r.priority, r.date, r.status]);
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COURSE_LIST_HEADERS.length } };
  return workbookBytes(workbook);
}
