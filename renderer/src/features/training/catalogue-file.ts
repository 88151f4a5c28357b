import { importCatalogueRows, type CatalogueProblem } from '@shared/domain/training-catalogue';
import type { HostApi } from '@shared/host/host-api';
import type { Course } from '@shared/schemas/training';
import type { AppDb } from '../../db/db';
import { importCatalogue } from './catalogue.commands';
import { localToday, type TrainingProblem } from './training-result';

export type CatalogueImportOutcome =
  | { kind: 'cancelled' }
  | { kind: 'imported'; fileName: string; created: number; updated: number }
  | { kind: 'problems'; fileName: string; problems: CatalogueProblem[] }
  | { kind: 'failed'; problem: TrainingProblem };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Reads an XLSX picked through the host; all rows are checked before anything is written. */
export async function importCatalogueFile(db: AppDb, host: HostApi): Promise<CatalogueImportOutcome> {
  const opened = await host.call('file:open', { filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
  if (!opened.ok) return { kind: 'failed', problem: { code: opened.error.code } };
  if (!opened.value.opened) return { kind: 'cancelled' };
  const { fileName, data } = opened.value;
  if (!ZIP.every((b, i) => data[i] === b)) return { kind: 'failed', problem: { code: 'training/not-xlsx', params: { file: fileName } } };
  let rows;
  try {
    // exceljs is large: loaded only when a spreadsheet is read or written.
    const { readXlsx } = await import('../import/read-xlsx');
    rows = (await readXlsx(data)).rows;
  } catch {
    return { kind: 'failed', problem: { code: 'training/not-xlsx', params: { file: fileName } } };
  }
  const result = importCatalogueRows(rows, await db.trainingCourses.toArray());
  if (!result.ok) return { kind: 'problems', fileName, problems: result.problems };
  await importCatalogue(db, result.courses, fileName, result);
  return { kind: 'imported', fileName, created: result.created, updated: result.updated };
}

export async function exportCatalogueFile(host: HostApi, courses: readonly Course[], now: Date = new Date()): Promise<{ ok: true; saved: boolean; fileName: string } | ({ ok: false } & TrainingProblem)> {
  const suggestedName = `katalog-pelatihan-${localToday(now)}.xlsx`;
  const { buildCatalogueWorkbook } = await import('./training-xlsx');
  const saved = await host.call('file:save', { suggestedName, filters: [{ name: 'Excel', extensions: ['xlsx'] }], data: await buildCatalogueWorkbook(courses, now) });
  if (!saved.ok) return { ok: false, code: saved.error.code };
  return { ok: true, saved: saved.value.saved, fileName: saved.value.saved ? saved.value.fileName : suggestedName };
}
