/**
 * The shape of the demo organisation, written as data: units, the post that heads each unit, and
 * the staff posts in it with how many holders (and how many of them PPPK). Holders' names, dates
 * and titles come from the seed; the structure does not.
 */
import type { JenisJabatan, JenisUnit, JenjangJf, KelompokPelaksana, StatusPegawai } from '../domain/reference';
import type { EduProfile } from './titles';

export interface PostSpec {
  /** Head posts: the position id without "pos-"; staff posts: appended to the unit key. */
  key: string;
  name: string;
  type: JenisJabatan;
  pelaksanaGroup?: KelompokPelaksana;
  jfLevel?: JenjangJf;
  /** Number of holders; PPPK holders come after the PNS ones. */
  count: number;
  pppk: number;
  edu: EduProfile;
  /** Statuses other than "aktif" given to the first PNS holders, in order. */
  statuses?: StatusPegawai[];
}

export interface UnitSpec {
  /** Unit id without the "unit-" prefix. */
  key: string;
  name: string;
  kind: JenisUnit;
  shortName?: string;
  head: PostSpec;
  /** The head post exists but nobody holds it. */
  vacant?: boolean;
  staff: PostSpec[];
  children: UnitSpec[];
}

interface StaffOptions {
  pppk?: number;
  edu?: EduProfile;
  statuses?: StatusPegawai[];
}

const lead = (key: string, name: string, type: JenisJabatan, edu: EduProfile): PostSpec => ({
  key,
  name,
  type,
  count: 1,
  pppk: 0,
  edu,
});

const PELAKSANA_EDU: Record<KelompokPelaksana, EduProfile> = { klerek: 'pelaksana', operator: 'pelaksana', teknisi: 'teknisi' };

/** Pelaksana posts (KepmenPANRB 11/2024 names): Klerek, Operator, Teknisi. */
export function pelaksana(group: KelompokPelaksana, name: string, count: number, opt: StaffOptions = {}): PostSpec {
  return {
    key: name.toLowerCase().split(' ')[0] ?? group,
    name,
    type: 'pelaksana',
    pelaksanaGroup: group,
    count,
    pppk: opt.pppk ?? 0,
    edu: opt.edu ?? PELAKSANA_EDU[group],
    ...(opt.statuses ? { statuses: opt.statuses } : {}),
  };
}

const KEAHLIAN: readonly JenjangJf[] = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'];

/** A Jabatan Fungsional post; keahlian or keterampilan follows from the level. */
export function fungsional(slug: string, name: string, level: JenjangJf, count: number, opt: StaffOptions & { edu: EduProfile }): PostSpec {
  return {
    key: slug,
    name,
    type: KEAHLIAN.includes(level) ? 'jf-keahlian' : 'jf-keterampilan',
    jfLevel: level,
    count,
    pppk: opt.pppk ?? 0,
    edu: opt.edu,
    ...(opt.statuses ? { statuses: opt.statuses } : {}),
  };
}

interface UnitOptions {
  staff?: PostSpec[];
  children?: UnitSpec[];
  vacant?: boolean;
  edu?: EduProfile;
}

function unit(key: string, name: string, kind: JenisUnit, head: PostSpec, opt: UnitOptions): UnitSpec {
  return { key, name, kind, head, staff: opt.staff ?? [], children: opt.children ?? [], ...(opt.vacant ? { vacant: true } : {}) };
}

/** A perangkat daerah (dinas or badan) headed by a JPT Pratama. */
export function perangkatDaerah(key: string, name: string, shortName: string, headEdu: EduProfile, children: UnitSpec[]): UnitSpec {
  const kadis = name.startsWith('Badan') ? 'kaban' : 'kadis';
  return { ...unit(key, name, 'perangkat-daerah', lead(`${key}-${kadis}`, `Kepala ${name}`, 'jpt-pratama', headEdu), { children }), shortName };
}

/** The Sekretariat of a perangkat daerah: an Administrator over subbagian. */
export function sekretariat(pd: string, pdName: string, children: UnitSpec[], staff: PostSpec[] = []): UnitSpec {
  const office = pdName.startsWith('Badan') ? 'Badan' : 'Dinas';
  const head = lead(`${pd}-sekretaris`, `Sekretaris ${office} ${pdName.replace(/^(Dinas|Badan) /, '')}`, 'administrator', 'administrator');
  return unit(`${pd}-sekretariat`, 'Sekretariat', 'bagian', head, { children, staff });
}

export function subbagian(pd: string, key: string, topic: string, opt: UnitOptions = {}): UnitSpec {
  const head = lead(`${pd}-kasubag-${key}`, `Kepala Subbagian ${topic}`, 'pengawas', opt.edu ?? 'pengawas');
  return unit(`${pd}-subbag-${key}`, `Subbagian ${topic}`, 'subbagian', head, opt);
}

export function bidang(pd: string, key: string, topic: string, opt: UnitOptions = {}): UnitSpec {
  const head = lead(`${pd}-kabid-${key}`, `Kepala Bidang ${topic}`, 'administrator', opt.edu ?? 'administrator');
  return unit(`${pd}-bidang-${key}`, `Bidang ${topic}`, 'bidang', head, opt);
}

export function bagian(pd: string, key: string, topic: string, opt: UnitOptions = {}): UnitSpec {
  const head = lead(`${pd}-kabag-${key}`, `Kepala Bagian ${topic}`, 'administrator', opt.edu ?? 'administrator');
  return unit(`${pd}-bagian-${key}`, `Bagian ${topic}`, 'bagian', head, opt);
}

export function seksi(pd: string, key: string, topic: string, opt: UnitOptions = {}): UnitSpec {
  const head = lead(`${pd}-kasi-${key}`, `Kepala Seksi ${topic}`, 'pengawas', opt.edu ?? 'pengawas');
  return unit(`${pd}-seksi-${key}`, `Seksi ${topic}`, 'seksi', head, opt);
}

/** Kecamatan: the Camat holds an Administrator post, not a JPT one. */
export function kecamatan(key: string, name: string, children: UnitSpec[]): UnitSpec {
  return unit(key, `Kecamatan ${name}`, 'kecamatan', lead(`${key}-camat`, `Camat ${name}`, 'administrator', 'pemerintahan'), { children });
}

/** Kelurahan: the Lurah is a Pengawas. */
export function kelurahan(kec: string, key: string, name: string, staff: PostSpec[]): UnitSpec {
  return unit(`${kec}-kel-${key}`, `Kelurahan ${name}`, 'kelurahan', lead(`${kec}-lurah-${key}`, `Lurah ${name}`, 'pengawas', 'pemerintahan'), { staff });
}

export function customUnit(key: string, name: string, kind: JenisUnit, head: PostSpec, opt: UnitOptions & { shortName?: string }): UnitSpec {
  return { ...unit(key, name, kind, head, opt), ...(opt.shortName ? { shortName: opt.shortName } : {}) };
}

export { lead };
