/**
 * Academic titles (gelar) by kind of post, written "depan|belakang" ("Dr.|S.STP., M.Si."; "" = no
 * title, i.e. a secondary-school graduate). The education level is read from the titles, and drives
 * the starting golongan of PNS and the golongan of PPPK.
 */
import type { JenisKelamin } from '../domain/reference';
import type { Rng } from './random';

export type Pendidikan = 'sma' | 'd3' | 's1' | 's2' | 's3';

export interface Gelar {
  depan?: string;
  belakang?: string;
  pendidikan: Pendidikan;
}

const PROFILES = {
  'kepala-daerah': ['H.|S.E., M.M.', 'Drs. H.|M.Si.', 'Dr. H.|S.H., M.H.', 'H.|S.T., M.Si.'],
  jpt: ['Dr.|S.STP., M.Si.', '|S.E., M.M.', '|S.H., M.H.', '|S.Sos., M.Si.', 'Ir.|M.T.', 'Drs.|M.Si.', '|S.IP., M.A.P.', 'Dr.|S.Sos., M.Si.'],
  'jpt-kesehatan': ['dr.|M.K.M.', 'dr.|M.Kes.', 'drg.|M.Kes.', 'dr.|M.A.R.S.'],
  'jpt-pendidikan': ['Dr.|S.Pd., M.Pd.', 'Drs.|M.Pd.', '|S.Pd., M.Si.'],
  administrator: ['|S.STP., M.Si.', '|S.E., M.M.', '|S.Kom., M.Kom.', '|S.H., M.H.', '|S.Sos., M.A.P.', '|S.T., M.T.', '|S.IP., M.Si.', '|S.E., M.Ak.', '|S.Psi., M.Psi.', 'Drs.|M.Si.'],
  pengawas: ['|S.Sos.', '|S.E.', '|S.H.', '|S.Kom.', '|S.STP.', '|S.IP.', '|S.AP.', '|S.E., M.M.', '|S.Sos., M.Si.', '|S.Kom., M.T.I.'],
  pemerintahan: ['|S.STP., M.Si.', '|S.IP., M.Si.', '|S.STP.', '|S.IP.', '|S.Sos.', '|S.STP., M.A.P.'],
  kesehatan: ['|S.K.M.', '|S.K.M., M.Epid.', '|S.Kep., Ners', '|S.K.M., M.K.M.', 'dr.|', 'drg.|'],
  'kesehatan-d3': ['|A.Md.Kes.', '|A.Md.Kep.', '|A.Md.K.L.'],
  pendidikan: ['|S.Pd.', '|S.Pd., M.Pd.', '|S.Hum.', '|S.S.', '|S.Sn.'],
  pelaksana: ['', '', '', '|A.Md.', '|A.Md.Ak.', '|S.E.', '|S.Sos.', '|S.AP.', '|A.Md.Kom.'],
  teknisi: ['', '', '|A.Md.T.', '|S.T.'],
  sdm: ['|S.Psi.', '|S.AP.', '|S.Sos., M.Si.', '|S.H.', '|S.Psi., M.Psi.', '|S.E.'],
  komputer: ['|S.Kom.', '|S.T.', '|S.Kom., M.Kom.', '|S.Si.'],
  'komputer-d3': ['|A.Md.', '|A.Md.Kom.', '|A.Md.T.'],
  perencana: ['|S.T., M.T.', '|S.E., M.E.', '|S.P., M.Si.', '|S.PWK.', '|S.Si., M.Sc.'],
  statistik: ['|S.Si.', '|S.Stat.', '|S.Tr.Stat.'],
  arsip: ['|A.Md.', '|A.Md.A.B.', '|S.Hum.'],
  kebijakan: ['|S.IP., M.A.P.', '|S.Sos., M.Si.', '|S.H., M.H.', '|S.E., M.E.'],
} as const satisfies Record<string, readonly string[]>;

export type EduProfile = keyof typeof PROFILES;

function educationOf(depan: string, belakang: string): Pendidikan {
  if (/\bDr\./.test(depan)) return 's3';
  if (belakang.split(', ').some((t) => t.startsWith('M.'))) return 's2';
  if (belakang.startsWith('A.Md')) return 'd3';
  if (belakang !== '' || depan !== '') return 's1';
  return 'sma';
}

/** Honorifics that differ by sex: Drs./Dra. (doctorandus/doctoranda), H./Hj. (haji/hajah). */
function forSex(depan: string, sex: JenisKelamin): string {
  if (sex === 'L') return depan;
  return depan.replace('Drs.', 'Dra.').replace(/\bH\.$/, 'Hj.');
}

export function pickGelar(rng: Rng, profile: EduProfile, sex: JenisKelamin): Gelar {
  const [depanRaw = '', belakang = ''] = rng.pick<string>(PROFILES[profile]).split('|');
  const depan = forSex(depanRaw, sex);
  const gelar: Gelar = { pendidikan: educationOf(depan, belakang) };
  if (depan) gelar.depan = depan;
  if (belakang) gelar.belakang = belakang;
  return gelar;
}
