/**
 * The columns the employee import understands, their Indonesian headers (also the export's
 * headers, so an export can be imported again) and the synonyms HR files use for them.
 */
import { type Cell, cellText, columnLetter } from './cells';

export const IMPORT_FIELDS = [
  'nip',
  'nama',
  'gelarDepan',
  'gelarBelakang',
  'tanggalLahir',
  'jenisKelamin',
  'jenisPegawai',
  'golongan',
  'jabatan',
  'jenisJabatan',
  'unitKerja',
  'perangkatDaerah',
  'status',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly ImportField[] = ['nip', 'nama', 'jabatan', 'unitKerja'];

/** Header text as written in the export and the sample file. */
export const FIELD_HEADER: Record<ImportField, string> = {
  nip: 'NIP',
  nama: 'Nama',
  gelarDepan: 'Gelar Depan',
  gelarBelakang: 'Gelar Belakang',
  tanggalLahir: 'Tanggal Lahir',
  jenisKelamin: 'Jenis Kelamin',
  jenisPegawai: 'Jenis Pegawai',
  golongan: 'Pangkat/Golongan',
  jabatan: 'Jabatan',
  jenisJabatan: 'Jenis Jabatan',
  unitKerja: 'Unit Kerja',
  perangkatDaerah: 'Perangkat Daerah',
  status: 'Status',
};

/** Other headers seen in HR files (SIMPEG, SIASN and hand-made lists), compared normalised. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  nip: ['nip', 'nip baru', 'nip/ni pppk', 'nip / nipppk', 'ni pppk', 'nipppk', 'nip pppk', 'nomor induk pegawai', 'no induk pegawai'],
  nama: ['nama', 'nama pegawai', 'nama lengkap', 'nama tanpa gelar', 'nama (tanpa gelar)', 'name', 'full name'],
  gelarDepan: ['gelar depan', 'glr depan', 'gelar dpn', 'title front'],
  gelarBelakang: ['gelar belakang', 'glr belakang', 'gelar blk', 'title back'],
  tanggalLahir: ['tanggal lahir', 'tgl lahir', 'tgl. lahir', 'tanggal lahir (tttt-bb-hh)', 'birth date', 'date of birth'],
  jenisKelamin: ['jenis kelamin', 'jk', 'l/p', 'kelamin', 'sex', 'gender'],
  jenisPegawai: ['jenis pegawai', 'jenis asn', 'pns/pppk', 'status kepegawaian', 'kedudukan', 'employee type'],
  golongan: ['pangkat/golongan', 'pangkat/gol', 'pangkat/gol. ruang', 'pangkat / golongan ruang', 'pangkat', 'golongan', 'gol', 'gol. ruang', 'golongan ruang', 'gol/ruang', 'grade'],
  jabatan: ['jabatan', 'nama jabatan', 'position'],
  jenisJabatan: ['jenis jabatan', 'tipe jabatan', 'kategori jabatan', 'position type'],
  unitKerja: ['unit kerja', 'unit', 'unit organisasi', 'unor', 'sub unit kerja', 'work unit'],
  perangkatDaerah: ['perangkat daerah', 'opd', 'skpd', 'unit induk', 'instansi induk', 'satuan kerja', 'satker'],
  status: ['status', 'status pegawai', 'status aktif', 'keaktifan'],
};

/** Lower case, letters and digits only: "Tgl. Lahir" and "TGL LAHIR" both become "tgllahir". */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const HEADER_INDEX: Map<string, ImportField> = (() => {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const s of [FIELD_HEADER[field], ...SYNONYMS[field]]) {
      if (!index.has(normaliseHeader(s))) index.set(normaliseHeader(s), field);
    }
  }
  return index;
})();

export function fieldOfHeader(text: string): ImportField | null {
  return HEADER_INDEX.get(normaliseHeader(text)) ?? null;
}

/** Column index per field; null when the file has no such column (or the user chose none). */
export type ColumnMapping = Record<ImportField, number | null>;

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as ColumnMapping;
}

/** Maps each field to the first column whose header names it; a column serves one field only. */
export function autoMap(headers: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  headers.forEach((header, col) => {
    const field = fieldOfHeader(header);
    if (field && mapping[field] === null) mapping[field] = col;
  });
  return mapping;
}

const HEADER_SCAN_ROWS = 15;

/**
 * The header row: among the first rows, the one that names the most known fields (files often start
 * with a title such as "DAFTAR PEGAWAI"); the first non-empty row when none names two fields.
 */
export function guessHeaderRow(rows: readonly Cell[][]): number {
  let best = -1;
  let bestScore = 1;
  let firstNonEmpty = -1;
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r += 1) {
    const texts = (rows[r] ?? []).map(cellText);
    if (firstNonEmpty < 0 && texts.some((t) => t !== '')) firstNonEmpty = r;
    const score = new Set(texts.map(fieldOfHeader).filter((f) => f !== null)).size;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best >= 0 ? best : firstNonEmpty;
}

/** Fields marked required that have no column. */
export function missingRequired(mapping: ColumnMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === null);
}

/** Columns chosen for more than one field, with those fields. */
export function duplicateColumns(mapping: ColumnMapping): { column: number; fields: ImportField[] }[] {
  const byColumn = new Map<number, ImportField[]>();
  for (const f of IMPORT_FIELDS) {
    const col = mapping[f];
    if (col !== null) byColumn.set(col, [...(byColumn.get(col) ?? []), f]);
  }
  return [...byColumn.entries()].filter(([, fs]) => fs.length > 1).map(([column, fields]) => ({ column, fields }));
}

/** "NIP (C)": the header as written in the file, with its column letter. */
export function columnLabel(headers: readonly string[], col: number): string {
  const header = headers[col] ?? '';
  return header ? `${header} (${columnLetter(col)})` : columnLetter(col);
}
