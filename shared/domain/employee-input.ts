/**
 * Validation of one employee record as HR enters it (domain.md §9): identity number against kind,
 * birth date and sex; pangkat/golongan against kind; position and unit that exist and agree; a NIP
 * nobody else has. Every problem comes back at its field, in Indonesian, with the fix.
 */
import type { Employee, Position, Unit } from '../schemas/entities';
import { checkEmployeeNip, normalizeNipInput } from './nip';
import { checkGolongan } from './pangkat';
import type { Reason } from './reason';
import { parseIsoDate, isRealDate } from './dates';
import type { GolonganPppk, GolonganRuang, JenisKelamin, JenisPegawai, StatusPegawai } from './reference';

export type EmployeeInput = {
  kind: JenisPegawai;
  nip: string;
  name: string;
  gelarDepan: string;
  gelarBelakang: string;
  birthDate: string;
  sex: JenisKelamin | '';
  golonganRuang: GolonganRuang | '';
  golonganPppk: GolonganPppk | '';
  positionId: string;
  unitId: string;
  status: StatusPegawai;
};

export type EmployeeField = keyof EmployeeInput;
export type FieldErrors = Partial<Record<EmployeeField, string>>;

export type EmployeeContext = {
  units: ReadonlyMap<string, Unit>;
  positions: ReadonlyMap<string, Position>;
  /** Who holds a NIP already (id), so a second person with it is refused. */
  nipOwner: (nip: string) => string | undefined;
};

type Validated = Omit<Employee, 'id' | 'searchKey' | 'createdAt' | 'updatedAt'>;

const FIELD_OF_CODE: [RegExp, EmployeeField][] = [
  [/^nip\/mismatch-birth-date$/, 'birthDate'],
  [/^nip\/mismatch-sex$/, 'sex'],
  [/^nip\/mismatch-kind$/, 'kind'],
  [/^nip\//, 'nip'],
  [/^pangkat\/pppk/, 'golonganPppk'],
  [/^pangkat\//, 'golonganRuang'],
];

function place(errors: FieldErrors, reasons: Reason[], kind: JenisPegawai): void {
  for (const r of reasons) {
    let field = FIELD_OF_CODE.find(([re]) => re.test(r.code))?.[1] ?? 'nip';
    if (field === 'golonganRuang' && kind === 'pppk') field = 'golonganPppk';
    errors[field] ??= r.message;
  }
}

function checkBirthDate(text: string): string | undefined {
  const d = parseIsoDate(text);
  if (!text) return 'Tanggal lahir wajib diisi (atau isi NIP yang benar agar terisi otomatis).';
  if (!d || !isRealDate(d.year, d.month, d.day)) return `Tanggal lahir ${text} tidak ada di kalender. Periksa tanggal lahir.`;
  return undefined;
}

function checkPlacement(input: EmployeeInput, ctx: EmployeeContext, errors: FieldErrors): void {
  const unit = ctx.units.get(input.unitId);
  if (!unit) errors.unitId = 'Pilih unit kerja pegawai.';
  const position = ctx.positions.get(input.positionId);
  if (!position) errors.positionId = 'Pilih jabatan pegawai.';
  else if (unit && position.unitId !== unit.id) {
    errors.positionId = `Jabatan ${position.name} berada di unit lain. Pilih jabatan dari ${unit.name}, atau tambahkan jabatan itu di unit ini.`;
  } else if ((position.type === 'kepala-daerah') !== (input.kind === 'kepala-daerah')) {
    errors.positionId = 'Jabatan Kepala Daerah hanya untuk Kepala Daerah, dan Kepala Daerah hanya menduduki jabatan itu. Periksa jenis pegawai atau jabatan.';
  }
}

/** Checks an employee form; returns the record to store, or the problems per field. */
export function validateEmployeeInput(
  input: EmployeeInput,
  ctx: EmployeeContext,
  selfId?: string,
): { ok: true; value: Validated } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const nip = normalizeNipInput(input.nip);
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) errors.name = 'Nama wajib diisi, tanpa gelar (gelar diisi di kolom gelar).';
  const birthProblem = checkBirthDate(input.birthDate);
  if (birthProblem) errors.birthDate = birthProblem;
  if (!input.sex) errors.sex = 'Pilih jenis kelamin.';
  const recorded = { kind: input.kind, birthDate: birthProblem ? undefined : input.birthDate, sex: input.sex || undefined };
  place(errors, checkEmployeeNip(input.nip, recorded), input.kind);
  const owner = nip ? ctx.nipOwner(nip) : undefined;
  if (owner && owner !== selfId) errors.nip ??= 'NIP ini sudah dipakai pegawai lain. Periksa NIP, atau buka data pegawai yang sudah ada.';
  place(errors, checkGolongan({ kind: input.kind, golonganRuang: input.golonganRuang || undefined, golonganPppk: input.golonganPppk || undefined }), input.kind);
  checkPlacement(input, ctx, errors);
  if (Object.keys(errors).length > 0 || !input.sex) return { ok: false, errors };
  const value: Validated = {
    kind: input.kind,
    name,
    birthDate: input.birthDate,
    sex: input.sex,
    positionId: input.positionId,
    unitId: input.unitId,
    status: input.status,
    ...(nip ? { nip } : {}),
    ...(input.gelarDepan.trim() ? { gelarDepan: input.gelarDepan.trim() } : {}),
    ...(input.gelarBelakang.trim() ? { gelarBelakang: input.gelarBelakang.trim() } : {}),
    ...(input.kind === 'pns' && input.golonganRuang ? { golonganRuang: input.golonganRuang } : {}),
    ...(input.kind === 'pppk' && input.golonganPppk ? { golonganPppk: input.golonganPppk } : {}),
  };
  return { ok: true, value };
}

/** The form's starting values for an existing employee (or a blank PNS). */
export function employeeToInput(e?: Employee): EmployeeInput {
  return {
    kind: e?.kind ?? 'pns',
    nip: e?.nip ?? '',
    name: e?.name ?? '',
    gelarDepan: e?.gelarDepan ?? '',
    gelarBelakang: e?.gelarBelakang ?? '',
    birthDate: e?.birthDate ?? '',
    sex: e?.sex ?? '',
    golonganRuang: e?.golonganRuang ?? '',
    golonganPppk: e?.golonganPppk ?? '',
    positionId: e?.positionId ?? '',
    unitId: e?.unitId ?? '',
    status: e?.status ?? 'aktif',
  };
}
