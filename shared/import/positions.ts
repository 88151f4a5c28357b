/**
 * The Jabatan and Jenis Jabatan columns: an existing position of the unit is used as it is; a new
 * one needs its type (domain.md §9), and for JF the jenjang, read from the type or the name.
 */
import {
  JENJANG_JF_KEAHLIAN,
  JENJANG_JF_KETERAMPILAN,
  type JenisJabatan,
  type JenjangJf,
  type KelompokPelaksana,
} from '../domain/reference';
import type { Position } from '../schemas/entities';
import { normaliseName, type Parsed } from './values';

export type PositionType = Pick<Position, 'type' | 'pelaksanaGroup' | 'jfLevel'>;

const JENJANG_WORDS: Record<JenjangJf, string> = {
  'ahli-pertama': 'ahli pertama',
  'ahli-muda': 'ahli muda',
  'ahli-madya': 'ahli madya',
  'ahli-utama': 'ahli utama',
  pemula: 'pemula',
  terampil: 'terampil',
  mahir: 'mahir',
  penyelia: 'penyelia',
};

/** Export text for a position type, readable by jenisJabatanFromText. */
export const JENIS_JABATAN_TEXT: Record<JenisJabatan, string> = {
  'kepala-daerah': 'Kepala Daerah',
  'jpt-utama': 'JPT Utama',
  'jpt-madya': 'JPT Madya',
  'jpt-pratama': 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  pelaksana: 'Pelaksana',
  'jf-keahlian': 'JF Keahlian',
  'jf-keterampilan': 'JF Keterampilan',
};

function jenjangIn(text: string): JenjangJf | null {
  const t = normaliseName(text);
  for (const level of [...JENJANG_JF_KEAHLIAN, ...JENJANG_JF_KETERAMPILAN]) {
    if (new RegExp(`\\b${JENJANG_WORDS[level]}\\b`).test(t)) return level;
  }
  return null;
}

function pelaksanaGroup(text: string): KelompokPelaksana {
  if (/\boperator\b/.test(text)) return 'operator';
  if (/\bteknisi\b/.test(text)) return 'teknisi';
  return 'klerek';
}

function jf(typeText: string, positionName: string): Parsed<PositionType> {
  const level = jenjangIn(typeText) ?? jenjangIn(positionName);
  if (!level) {
    return { ok: false, message: `jenjang jabatan fungsional "${positionName}" tidak diketahui. Tulis jenjangnya di nama jabatan atau di Jenis Jabatan, misalnya "JF Ahli Pertama" atau "JF Terampil".` };
  }
  const type = (JENJANG_JF_KEAHLIAN as readonly string[]).includes(level) ? 'jf-keahlian' : 'jf-keterampilan';
  return { ok: true, value: { type, jfLevel: level } };
}

const SIMPLE: Record<string, JenisJabatan> = {
  jptutama: 'jpt-utama',
  jabatanpimpinantinggiutama: 'jpt-utama',
  jptmadya: 'jpt-madya',
  jabatanpimpinantinggimadya: 'jpt-madya',
  jptpratama: 'jpt-pratama',
  jabatanpimpinantinggipratama: 'jpt-pratama',
  administrator: 'administrator',
  jabatanadministrator: 'administrator',
  pengawas: 'pengawas',
  jabatanpengawas: 'pengawas',
};

/**
 * The type of a position that does not exist yet. Accepts the export's words ("JPT Pratama",
 * "Pelaksana", "JF Keahlian") and common variants ("Jabatan Fungsional Ahli Muda", "Pelaksana Operator").
 */
export function jenisJabatanFromText(typeText: string, positionName: string): Parsed<PositionType> {
  const t = normaliseName(typeText);
  const compact = t.replace(/[^a-z]/g, '');
  const simple = SIMPLE[compact];
  if (simple) return { ok: true, value: { type: simple } };
  if (/^pelaksana\b/.test(t) || compact === 'jfu' || compact === 'fungsionalumum') {
    return { ok: true, value: { type: 'pelaksana', pelaksanaGroup: pelaksanaGroup(`${t} ${normaliseName(positionName)}`) } };
  }
  if (/^(jf|jft|fungsional|jabatan fungsional)\b/.test(t) || jenjangIn(t)) return jf(t, positionName);
  if (compact.includes('kepaladaerah')) {
    return { ok: false, message: 'jabatan Kepala Daerah tidak dapat dibuat lewat impor. Pilih jenis jabatan lain.' };
  }
  return {
    ok: false,
    message: `"${typeText}" tidak dikenali. Isi salah satu: JPT Madya, JPT Pratama, Administrator, Pengawas, Pelaksana, JF Keahlian, atau JF Keterampilan.`,
  };
}

/** Positions per unit, found by name case- and space-insensitively. */
export function indexPositions(positions: readonly Position[]): (unitId: string, name: string) => Position | undefined {
  const map = new Map<string, Position>();
  for (const p of positions) {
    const key = `${p.unitId}\u0000${normaliseName(p.name)}`;
    if (!map.has(key)) map.set(key, p);
  }
  return (unitId, name) => map.get(`${unitId}\u0000${normaliseName(name)}`);
}
