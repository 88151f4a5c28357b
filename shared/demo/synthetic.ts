/**
 * A large, deterministic, made-up agency for benchmarks and load tests (not the demo shown to
 * users): a root instansi headed by a Kepala Daerah, about units/6 perangkat daerah, each with
 * bidang and seksi below; every unit has a head of the right level and the rest are pelaksana or
 * JF, about a quarter of them PPPK. Names repeat (drawn from short lists); NIPs never do.
 */
import type { JenisJabatan, JenisUnit, JenjangJf, KelompokPelaksana, StatusPegawai } from '../domain/reference';
import { employeeSearchKey, type Employee, type Position, type Unit } from '../schemas/entities';
import {
  isoDate,
  randomBirthDate,
  retiredBirthDate,
  assignCareer,
} from './career';
import { createRng, type Rng } from './random';
import { pickGelar, type EduProfile } from './titles';

export interface SyntheticOptions {
  /** Exact number of employees, Kepala Daerah and unit heads included (at least `units`). */
  employees: number;
  /** Exact number of units, root included (at least 1). */
  units: number;
  seed?: number;
  /** ISO timestamp written to createdAt/updatedAt. */
  now?: string;
}

export interface SyntheticAgency {
  units: Unit[];
  positions: Position[];
  employees: Employee[];
}

export const SYNTHETIC_DEFAULT_SEED = 4242;
export const SYNTHETIC_DEFAULT_NOW = '2026-01-02T08:00:00.000Z';
/** Share of staff (not unit heads) who are PPPK; heads are PNS, so the agency ends near 25 %. */
const PPPK_SHARE = 0.26;
const NON_ACTIVE: readonly StatusPegawai[] = ['pensiun', 'mutasi-keluar', 'tugas-belajar', 'cltn'];

const TOPICS = ['Kesehatan', 'Pendidikan', 'Perhubungan', 'Pertanian', 'Perikanan', 'Pariwisata', 'Sosial', 'Lingkungan Hidup', 'Pekerjaan Umum', 'Perdagangan', 'Koperasi', 'Kepemudaan', 'Ketenagakerjaan', 'Perumahan', 'Komunikasi', 'Kebudayaan', 'Pangan', 'Perindustrian'];
const SUBTOPICS = ['Perencanaan', 'Pelayanan', 'Pengendalian', 'Pembinaan', 'Pengembangan', 'Data dan Informasi', 'Sarana dan Prasarana', 'Evaluasi', 'Penyuluhan', 'Pengawasan'];

const FIRST = {
  L: ['Agus', 'Bambang', 'Budi', 'Dedi', 'Eko', 'Fajar', 'Hendra', 'Iwan', 'Joko', 'Rizky', 'Asep', 'Yusuf', 'Teguh', 'Wahyu', 'Andi', 'Hasan', 'Rudi', 'Dimas', 'Galih', 'Ilham'],
  P: ['Sri', 'Dewi', 'Siti', 'Rina', 'Ratna', 'Euis', 'Nurul', 'Intan', 'Ayu', 'Fitri', 'Lestari', 'Yuli', 'Nadia', 'Putri', 'Wulan', 'Indah', 'Maya', 'Tiara', 'Citra', 'Rahma'],
} as const;
const LAST = {
  L: ['Santoso', 'Prasetyo', 'Nugroho', 'Hidayat', 'Setiawan', 'Saputra', 'Permana', 'Siregar', 'Nasution', 'Kurniawan', 'Pratama', 'Wibowo', 'Hermawan', 'Gunawan', 'Maulana'],
  P: ['Lestari', 'Rahayu', 'Wahyuni', 'Handayani', 'Susanti', 'Kurniasih', 'Anggraini', 'Permatasari', 'Safitri', 'Utami', 'Rahmawati', 'Puspitasari', 'Marlina', 'Simanjuntak', 'Oktaviani'],
} as const;

interface StaffPost {
  name: string;
  type: JenisJabatan;
  group?: KelompokPelaksana;
  jfLevel?: JenjangJf;
  edu: EduProfile;
}

const STAFF_POSTS: readonly StaffPost[] = [
  { name: 'Pengadministrasi Perkantoran', type: 'pelaksana', group: 'klerek', edu: 'pelaksana' },
  { name: 'Penata Layanan Operasional', type: 'pelaksana', group: 'klerek', edu: 'pelaksana' },
  { name: 'Operator Layanan Operasional', type: 'pelaksana', group: 'operator', edu: 'pelaksana' },
  { name: 'Teknisi Sarana dan Prasarana', type: 'pelaksana', group: 'teknisi', edu: 'teknisi' },
  { name: 'Analis Kebijakan Ahli Pertama', type: 'jf-keahlian', jfLevel: 'ahli-pertama', edu: 'kebijakan' },
  { name: 'Perencana Ahli Muda', type: 'jf-keahlian', jfLevel: 'ahli-muda', edu: 'perencana' },
  { name: 'Pranata Komputer Ahli Pertama', type: 'jf-keahlian', jfLevel: 'ahli-pertama', edu: 'komputer' },
  { name: 'Pranata Komputer Terampil', type: 'jf-keterampilan', jfLevel: 'terampil', edu: 'komputer-d3' },
  { name: 'Arsiparis Mahir', type: 'jf-keterampilan', jfLevel: 'mahir', edu: 'arsip' },
];
/** Staff posts opened in each unit (a rotating window over STAFF_POSTS). */
const POSTS_PER_UNIT = 3;

interface Ctx extends SyntheticAgency {
  rng: Rng;
  now: string;
  nips: Set<string>;
}

interface UnitPlan {
  unit: Unit;
  head: StaffPost;
  headPosition?: Position;
  staff: Position[];
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function generateSyntheticAgency(options: SyntheticOptions): SyntheticAgency {
  const { employees: total, units: unitCount } = options;
  if (!Number.isInteger(unitCount) || unitCount < 1) throw new Error('units must be a whole number ≥ 1');
  if (!Number.isInteger(total) || total < unitCount) throw new Error('employees must be a whole number ≥ units (every unit has a head)');
  const ctx: Ctx = { rng: createRng(options.seed ?? SYNTHETIC_DEFAULT_SEED), now: options.now ?? SYNTHETIC_DEFAULT_NOW, nips: new Set(), units: [], positions: [], employees: [] };
  const plans = buildUnitTree(ctx, unitCount);
  for (const plan of plans) addHead(ctx, plan);
  // Staff go round-robin over the units below the root (or the root when it stands alone).
  const staffed = plans.length > 1 ? plans.slice(1) : plans;
  for (let i = 0; i < total - unitCount; i += 1) {
    const plan = staffed[i % staffed.length]!;
    addStaff(ctx, ctx.rng.pick(plan.staff));
  }
  return { units: ctx.units, positions: ctx.positions, employees: ctx.employees };
}

/** Root, then ~units/6 perangkat daerah, then the rest split into bidang (a third) and seksi. */
function buildUnitTree(ctx: Ctx, unitCount: number): UnitPlan[] {
  const plans: UnitPlan[] = [];
  const add = (kind: JenisUnit, name: string, parentId: string | null, head: StaffPost): UnitPlan => {
    const unit: Unit = { id: `syn-unit-${pad(plans.length + 1, 4)}`, name, kind, parentId, headEmployeeId: null };
    const plan: UnitPlan = { unit, head, staff: [] };
    ctx.units.push(unit);
    plans.push(plan);
    return plan;
  };
  const root = add('instansi', 'Pemerintah Kabupaten Sintetis', null, { name: 'Bupati Sintetis', type: 'kepala-daerah', edu: 'kepala-daerah' });
  root.unit.shortName = 'Pemkab Sintetis';
  const rest = unitCount - 1;
  const pdCount = Math.min(rest, Math.max(1, Math.round(unitCount / 6)));
  const below = Array.from({ length: pdCount }, (_, i) => Math.floor((rest - pdCount) / pdCount) + (i < (rest - pdCount) % pdCount ? 1 : 0));
  for (let p = 0; p < pdCount; p += 1) {
    const topic = `${TOPICS[p % TOPICS.length]!}${p >= TOPICS.length ? ` ${Math.floor(p / TOPICS.length) + 1}` : ''}`;
    const pdName = `Dinas ${topic}`;
    const pd = add('perangkat-daerah', pdName, root.unit.id, { name: `Kepala ${pdName}`, type: 'jpt-pratama', edu: 'jpt' });
    const sub = below[p]!;
    const bidangCount = sub === 0 ? 0 : Math.max(1, Math.round(sub / 3));
    const bidang: UnitPlan[] = [];
    for (let b = 0; b < bidangCount; b += 1) {
      const name = `Bidang ${SUBTOPICS[b % SUBTOPICS.length]!} ${topic}${b >= SUBTOPICS.length ? ` ${b + 1}` : ''}`;
      bidang.push(add('bidang', name, pd.unit.id, { name: `Kepala ${name}`, type: 'administrator', edu: 'administrator' }));
    }
    for (let s = 0; s < sub - bidangCount; s += 1) {
      const parent = bidang[s % bidangCount]!;
      const name = `Seksi ${SUBTOPICS[(s + 5) % SUBTOPICS.length]!} ${topic}${s >= SUBTOPICS.length ? ` ${s + 1}` : ''}`;
      add('seksi', name, parent.unit.id, { name: `Kepala ${name}`, type: 'pengawas', edu: 'pengawas' });
    }
  }
  for (const [i, plan] of plans.entries()) addPositions(ctx, plan, i);
  return plans;
}

function addPositions(ctx: Ctx, plan: UnitPlan, index: number): void {
  const unitId = plan.unit.id;
  const key = unitId.replace('syn-unit-', '');
  const post = (p: StaffPost, id: string): Position => {
    const position: Position = { id, name: p.name, type: p.type, unitId };
    if (p.group) position.pelaksanaGroup = p.group;
    if (p.jfLevel) position.jfLevel = p.jfLevel;
    ctx.positions.push(position);
    return position;
  };
  plan.headPosition = post(plan.head, `syn-pos-${key}-kepala`);
  for (let k = 0; k < POSTS_PER_UNIT; k += 1) {
    const staff = STAFF_POSTS[(index + k * 3) % STAFF_POSTS.length]!;
    plan.staff.push(post(staff, `syn-pos-${key}-${k + 1}`));
  }
}

function addHead(ctx: Ctx, plan: UnitPlan): void {
  const kind = plan.head.type === 'kepala-daerah' ? 'kepala-daerah' : 'pns';
  if (!plan.headPosition) throw new Error(`no head post in ${plan.unit.id}`);
  plan.unit.headEmployeeId = addEmployee(ctx, plan.head, plan.headPosition, kind, 'aktif').id;
}

function addStaff(ctx: Ctx, position: Position): void {
  const post = STAFF_POSTS.find((p) => p.name === position.name) ?? STAFF_POSTS[0]!;
  const { rng } = ctx;
  const kind = rng.chance(PPPK_SHARE) ? 'pppk' : 'pns';
  // Only PNS leave for retirement, study or CLTN in this data; PPPK stay active.
  const status = kind === 'pns' && rng.chance(0.03) ? rng.pick(NON_ACTIVE) : 'aktif';
  addEmployee(ctx, post, position, kind, status);
}

function personName(rng: Rng, sex: 'L' | 'P'): string {
  const first = rng.pick(FIRST[sex]);
  const last = rng.pick(LAST[sex]);
  return first === last ? first : `${first} ${last}`;
}

function addEmployee(ctx: Ctx, post: StaffPost, position: Position, kind: Employee['kind'], status: StatusPegawai): Employee {
  const { rng } = ctx;
  const sex = rng.chance(0.5) ? 'L' : 'P';
  const level = { type: post.type, jfLevel: post.jfLevel };
  const birth = status === 'pensiun' ? retiredBirthDate(rng) : randomBirthDate(rng, level, kind === 'pppk');
  const gelar = pickGelar(rng, post.edu, sex);
  const employee: Employee = {
    id: `syn-emp-${pad(ctx.employees.length + 1, 6)}`,
    kind,
    name: personName(rng, sex),
    birthDate: isoDate(birth),
    sex,
    positionId: position.id,
    unitId: position.unitId,
    status,
    searchKey: '',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  if (gelar.depan) employee.gelarDepan = gelar.depan;
  if (gelar.belakang) employee.gelarBelakang = gelar.belakang;
  assignCareer(rng, employee, { birth, level, pendidikan: gelar.pendidikan, sex, taken: ctx.nips, maxSeqStart: 20 });
  employee.searchKey = employeeSearchKey(employee);
  ctx.employees.push(employee);
  return employee;
}

