/**
 * The employee list as rows with the import's own columns, so an exported file can be edited and
 * imported again. People without a NIP (the Kepala Daerah) are left out: the import keys on NIP.
 */
import type { Employee, Position, Unit } from '../schemas/entities';
import type { DateCell } from './cells';
import { STATUS_TEXT } from './compose';
import { FIELD_HEADER, IMPORT_FIELDS, type ImportField } from './fields';
import { golonganText } from './golongan';
import { JENIS_JABATAN_TEXT } from './positions';
import { indexUnits } from './units';

export type ExportCell = string | DateCell;

export interface ExportTable {
  headers: string[];
  fields: readonly ImportField[];
  rows: ExportCell[][];
  /** Employees left out because they have no NIP. */
  skipped: number;
}

export function employeesToRows(employees: readonly Employee[], units: readonly Unit[], positions: readonly Position[]): ExportTable {
  const unitIndex = indexUnits(units);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const withNip = employees.filter((e) => e.nip);
  const rows = withNip.map((e) => {
    const position = positionById.get(e.positionId);
    const values: Record<ImportField, ExportCell> = {
      nip: e.nip!,
      nama: e.name,
      gelarDepan: e.gelarDepan ?? '',
      gelarBelakang: e.gelarBelakang ?? '',
      tanggalLahir: { date: e.birthDate },
      jenisKelamin: e.sex,
      jenisPegawai: e.kind === 'pppk' ? 'PPPK' : 'PNS',
      golongan: golonganText(e),
      jabatan: position?.name ?? '',
      jenisJabatan: position ? JENIS_JABATAN_TEXT[position.type] : '',
      unitKerja: unitById.get(e.unitId)?.name ?? '',
      perangkatDaerah: unitIndex.topOf(e.unitId)?.name ?? '',
      status: STATUS_TEXT[e.status],
    };
    return IMPORT_FIELDS.map((f) => values[f]);
  });
  return { headers: IMPORT_FIELDS.map((f) => FIELD_HEADER[f]), fields: IMPORT_FIELDS, rows, skipped: employees.length - withNip.length };
}

/** "pegawai-2026-11-28.xlsx" for a local calendar date given as YYYY-MM-DD. */
export function exportFileName(isoDay: string): string {
  return `pegawai-${isoDay}.xlsx`;
}
