/**
 * One data row → what it says about one employee, or every reason it cannot be imported, each as
 * "Baris 7, kolom NIP (A): …" naming the problem and the fix.
 */
import { crossCheckNip, parseNip } from '../domain/nip';
import type { JenisKelamin, StatusPegawai } from '../domain/reference';
import type { Position, Unit } from '../schemas/entities';
import type { Cell } from './cells';
import { cellText } from './cells';
import { type ColumnMapping, columnLabel, FIELD_HEADER, type ImportField } from './fields';
import { golonganFromText, type GolonganValue } from './golongan';
import type { UnitIndex } from './units';
import type { DataRow } from './table';
import { type AsnKind, dateFromCell, formulaProblem, kindFromText, nipFromCell, type Parsed, sexFromText, statusFromText } from './values';

export interface RowContext {
  headers: readonly string[];
  mapping: ColumnMapping;
  units: UnitIndex;
  findPosition: (unitId: string, name: string) => Position | undefined;
}

/** A position the row names that its unit does not have yet. */
export interface NewPositionRef {
  unitId: string;
  name: string;
  typeText: string;
}

export interface RowDraft {
  nip: string;
  kind: AsnKind;
  birthDate: string;
  sex: JenisKelamin;
  name: string;
  /** undefined: the file has no such column, keep what is stored; '' clears it. */
  gelarDepan?: string;
  gelarBelakang?: string;
  /** undefined: the cell is empty, keep what is stored. */
  golongan?: GolonganValue;
  status?: StatusPegawai;
  unit: Unit;
  position: Position | NewPositionRef;
}

export interface RowCheck {
  row: number;
  /** Digits as far as they could be read, for showing and duplicate detection. */
  nip: string;
  name: string;
  reasons: string[];
  draft?: RowDraft;
}

const LIMITS = { nama: 150, gelarDepan: 40, gelarBelakang: 60 } as const;

class RowReader {
  readonly reasons: string[] = [];
  private readonly broken = new Set<ImportField>();

  constructor(
    readonly data: DataRow,
    private readonly ctx: RowContext,
  ) {}

  mapped(field: ImportField): boolean {
    return this.ctx.mapping[field] !== null;
  }

  cell(field: ImportField): Cell | undefined {
    const col = this.ctx.mapping[field];
    return col === null ? undefined : this.data.cells[col];
  }

  /** The cell's text; '' (and a reason) for a formula without a result. */
  text(field: ImportField): string {
    const problem = formulaProblem(this.cell(field));
    if (problem && !this.broken.has(field)) {
      this.broken.add(field);
      this.fail(field, problem);
    }
    return problem ? '' : cellText(this.cell(field));
  }

  isBroken(field: ImportField): boolean {
    return this.broken.has(field);
  }

  fail(field: ImportField, message: string): void {
    const col = this.ctx.mapping[field];
    const label = col === null ? FIELD_HEADER[field] : columnLabel(this.ctx.headers, col);
    this.reasons.push(`Baris ${this.data.row}, kolom ${label}: ${message}`);
  }

  take<T>(field: ImportField, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.fail(field, parsed.message);
    return undefined;
  }

  required(field: ImportField, what: string): string {
    const text = this.text(field);
    if (text === '' && !this.isBroken(field)) this.fail(field, `${what} wajib diisi, tetapi sel ini kosong. Isi ${what.toLowerCase()} pada baris ini.`);
    return text;
  }
}

type Identity = Pick<RowDraft, 'nip' | 'kind' | 'birthDate' | 'sex'>;

const MISMATCH_FIELD: Record<string, ImportField> = {
  'nip/mismatch-birth-date': 'tanggalLahir',
  'nip/mismatch-sex': 'jenisKelamin',
  'nip/mismatch-kind': 'jenisPegawai',
};

function readIdentity(r: RowReader): { shown: string; identity?: Identity } {
  const formula = formulaProblem(r.cell('nip'));
  const raw = formula ? { ok: false as const, message: formula } : nipFromCell(r.cell('nip'));
  if (!raw.ok) {
    r.fail('nip', raw.message);
    return { shown: cellText(r.cell('nip')) };
  }
  const parsed = parseNip(raw.value);
  if (!parsed.ok) {
    for (const reason of parsed.reasons) r.fail('nip', reason.message);
    return { shown: raw.value };
  }
  const recorded: { birthDate?: string; sex?: JenisKelamin; kind?: AsnKind } = {};
  const birth = r.text('tanggalLahir');
  if (birth !== '') recorded.birthDate = r.take('tanggalLahir', dateFromCell(r.cell('tanggalLahir')));
  const sex = r.text('jenisKelamin');
  if (sex !== '') recorded.sex = r.take('jenisKelamin', sexFromText(sex));
  const kind = r.text('jenisPegawai');
  if (kind !== '') recorded.kind = r.take('jenisPegawai', kindFromText(kind));
  for (const reason of crossCheckNip(parsed.value, recorded)) r.fail(MISMATCH_FIELD[reason.code] ?? 'nip', reason.message);
  const { digits, kind: nipKind, birthDate, sex: nipSex } = parsed.value;
  return { shown: digits, identity: { nip: digits, kind: nipKind, birthDate, sex: nipSex } };
}

function readNames(r: RowReader): Pick<RowDraft, 'name' | 'gelarDepan' | 'gelarBelakang'> {
  const name = r.required('nama', 'Nama');
  const out: Pick<RowDraft, 'name' | 'gelarDepan' | 'gelarBelakang'> = { name };
  for (const field of ['gelarDepan', 'gelarBelakang'] as const) if (r.mapped(field)) out[field] = r.text(field);
  for (const field of ['nama', 'gelarDepan', 'gelarBelakang'] as const) {
    const value = field === 'nama' ? name : (out[field] ?? '');
    if (value.length > LIMITS[field]) r.fail(field, `terlalu panjang (${value.length} karakter, paling banyak ${LIMITS[field]}). Persingkat isinya.`);
  }
  return out;
}

function readPlacement(r: RowReader, ctx: RowContext): Pick<RowDraft, 'unit' | 'position'> | undefined {
  const positionName = r.required('jabatan', 'Jabatan');
  const unitName = r.required('unitKerja', 'Unit kerja');
  if (positionName.length > 200) r.fail('jabatan', `nama jabatan terlalu panjang (${positionName.length} karakter, paling banyak 200). Persingkat namanya.`);
  if (unitName === '') return undefined;
  const unit = r.take('unitKerja', ctx.units.resolve(unitName, r.text('perangkatDaerah')));
  if (!unit || positionName === '' || positionName.length > 200) return undefined;
  const existing = ctx.findPosition(unit.id, positionName);
  if (existing?.type === 'kepala-daerah') {
    r.fail('jabatan', 'jabatan Kepala Daerah hanya untuk Kepala Daerah, yang tidak diimpor. Pilih jabatan lain untuk pegawai ini.');
    return undefined;
  }
  return { unit, position: existing ?? { unitId: unit.id, name: positionName, typeText: r.text('jenisJabatan') } };
}

function readRest(r: RowReader, kind: AsnKind | undefined): Pick<RowDraft, 'golongan' | 'status'> {
  const out: Pick<RowDraft, 'golongan' | 'status'> = {};
  const status = r.text('status');
  if (status !== '') out.status = r.take('status', statusFromText(status));
  const golongan = r.text('golongan');
  if (golongan !== '' && kind) out.golongan = r.take('golongan', golonganFromText(golongan, kind));
  return out;
}

export function validateRow(data: DataRow, ctx: RowContext): RowCheck {
  const r = new RowReader(data, ctx);
  const { shown, identity } = readIdentity(r);
  const names = readNames(r);
  const placement = readPlacement(r, ctx);
  const rest = readRest(r, identity?.kind);
  const check: RowCheck = { row: data.row, nip: shown, name: names.name, reasons: r.reasons };
  if (r.reasons.length === 0 && identity && placement) check.draft = { ...identity, ...names, ...placement, ...rest };
  return check;
}
