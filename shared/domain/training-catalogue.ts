/**
 * The training catalogue: the default shipped in resources/training/, and its spreadsheet form
 * (one course per row) for HR's XLSX export and import. Lists inside a cell are separated by ";".
 * Pure: the renderer reads and writes the XLSX bytes; here only cells.
 */
import catalogueJson from '../../resources/training/katalog-pelatihan.json' with { type: 'json' };
import { type Cell, cellText } from '../import/cells';
import { JENIS_JABATAN_TEXT } from '../import/positions';
import { type Course, CourseSchema } from '../schemas/training';
import { BERAKHLAK, type NilaiBerakhlak } from './berakhlak';
import { JENIS_JABATAN, type JenisJabatan } from './reference';
import { BENTUK_LABEL, MODE_LABEL, modeOf, parseBentuk } from './training-forms';

/** The default catalogue, checked against the schema when loaded (a broken resource fails loudly). */
export const DEFAULT_CATALOGUE: readonly Course[] = CourseSchema.array().parse(catalogueJson);

export const CATALOGUE_COLUMNS = ['id', 'name', 'bentuk', 'mode', 'jp', 'provider', 'competencies', 'values', 'positions', 'tags', 'description', 'active'] as const;
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number];

export const CATALOGUE_HEADER: Record<CatalogueColumn, string> = {
  id: 'ID',
  name: 'Nama pelatihan',
  bentuk: 'Bentuk',
  mode: 'Jalur',
  jp: 'JP',
  provider: 'Penyelenggara',
  competencies: 'Kompetensi',
  values: 'Nilai BerAKHLAK',
  positions: 'Jabatan yang sesuai',
  tags: 'Tag',
  description: 'Keterangan',
  active: 'Aktif',
};

const SEP = '; ';
const VALUE_NAME = Object.fromEntries(BERAKHLAK.map((v) => [v.key, v.name])) as Record<NilaiBerakhlak, string>;

/** A course as a spreadsheet row, in CATALOGUE_COLUMNS order (JP as a number, the rest text). */
export function courseToRow(c: Course): (string | number)[] {
  const values: Record<CatalogueColumn, string | number> = {
    id: c.id,
    name: c.name,
    bentuk: BENTUK_LABEL[c.bentuk],
    mode: MODE_LABEL[modeOf(c.bentuk)],
    jp: c.jp,
    provider: c.provider,
    competencies: c.competencies.join(SEP),
    values: c.values.map((v) => VALUE_NAME[v]).join(SEP),
    positions: c.positions.map((p) => JENIS_JABATAN_TEXT[p]).join(SEP),
    tags: c.tags.join(SEP),
    description: c.description ?? '',
    active: c.active ? 'Ya' : 'Tidak',
  };
  return CATALOGUE_COLUMNS.map((k) => values[k]);
}

export type CatalogueProblem = { row: number; message: string };
export type CatalogueImport = { ok: true; courses: Course[]; created: number; updated: number } | { ok: false; problems: CatalogueProblem[] };

const norm = (s: string) => s.trim().toLowerCase();
const list = (c: Cell | undefined) => cellText(c).split(/[;\n]/).map((s) => s.trim()).filter(Boolean);

function findIn<T extends string>(items: readonly T[], labelOf: (t: T) => string, text: string): T | undefined {
  return items.find((t) => norm(t) === norm(text) || norm(labelOf(t)) === norm(text));
}

/** "Kursus Bahasa Inggris" → "kat-kursus-bahasa-inggris", made unique against `taken`. */
export function courseIdFor(name: string, taken: ReadonlySet<string>): string {
  const base = `kat-${name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'pelatihan'}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

type Columns = Partial<Record<CatalogueColumn, number>>;

function headerColumns(header: readonly Cell[]): Columns {
  const cols: Columns = {};
  header.forEach((cell, i) => {
    const key = CATALOGUE_COLUMNS.find((k) => norm(CATALOGUE_HEADER[k]) === norm(cellText(cell)) || k === norm(cellText(cell)));
    if (key && cols[key] === undefined) cols[key] = i;
  });
  return cols;
}

function parseRow(row: readonly Cell[], cols: Columns, rowNo: number, id: string): { course?: Course; problems: CatalogueProblem[] } {
  const at = (k: CatalogueColumn) => (cols[k] === undefined ? undefined : row[cols[k]]);
  const problems: CatalogueProblem[] = [];
  const problem = (message: string) => problems.push({ row: rowNo, message });
  const bentukText = cellText(at('bentuk'));
  const bentuk = parseBentuk(bentukText);
  if (!bentuk) problem(`Bentuk "${bentukText}" tidak dikenal. Gunakan salah satu bentuk pengembangan kompetensi, misalnya "Pelatihan teknis" atau "E-learning".`);
  const jpText = cellText(at('jp')).replace(',', '.');
  const jp = Number(jpText);
  if (jpText === '' || !Number.isInteger(jp) || jp < 0) problem(`JP "${jpText}" harus bilangan bulat 0 atau lebih.`);
  const values = list(at('values')).map((v) => findIn(BERAKHLAK.map((b) => b.key), (k) => VALUE_NAME[k], v) ?? (problem(`Nilai BerAKHLAK "${v}" tidak dikenal.`), null));
  const positions = list(at('positions')).map((p) => findIn<JenisJabatan>(JENIS_JABATAN, (k) => JENIS_JABATAN_TEXT[k], p) ?? (problem(`Jabatan "${p}" tidak dikenal. Gunakan misalnya "Pengawas" atau "JF Keahlian".`), null));
  const activeText = norm(cellText(at('active')));
  const parsed = CourseSchema.safeParse({
    id,
    name: cellText(at('name')),
    bentuk: bentuk ?? 'teknis',
    jp,
    provider: cellText(at('provider')),
    competencies: list(at('competencies')),
    values: values.filter((v) => v !== null),
    positions: positions.filter((p) => p !== null),
    tags: list(at('tags')).map((t) => t.toLowerCase().replace(/\s+/g, '-')),
    ...(cellText(at('description')) ? { description: cellText(at('description')) } : {}),
    active: !['tidak', 'no', 'false', '0', 'nonaktif'].includes(activeText),
  });
  if (!parsed.success) for (const issue of parsed.error.issues) if (issue.path[0] !== 'jp' && issue.path[0] !== 'bentuk') problem(`${CATALOGUE_HEADER[issue.path[0] as CatalogueColumn] ?? String(issue.path[0])}: ${issue.message}`);
  return problems.length === 0 && parsed.success ? { course: parsed.data, problems } : { problems };
}

/**
 * A spreadsheet's rows (the first is the header) → the catalogue after import: a row whose ID is
 * known updates that course, a row without one adds a course; courses not in the file stay. All or
 * nothing: any problem refuses the whole file, each problem naming its spreadsheet row.
 */
export function importCatalogueRows(rows: readonly (readonly Cell[])[], current: readonly Course[]): CatalogueImport {
  const cols = headerColumns(rows[0] ?? []);
  const missing = (['name', 'bentuk', 'jp', 'provider'] as const).filter((k) => cols[k] === undefined);
  if (missing.length > 0) return { ok: false, problems: [{ row: 1, message: `Kolom ${missing.map((k) => `"${CATALOGUE_HEADER[k]}"`).join(', ')} tidak ditemukan di baris judul.` }] };
  const byId = new Map(current.map((c) => [c.id, c]));
  const taken = new Set(byId.keys());
  const seen = new Set<string>();
  const problems: CatalogueProblem[] = [];
  let created = 0;
  let updated = 0;
  rows.slice(1).forEach((row, i) => {
    if (row.every((c) => cellText(c) === '')) return;
    const givenId = cols.id === undefined ? '' : cellText(row[cols.id]);
    const id = givenId || courseIdFor(cellText(cols.name === undefined ? null : row[cols.name]), taken);
    if (seen.has(id)) return void problems.push({ row: i + 2, message: `ID "${id}" muncul lebih dari sekali.` });
    seen.add(id);
    taken.add(id);
    const r = parseRow(row, cols, i + 2, id);
    problems.push(...r.problems);
    if (!r.course) return;
    if (byId.has(id)) updated += 1;
    else created += 1;
    byId.set(id, r.course);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, courses: [...byId.values()], created, updated };
}
