/**
 * Training recommendation lists (domain.md §7.5): not an official form, in the same header style.
 * Per employee: recommendations with their reasons, planned classes, completed development with
 * JP and progress toward 20 JP. Per course: the recommended employees or a class's participants
 * with attendance and completion. Pure pdfmake definitions.
 */
import { formatTanggal } from '../domain/dates';
import type { IdentitySnapshot } from '../schemas/skp';
import { agencyLine, baseDefinition, documentHeader, type DocumentMeta, identityBlockRows, NIL, periodLine, printNip } from './common';
import type { DocDefinition, Node, NodeObject } from './pdf-types';

export type TrainingRecommendationRow = { course: string; form: string; jp: number; priority: string; reasons: string; period: string; status: string };
export type TrainingPlannedRow = { course: string; className: string; start: string; end: string; jp: number };
export type TrainingCompletedRow = { title: string; form: string; start: string; end: string; jp: number; evidence: string };

export type EmployeeTrainingModel = {
  year: number;
  person: IdentitySnapshot;
  recommendations: TrainingRecommendationRow[];
  planned: TrainingPlannedRow[];
  completed: TrainingCompletedRow[];
  target: number;
};

export type CourseListRow = { name: string; nip?: string; unit: string; reason: string; priority: string; date: string; status: string };
export type CourseListSection = { course: string; summary: string; className?: string; dates?: { start: string; end: string }; location?: string; rows: CourseListRow[] };

export type CourseListModel = {
  /** "kelas": a class's participants (status = attendance and completion); "rekomendasi": everyone recommended. */
  kind: 'kelas' | 'rekomendasi';
  year: number;
  /** The filters in force, printed under the title ("Unit kerja: …; bentuk: …"). */
  filters: string;
  sections: CourseListSection[];
};

const c = (text: string | number, extra: NodeObject = {}): NodeObject => ({ text: String(text), ...extra });
const th = (text: string): NodeObject => c(text, { style: 'th' });
const range = (start: string, end: string) => (start === end ? formatTanggal(start) : `${formatTanggal(start)} s.d. ${formatTanggal(end)}`);

function table(widths: (number | string)[], header: string[], rows: NodeObject[][], empty: string): Node {
  const body = rows.length > 0 ? rows : [[c(empty, { colSpan: header.length, alignment: 'center', italics: true }), ...header.slice(1).map(() => c(''))]];
  return { table: { headerRows: 1, dontBreakRows: true, widths, body: [header.map(th), ...body] }, layout: 'grid', margin: [0, 2, 0, 8] };
}

/** Not an official form: no signatures, and a footer that says what the list is. */
function listFooter(meta: DocumentMeta): DocDefinition['footer'] {
  return (page, count) => ({
    columns: [{ text: `Daftar kerja pengembangan kompetensi, bukan formulir resmi. Dicetak ${formatTanggal(meta.signingDate)}. ID: ${meta.documentId}`, fontSize: 7, color: '#555555' }, { text: `Halaman ${page} dari ${count}`, alignment: 'right', fontSize: 8, width: 90 }],
    margin: [36, 8, 36, 0],
  });
}

const heading = (text: string): Node => ({ text, bold: true, margin: [0, 6, 0, 2] });

export function employeeTrainingList(m: EmployeeTrainingModel, meta: DocumentMeta): DocDefinition {
  const done = m.completed.reduce((s, r) => s + r.jp, 0);
  const planned = m.planned.reduce((s, r) => s + r.jp, 0);
  const gap = Math.max(0, m.target - done);
  const recRows = m.recommendations.map((r, i) => [c(i + 1, { alignment: 'center' }), c(r.course, { bold: true }), c(r.form), c(r.jp, { alignment: 'center' }), c(r.priority), c(r.reasons), c(r.period), c(r.status)]);
  const planRows = m.planned.map((r, i) => [c(i + 1, { alignment: 'center' }), c(r.course), c(r.className), c(range(r.start, r.end)), c(r.jp, { alignment: 'center' })]);
  const doneRows = m.completed.map((r, i) => [c(i + 1, { alignment: 'center' }), c(r.title), c(r.form), c(range(r.start, r.end)), c(r.evidence || NIL), c(r.jp, { alignment: 'center' })]);
  if (doneRows.length > 0) doneRows.push([c('JUMLAH JP', { colSpan: 5, bold: true, alignment: 'right' }), c(''), c(''), c(''), c(''), c(done, { bold: true, alignment: 'center' })]);
  const content: Node[] = [
    ...documentHeader(meta, 'landscape', ['DAFTAR REKOMENDASI DAN PENGEMBANGAN KOMPETENSI PEGAWAI', `TAHUN ${m.year}`]),
    agencyLine(meta.agencyName, periodLine(m.year)),
    { table: { widths: [24, 130, '*'], body: identityBlockRows(1, 'PEGAWAI', m.person) }, layout: 'grid', margin: [0, 4, 0, 6] },
    { text: `Capaian pengembangan kompetensi ${m.year}: ${done} dari ${m.target} JP${gap > 0 ? ` (kurang ${gap} JP)` : ' (terpenuhi)'}; direncanakan ${planned} JP.`, bold: true, margin: [0, 0, 0, 4] },
    heading('A. REKOMENDASI PENGEMBANGAN KOMPETENSI'),
    table([18, 110, 62, 22, 44, '*', 62, 72], ['NO', 'PELATIHAN', 'BENTUK', 'JP', 'PRIORITAS', 'ALASAN', 'PERIODE', 'STATUS'], recRows, 'Belum ada rekomendasi'),
    heading('B. RENCANA PELATIHAN (ANGKATAN)'),
    table([18, '*', 110, 175, 26], ['NO', 'PELATIHAN', 'ANGKATAN', 'TANGGAL', 'JP'], planRows, 'Belum terdaftar pada angkatan'),
    heading('C. PENGEMBANGAN KOMPETENSI YANG TELAH DISELESAIKAN'),
    table([18, '*', 90, 175, 100, 26], ['NO', 'KEGIATAN', 'BENTUK', 'TANGGAL', 'BUKTI', 'JP'], doneRows, 'Belum ada pengembangan kompetensi yang diselesaikan'),
  ];
  return { ...baseDefinition(meta, 'landscape', `Pengembangan Kompetensi ${m.person.name} ${m.year}`, content), footer: listFooter(meta) };
}

function sectionNodes(m: CourseListModel, s: CourseListSection, index: number): Node[] {
  const when = s.dates ? `${s.className ?? ''}${s.className ? ', ' : ''}${range(s.dates.start, s.dates.end)}${s.location ? `, ${s.location}` : ''}` : s.className ?? '';
  const rows = s.rows.map((r, i) => [
    c(i + 1, { alignment: 'center' }),
    { stack: [{ text: r.name, bold: true }, { text: `NIP ${printNip(r.nip)}`, style: 'small' }] },
    c(r.unit),
    c(r.reason),
    c(r.priority),
    c(r.date),
    c(r.status),
  ]);
  const last = m.kind === 'kelas' ? 'KEHADIRAN / SELESAI' : 'STATUS';
  const nodes: Node[] = [
    { text: `${index + 1}. ${s.course}`, bold: true, margin: [0, index === 0 ? 2 : 8, 0, 0] },
    { text: [s.summary, when ? ` — ${when}` : ''].join(''), style: 'small', margin: [0, 0, 0, 2] },
    table([18, 125, 110, '*', 48, 80, 100], ['NO', 'NAMA / NIP', 'UNIT KERJA', 'ALASAN REKOMENDASI', 'PRIORITAS', 'TANGGAL', last], rows, 'Tidak ada pegawai'),
  ];
  // A short section stays on one page, so a course title never sits alone at the foot of a page.
  return s.rows.length <= 8 ? [{ stack: nodes, unbreakable: true }] : nodes;
}

export function courseTrainingList(m: CourseListModel, meta: DocumentMeta): DocDefinition {
  const title = m.kind === 'kelas' ? 'DAFTAR PESERTA PELATIHAN' : 'DAFTAR REKOMENDASI PELATIHAN PEGAWAI';
  const people = m.sections.reduce((s, x) => s + x.rows.length, 0);
  const content: Node[] = [
    ...documentHeader(meta, 'landscape', [title, `TAHUN ${m.year}`]),
    agencyLine(meta.agencyName, periodLine(m.year)),
    { text: `${m.filters ? `${m.filters}. ` : ''}${m.sections.length} pelatihan, ${people} baris.`, style: 'small', margin: [0, 0, 0, 4] },
    ...m.sections.flatMap((s, i) => sectionNodes(m, s, i)),
  ];
  return { ...baseDefinition(meta, 'landscape', `${title} ${m.year}`, content), footer: listFooter(meta) };
}
