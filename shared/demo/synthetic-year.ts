/**
 * Appraisal years for the synthetic benchmark agency (synthetic.ts), generated in chunks so 10,000
 * employees × 3 years (about a million records) never sit in memory at once. Per year: quarterly
 * periods (TRIWULAN I–III and IV-AKHIR, the annual one: domain.md §2), one approved SKP per curve
 * member with 3–6 RHK and 1–3 IKI each, realisation per period and RHK, 0–2 feedback per period,
 * one evaluation per period (a few corrected by a second revision), organisation results per top
 * unit, and the audit entries those steps write, sealed into one hash chain.
 *
 * Deterministic: every record depends only on the seed, the year and the employee, so the chunk size
 * does not change the output. The last period of the last year is still being evaluated (drafts).
 */
import { GENESIS_HASH, sealAuditEntry } from '../domain/audit-chain';
import { resolveAppraisers } from '../domain/appraiser';
import { NILAI_BERAKHLAK } from '../domain/berakhlak';
import { curveUnitResolver, isCurveMember } from '../domain/curve-units';
import type { CapaianOrganisasi } from '../domain/distribution-curve';
import { formatGolonganPegawai } from '../domain/pangkat';
import { DEFAULT_PIMPINAN_UNIT_MAPPING, predikatKinerja, type Rating } from '../domain/predikat';
import { generatePeriods } from '../domain/skp';
import { type AuditEntry, type Employee, fullName } from '../schemas/entities';
import type { Evaluation, OrgResult } from '../schemas/evaluation';
import type { Feedback, Realisasi } from '../schemas/monitoring';
import type { AppraisalYear, IdentitySnapshot, Iki, Period, Rhk, Skp } from '../schemas/skp';
import { createRng, type Rng } from './random';
import type { SyntheticAgency } from './synthetic';

export interface SyntheticYearsOptions {
  /** Default [2024, 2025, 2026]. */
  years?: readonly number[];
  seed?: number;
  /** Employees per chunk (default 250, about 8,000 records). */
  chunkEmployees?: number;
}

/** The small records of one year: written before its chunks. */
export interface SyntheticYearHeader {
  year: AppraisalYear;
  periods: Period[];
  orgResults: OrgResult[];
}

export interface SyntheticChunk {
  year: number;
  skps: Skp[];
  realisasi: Realisasi[];
  feedback: Feedback[];
  evaluations: Evaluation[];
  audit: AuditEntry[];
}

export const SYNTHETIC_YEARS = [2024, 2025, 2026] as const;
const ACTOR = 'pengguna';
const CAPAIAN_DRAW: readonly CapaianOrganisasi[] = ['baik', 'baik', 'baik', 'baik', 'baik', 'baik', 'istimewa', 'butuh-perbaikan'];
const OBJECTS = ['dokumen', 'laporan', 'kegiatan', 'layanan', 'rekomendasi', 'data'];
const VERBS = ['Tersusunnya', 'Terlaksananya', 'Tersedianya', 'Meningkatnya kualitas', 'Terselesaikannya', 'Terkelolanya'];
const ASPEK = ['kuantitas', 'kualitas', 'waktu'] as const;
const PERSPEKTIF = ['penerima-layanan', 'proses-bisnis', 'penguatan-internal', 'anggaran'] as const;
const FEEDBACK = ['Hasil kerja sudah sesuai target, pertahankan ketepatan waktunya.', 'Perlu lebih cermat memeriksa kelengkapan dokumen sebelum diajukan.', 'Koordinasi dengan bidang lain sudah baik dan membantu penyelesaian.', 'Laporan perlu dilengkapi bukti dukung yang lebih rinci.', 'Inisiatif memperbaiki alur layanan patut diapresiasi.'];

/** Who evaluates whom, resolved once per (unit, head?, JPT?) instead of once per employee. */
function appraiserIndex(agency: SyntheticAgency) {
  const byId = new Map(agency.employees.map((e) => [e.id, e]));
  const unitById = new Map(agency.units.map((u) => [u.id, u]));
  const positionById = new Map(agency.positions.map((p) => [p.id, p]));
  const heads = agency.units.flatMap((u) => (u.headEmployeeId && byId.get(u.headEmployeeId) ? [byId.get(u.headEmployeeId)!] : []));
  const memo = new Map<string, { penilai: string | null; atasan: string | null }>();
  const snapshots = new Map<string, IdentitySnapshot>();
  const snapshot = (e: Employee): IdentitySnapshot => {
    let s = snapshots.get(e.id);
    if (!s) {
      s = { employeeId: e.id, name: fullName(e), ...(e.nip ? { nip: e.nip } : {}), pangkat: formatGolonganPegawai(e), jabatan: positionById.get(e.positionId)?.name ?? '-', unit: unitById.get(e.unitId)?.name ?? '-' };
      snapshots.set(e.id, s);
    }
    return s;
  };
  return {
    byId,
    unitById,
    snapshot,
    isJpt: (e: Employee) => positionById.get(e.positionId)?.type === 'jpt-pratama',
    of(e: Employee, onDate: string) {
      const key = `${e.unitId}|${unitById.get(e.unitId)?.headEmployeeId === e.id}|${positionById.get(e.positionId)?.type}`;
      let hit = memo.get(key);
      if (!hit) {
        // resolveAppraisers indexes what it is given: the heads and the person are all it reads.
        const who = resolveAppraisers(e.id, { employees: heads.includes(e) ? heads : [...heads, e], units: agency.units, positions: agency.positions }, onDate);
        hit = { penilai: who.penilai.employeeId, atasan: who.atasanPenilai.employeeId };
        memo.set(key, hit);
      }
      return hit;
    },
  };
}

type Index = ReturnType<typeof appraiserIndex>;

function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) h = Math.imul(h ^ p, 0x01000193) >>> 0;
  return h;
}

const skpIdOf = (employeeId: string, year: number) => `syn-skp-${employeeId}-${year}`;
const rating = (rng: Rng, pAtas: number, pBawah: number): Rating => {
  const x = rng.next();
  return x < pAtas ? 'di-atas' : x < pAtas + pBawah ? 'di-bawah' : 'sesuai';
};
/** The first RHK's text depends on the unit only, so a subordinate can cite it without generating that SKP. */
const leadRhkText = (ix: Index, e: Employee, year: number) => `Terwujudnya kinerja ${ix.unitById.get(e.unitId)?.name ?? 'unit kerja'} yang akuntabel pada tahun ${year}`;

function buildRhk(rng: Rng, ix: Index, e: Employee, year: number, jpt: boolean, penilaiId: string | null): Rhk[] {
  const count = rng.int(3, 6);
  const utama = Math.max(2, count - rng.int(0, 2));
  return Array.from({ length: count }, (_, k): Rhk => {
    const obj = rng.pick(OBJECTS);
    const iki: Iki[] = Array.from({ length: rng.int(1, 3) }, (__, j) => ({
      id: `iki-${k + 1}-${j + 1}`,
      text: `Jumlah ${obj} ${['yang diselesaikan tepat waktu', 'sesuai standar', 'yang ditindaklanjuti'][j]!}`,
      ...(jpt ? { perspektif: rng.pick(PERSPEKTIF) } : { aspek: rng.pick(ASPEK) }),
      target: { kind: 'kuantitatif' as const, value: rng.int(4, 60), unit: obj },
    }));
    const text = k === 0 ? leadRhkText(ix, e, year) : `${rng.pick(VERBS)} ${obj} ${ix.unitById.get(e.unitId)?.name ?? ''} tahun ${year}`;
    const kind = k < utama ? 'utama' : 'tambahan';
    const boss = penilaiId ? ix.byId.get(penilaiId) : undefined;
    const intervensi = kind === 'utama' && boss ? { kind: 'link' as const, skpId: skpIdOf(boss.id, year), rhkId: 'rhk-1', text: leadRhkText(ix, boss, year) } : { kind: 'text' as const, text: `Sasaran strategis perangkat daerah tahun ${year}` };
    return { id: `rhk-${k + 1}`, kind, text, ...(kind === 'utama' ? { intervensi } : { penugasanDari: 'Pimpinan unit kerja' }), iki };
  });
}

function buildSkp(rng: Rng, ix: Index, e: Employee, year: number): Skp {
  const who = ix.of(e, `${year}-01-02`);
  const snap = (id: string | null) => (id && ix.byId.get(id) ? ix.snapshot(ix.byId.get(id)!) : null);
  const jpt = ix.isJpt(e);
  const day = String(rng.int(5, 28)).padStart(2, '0');
  return {
    id: skpIdOf(e.id, year),
    employeeId: e.id,
    year,
    form: jpt ? 'jpt' : 'ja-jf',
    approach: 'kuantitatif',
    status: 'disetujui',
    rhk: buildRhk(rng, ix, e, year, jpt, who.penilai),
    perilaku: NILAI_BERAKHLAK.map((value) => ({ value, ekspektasi: `Menunjukkan perilaku ${value.replace('-', ' ')} dalam setiap penugasan` })),
    lampiran: { dukunganSumberDaya: ['Anggaran kegiatan unit kerja', 'Aplikasi layanan'], skemaPertanggungjawaban: ['Laporan triwulanan kepada atasan langsung'], konsekuensi: ['Sesuai ketentuan disiplin dan kinerja ASN'] },
    pegawai: ix.snapshot(e),
    penilai: snap(who.penilai),
    atasanPenilai: snap(who.atasan),
    submittedAt: `${year}-01-${day}T02:00:00.000Z`,
    approvedAt: `${year}-01-${day}T06:00:00.000Z`,
    createdAt: `${year - 1}-12-20T02:00:00.000Z`,
    updatedAt: `${year}-01-${day}T06:00:00.000Z`,
  };
}

interface YearCtx {
  ix: Index;
  periods: Period[];
  capaian: Map<string, CapaianOrganisasi>;
  topOf: (unitId: string) => string | undefined;
  openPeriodId: string | null;
}

function evaluation(rng: Rng, ctx: YearCtx, e: Employee, skp: Skp, period: Period, revision: number): Evaluation {
  const top = ctx.topOf(e.unitId);
  const capaian = (top && ctx.capaian.get(`${top}|${period.id}`)) || 'baik';
  const pimpinan = top !== undefined && ctx.ix.unitById.get(top)?.headEmployeeId === e.id;
  const hasil = pimpinan ? DEFAULT_PIMPINAN_UNIT_MAPPING[capaian] : rating(rng, 0.18, 0.09);
  const perilaku = rating(rng, 0.15, 0.05);
  const final = period.id !== ctx.openPeriodId;
  const at = `${period.end}T0${rng.int(1, 8)}:00:00.000Z`;
  return {
    id: `syn-eval-${e.id}-${period.id}-${revision}`,
    skpId: skp.id,
    employeeId: e.id,
    periodId: period.id,
    year: period.year,
    revision,
    ...(revision > 1 ? { supersedesId: `syn-eval-${e.id}-${period.id}-${revision - 1}`, revisionReason: 'Koreksi atas kekeliruan penilaian RHK' } : {}),
    status: final ? 'final' : 'draft',
    pegawai: skp.pegawai,
    penilai: skp.penilai,
    atasanPenilai: skp.atasanPenilai,
    rhk: skp.rhk.map((r) => ({ rhkId: r.id, judgement: hasil, feedback: rng.chance(0.3) ? rng.pick(FEEDBACK) : '' })),
    ratingHasilKerja: hasil,
    pimpinanUnit: pimpinan,
    perilaku: NILAI_BERAKHLAK.map((value) => ({ value, judgement: perilaku, feedback: '' })),
    ratingPerilaku: perilaku,
    predikat: predikatKinerja(hasil, perilaku),
    catatan: rng.chance(0.2) ? rng.pick(FEEDBACK) : '',
    capaianOrganisasi: final ? capaian : null,
    step: final ? 5 : rng.int(0, 5),
    createdAt: at,
    updatedAt: at,
    ...(final ? { finalisedAt: at } : {}),
  };
}

function employeeYear(rng: Rng, ctx: YearCtx, e: Employee, year: number, out: SyntheticChunk, log: (entry: Omit<AuditEntry, 'id'>) => void): void {
  const skp = buildSkp(rng, ctx.ix, e, year);
  out.skps.push(skp);
  log({ at: skp.approvedAt!, actor: ACTOR, action: 'update', entity: 'skp', entityId: skp.id, summary: `SKP ${year} disetujui: ${skp.pegawai.name}` });
  for (const period of ctx.periods) {
    const updatedAt = `${period.end}T09:00:00.000Z`;
    for (const r of skp.rhk) {
      const realisasi = Object.fromEntries(r.iki.map((k) => [k.id, `${rng.int(2, 60)} ${k.target.kind === 'kuantitatif' ? k.target.unit : ''}`.trim()]));
      out.realisasi.push({ id: `${skp.id}|${period.id}|${r.id}`, skpId: skp.id, periodId: period.id, rhkId: r.id, rencanaAksi: [`Menyusun rencana ${r.iki[0]?.target.kind === 'kuantitatif' ? r.iki[0].target.unit : 'kegiatan'} ${period.label.toLowerCase()}`], realisasi, updatedAt });
    }
    for (let f = rng.int(0, 2); f > 0; f -= 1) {
      const rhk = rng.chance(0.7) ? rng.pick(skp.rhk) : undefined;
      out.feedback.push({ id: `syn-fb-${skp.id}-${period.index}-${f}`, skpId: skp.id, periodId: period.id, target: rhk ? { kind: 'rhk', rhkId: rhk.id } : { kind: 'perilaku', value: rng.pick(NILAI_BERAKHLAK) }, text: rng.pick(FEEDBACK), byEmployeeId: skp.penilai?.employeeId ?? null, at: `${period.end}T03:00:00.000Z` });
    }
    const revisions = period.id !== ctx.openPeriodId && rng.chance(0.02) ? 2 : 1;
    for (let rev = 1; rev <= revisions; rev += 1) {
      const ev = evaluation(rng, ctx, e, skp, period, rev);
      out.evaluations.push(ev);
      const summary = ev.status === 'final' ? `Evaluasi difinalkan: ${ev.pegawai.name} (revisi ${rev}), predikat ${ev.predikat}` : `Evaluasi dimulai: ${ev.pegawai.name}, ${period.label} ${period.year}`;
      log({ at: ev.updatedAt, actor: ACTOR, action: ev.status === 'final' ? 'update' : 'create', entity: 'evaluation', entityId: ev.id, summary });
    }
  }
}

/**
 * The years' headers and a generator of their chunks (year by year, employees in agency order).
 * The audit chain continues across chunks, so iterate the chunks in order and only once.
 */
export function createSyntheticYears(agency: SyntheticAgency, options: SyntheticYearsOptions = {}) {
  const years = options.years ?? SYNTHETIC_YEARS;
  const seed = options.seed ?? 2024;
  const chunkSize = options.chunkEmployees ?? 250;
  const ix = appraiserIndex(agency);
  const resolveTop = curveUnitResolver(agency.units);
  const topOf = (unitId: string) => resolveTop(unitId)?.id;
  const topUnits = agency.units.filter((u) => resolveTop(u.id) === u);
  const members = agency.employees.map((e, i) => ({ e, i })).filter(({ e }) => isCurveMember(e));
  const lastYear = Math.max(...years);

  const headers: SyntheticYearHeader[] = years.map((year) => {
    const periods = generatePeriods(year, 'triwulan').map((p): Period => ({ ...p, status: year === lastYear && p.final ? 'open' : 'closed' }));
    const orgResults = periods.flatMap((p) =>
      topUnits.map((u): OrgResult => ({ id: `${u.id}|${p.id}`, unitId: u.id, periodId: p.id, capaian: CAPAIAN_DRAW[mix(seed, year, p.index, Number(u.id.replace(/\D/g, ''))) % CAPAIAN_DRAW.length]!, recordedAt: `${p.end}T01:00:00.000Z` })),
    );
    return { year: { id: `year-${year}`, year, periodType: 'triwulan', skpDeadline: `${year}-01-31`, createdAt: `${year - 1}-12-18T02:00:00.000Z` }, periods, orgResults };
  });

  function* chunks(): Generator<SyntheticChunk> {
    let id = 0;
    let prev = GENESIS_HASH;
    for (const header of headers) {
      const year = header.year.year;
      const ctx: YearCtx = { ix, periods: header.periods, capaian: new Map(header.orgResults.map((r) => [r.id, r.capaian])), topOf, openPeriodId: header.periods.find((p) => p.status === 'open')?.id ?? null };
      for (let start = 0; start < members.length; start += chunkSize) {
        const out: SyntheticChunk = { year, skps: [], realisasi: [], feedback: [], evaluations: [], audit: [] };
        const log = (entry: Omit<AuditEntry, 'id'>) => {
          const sealed = sealAuditEntry({ ...entry, id: (id += 1) }, prev);
          prev = sealed.hash;
          out.audit.push(sealed);
        };
        for (const { e, i } of members.slice(start, start + chunkSize)) employeeYear(createRng(mix(seed, year, i)), ctx, e, year, out, log);
        yield out;
      }
    }
  }

  return { headers, chunks, members: members.length, years: [...years] };
}

/** Records in a chunk, all stores together. */
export function chunkSize(chunk: SyntheticChunk): number {
  return chunk.skps.length + chunk.realisasi.length + chunk.feedback.length + chunk.evaluations.length + chunk.audit.length;
}
