/**
 * Builds the SKP content of every active ASN: RHK from the templates, cascaded to the penilai's
 * SKP (built first), identity snapshots, perilaku and lampiran. The workflow status is set later.
 */
import { resolveAppraisers, type Appraisers } from '../domain/appraiser';
import { BERAKHLAK } from '../domain/berakhlak';
import { formatGolonganPegawai } from '../domain/pangkat';
import { skpFormFor } from '../domain/skp';
import { fullName, type Employee, type Position, type Unit } from '../schemas/entities';
import type { IdentitySnapshot, Iki, Intervensi, Lampiran, PerilakuExpectation, Rhk, Skp } from '../schemas/skp';
import { headTemplates } from './skp-content-common';
import { JPT_RHK, jptFallback } from './skp-content-jpt';
import { LAPORAN_RHK, staffTemplates } from './skp-content-staff';
import { pickSome } from './skp-format';
import { DUKUNGAN_KHUSUS, DUKUNGAN_UMUM, EKSPEKTASI, KONSEKUENSI, SKEMA, TAMBAHAN } from './skp-texts';
import type { IkiTpl, RhkTpl } from './skp-types';
import type { Rng } from './random';
import type { DemoAgency } from './generate';

export interface SkpWorld {
  agency: DemoAgency;
  year: number;
  rng: Rng;
  emp: Map<string, Employee>;
  pos: Map<string, Position>;
  unit: Map<string, Unit>;
  appraisers: Map<string, Appraisers>;
  skpByEmp: Map<string, Skp>;
  /** Rencana aksi typical for an RHK, by RHK id. */
  aksi: Map<string, string[]>;
}

interface Plan {
  form: 'jpt' | 'ja-jf';
  approach: Skp['approach'];
  rhk: RhkTpl[];
  /** Which RHK the employee was asked to take on in addition, and by whom. */
  tambahan: { rhk: RhkTpl; dari?: string } | null;
}

export function createWorld(agency: DemoAgency, year: number, rng: Rng): SkpWorld {
  const world: SkpWorld = {
    agency, year, rng,
    emp: new Map(agency.employees.map((e) => [e.id, e])),
    pos: new Map(agency.positions.map((p) => [p.id, p])),
    unit: new Map(agency.units.map((u) => [u.id, u])),
    appraisers: new Map(), skpByEmp: new Map(), aksi: new Map(),
  };
  for (const e of agency.employees) if (hasSkp(world, e)) world.appraisers.set(e.id, resolveAppraisers(e.id, agency, `${year}-01-15`));
  return world;
}

function hasSkp(world: SkpWorld, e: Employee): boolean {
  const type = world.pos.get(e.positionId)?.type;
  return e.status === 'aktif' && e.kind !== 'kepala-daerah' && type !== undefined && skpFormFor(type) !== null;
}

/** The perangkat daerah (or kecamatan) a unit belongs to. */
export function perangkatOf(world: SkpWorld, unit: Unit): Unit {
  let u = unit;
  while (u.kind !== 'perangkat-daerah' && u.kind !== 'kecamatan' && u.parentId) u = world.unit.get(u.parentId) ?? u;
  return u;
}

/** The position that heads a unit ("Kepala Dinas Kesehatan", "Sekretaris Daerah", "Camat Serpong"). */
function headTitle(world: SkpWorld, unit: Unit | undefined): string | undefined {
  const head = unit?.headEmployeeId ? world.emp.get(unit.headEmployeeId) : undefined;
  return head ? world.pos.get(head.positionId)?.name : undefined;
}

function filler(world: SkpWorld, e: Employee): (text: string) => string {
  const unit = world.unit.get(e.unitId)!;
  const pd = perangkatOf(world, unit);
  const kepala = headTitle(world, pd) ?? `Kepala ${pd.name}`;
  const sekretaris = headTitle(world, world.agency.units.find((u) => u.parentId === pd.id && u.id.endsWith('-sekretariat'))) ?? kepala;
  return (text) =>
    text.replaceAll('{pd}', pd.name).replaceAll('{unit}', unit.name).replaceAll('{year}', String(world.year)).replaceAll('{kepala}', kepala).replaceAll('{sekretaris}', sekretaris);
}

function snapshot(world: SkpWorld, id: string | null): IdentitySnapshot | null {
  const e = id ? world.emp.get(id) : undefined;
  if (!e) return null;
  const snap: IdentitySnapshot = {
    employeeId: e.id,
    name: fullName(e),
    pangkat: formatGolonganPegawai(e),
    jabatan: world.pos.get(e.positionId)?.name ?? '-',
    unit: world.unit.get(e.unitId)?.name ?? '-',
  };
  if (e.nip) snap.nip = e.nip;
  return snap;
}

/** Every active ASN's SKP, each penilai's before their subordinates'. */
export function buildAllSkps(world: SkpWorld): Skp[] {
  const out: Skp[] = [];
  const ensure = (e: Employee): void => {
    if (world.skpByEmp.has(e.id) || !world.appraisers.has(e.id)) return;
    const penilai = world.emp.get(world.appraisers.get(e.id)!.penilai.employeeId ?? '');
    if (penilai) ensure(penilai);
    const skp = buildSkp(world, e);
    world.skpByEmp.set(e.id, skp);
    out.push(skp);
  };
  world.agency.employees.forEach(ensure);
  return out;
}

function planFor(world: SkpWorld, e: Employee): Plan {
  const position = world.pos.get(e.positionId)!;
  const unit = world.unit.get(e.unitId)!;
  const { rng } = world;
  if (skpFormFor(position.type) === 'jpt') return { form: 'jpt', approach: 'kuantitatif', rhk: JPT_RHK[unit.id] ?? jptFallback(unit.name), tambahan: null };
  const isHead = unit.headEmployeeId === e.id;
  const staff = isHead ? { rhk: headTemplates(unit), kualitatif: false } : staffTemplates(position, unit);
  const rhk = staff.rhk.length >= 2 ? staff.rhk.slice(0, 3) : [...staff.rhk, { ...LAPORAN_RHK, up: staff.rhk[0]?.up ?? 0 }];
  const tambahan = rhk.length < 4 && rng.chance(isHead ? 0.25 : 0.35) ? rng.pick(TAMBAHAN) : null;
  return { form: 'ja-jf', approach: staff.kualitatif ? 'kualitatif' : 'kuantitatif', rhk, tambahan };
}

function buildSkp(world: SkpWorld, e: Employee): Skp {
  const plan = planFor(world, e);
  const fill = filler(world, e);
  const id = `skp-${world.year}-${e.id}`;
  const who = world.appraisers.get(e.id)!;
  const penilaiSkp = who.penilai.employeeId ? world.skpByEmp.get(who.penilai.employeeId) : undefined;
  const penilaiJabatan = snapshot(world, who.penilai.employeeId)?.jabatan ?? 'Pimpinan';
  const rhk = plan.rhk.map((tpl, i) => {
    const r = makeRhk(world, plan, `rhk-${world.year}-${e.id}-${i + 1}`, tpl, fill, 'utama');
    if (plan.form === 'ja-jf') r.intervensi = intervensi(tpl, i, fill, penilaiSkp, penilaiJabatan);
    return r;
  });
  if (plan.tambahan) {
    const r = makeRhk(world, plan, `rhk-${world.year}-${e.id}-${rhk.length + 1}`, plan.tambahan.rhk, fill, 'tambahan');
    if (plan.tambahan.dari && world.rng.chance(0.7)) r.penugasanDari = fill(plan.tambahan.dari);
    rhk.push(r);
  }
  return {
    id, employeeId: e.id, year: world.year, form: plan.form, approach: plan.approach, status: 'disetujui', rhk,
    perilaku: perilaku(world.rng), lampiran: lampiran(world, e, fill),
    pegawai: snapshot(world, e.id)!, penilai: snapshot(world, who.penilai.employeeId), atasanPenilai: snapshot(world, who.atasanPenilai.employeeId),
    createdAt: `${world.year}-01-02T01:00:00.000Z`, updatedAt: `${world.year}-01-02T01:00:00.000Z`,
  };
}

function makeRhk(world: SkpWorld, plan: Plan, id: string, tpl: RhkTpl, fill: (t: string) => string, kind: Rhk['kind']): Rhk {
  if (tpl.aksi) world.aksi.set(id, tpl.aksi);
  return { id, kind, text: fill(tpl.text), iki: tpl.iki.map((t, j) => makeIki(plan, `${id.replace(/^rhk-/, 'iki-')}-${j + 1}`, t, fill)) };
}

/** The described target of a kualitatif SKP's IKI without a template one. */
const KUALITATIF_UMUM = 'Hasil kerja lengkap, tepat waktu, dan diterima pimpinan tanpa revisi berarti';

function inferAspek(t: IkiTpl): NonNullable<Iki['aspek']> {
  if (t.aspek) return t.aspek;
  return t.unit === 'hari' ? 'waktu' : t.unit === '%' || t.unit === 'poin' ? 'kualitas' : 'kuantitas';
}

function makeIki(plan: Plan, id: string, t: IkiTpl, fill: (s: string) => string): Iki {
  const text = fill(t.text);
  const target: Iki['target'] =
    plan.approach === 'kuantitatif'
      ? { kind: 'kuantitatif', value: t.value, unit: t.unit }
      : { kind: 'kualitatif', text: t.kualitatif ?? KUALITATIF_UMUM };
  const out: Iki = { id, text, target };
  if (plan.form === 'jpt') out.perspektif = t.perspektif ?? 'proses-bisnis';
  else out.aspek = plan.approach === 'kualitatif' ? (t.aspek ?? 'kualitas') : inferAspek(t);
  return out;
}

function intervensi(tpl: RhkTpl, i: number, fill: (t: string) => string, penilaiSkp: Skp | undefined, jabatan: string): Intervensi {
  const utama = penilaiSkp?.rhk.filter((r) => r.kind === 'utama') ?? [];
  if (!penilaiSkp || utama.length === 0) return { kind: 'text', text: tpl.ext ? fill(tpl.ext) : `RHK ${jabatan}: ${fill(tpl.text)}` };
  const wanted = tpl.up ?? i;
  const index = Math.max(0, Math.min(utama.length - 1, wanted < 0 ? utama.length + wanted : wanted));
  const target = utama[index]!;
  return { kind: 'link', skpId: penilaiSkp.id, rhkId: target.id, text: target.text };
}

function perilaku(rng: Rng): PerilakuExpectation[] {
  const special = rng.chance(0.45) ? pickSome(rng, BERAKHLAK.map((v) => v.key), 1, 2) : [];
  return BERAKHLAK.map((v) => ({ value: v.key, ekspektasi: special.includes(v.key) ? rng.pick(EKSPEKTASI[v.key]) : '' }));
}

function lampiran(world: SkpWorld, e: Employee, fill: (t: string) => string): Lampiran {
  const pd = perangkatOf(world, world.unit.get(e.unitId)!);
  const dukungan = [...(DUKUNGAN_KHUSUS[pd.id] ?? []), ...DUKUNGAN_UMUM];
  const { rng } = world;
  return {
    dukunganSumberDaya: pickSome(rng, dukungan, 1, 3).map(fill),
    skemaPertanggungjawaban: pickSome(rng, SKEMA, 1, 3).map(fill),
    konsekuensi: pickSome(rng, KONSEKUENSI, 1, 3).map(fill),
  };
}
