import { describe, expect, it } from 'vitest';
import { GOLONGAN_RUANG, JENIS_JABATAN, KELOMPOK_PELAKSANA, STATUS_PEGAWAI, type GolonganRuang } from '../domain/reference';
import { EmployeeSchema, PositionSchema, UnitSchema, employeeSearchKey, fullName, type Employee, type Unit } from '../schemas/entities';
import { DEMO_AGENCY_NAME, DEMO_DEFAULT_NOW, DEMO_VACANT_UNIT_ID, generateDemoAgency, type DemoAgency } from './generate';

const SEEDS = [undefined, 1, 7, 42, 123456789];
const REFERENCE_DATE = { y: 2026, m: 1, d: 2 };

function indexBy<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

function ageOn(birth: string, on: { y: number; m: number; d: number }): number {
  const [y = 0, m = 0, d = 0] = birth.split('-').map(Number);
  return on.y - y - (on.m < m || (on.m === m && on.d < d) ? 1 : 0);
}

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The heads met walking up the unit tree from an employee's unit, the employee excluded. */
function superiors(agency: DemoAgency, employee: Employee): string[] {
  const units = indexBy(agency.units);
  const chain: string[] = [];
  let unit: Unit | undefined = units.get(employee.unitId);
  for (let depth = 0; unit && depth < 20; depth += 1) {
    if (unit.headEmployeeId && unit.headEmployeeId !== employee.id) chain.push(unit.headEmployeeId);
    unit = unit.parentId === null ? undefined : units.get(unit.parentId);
  }
  return chain;
}

const golonganBetween = (g: GolonganRuang | undefined, lo: GolonganRuang, hi: GolonganRuang): boolean =>
  g !== undefined && GOLONGAN_RUANG.indexOf(g) >= GOLONGAN_RUANG.indexOf(lo) && GOLONGAN_RUANG.indexOf(g) <= GOLONGAN_RUANG.indexOf(hi);

describe('generateDemoAgency: determinism', () => {
  it('gives the same agency for the same options', () => {
    expect(generateDemoAgency()).toEqual(generateDemoAgency());
    expect(generateDemoAgency({ seed: 9, now: '2026-03-01T00:00:00.000Z' })).toEqual(generateDemoAgency({ seed: 9, now: '2026-03-01T00:00:00.000Z' }));
    expect(DEMO_AGENCY_NAME).toBe('PEMERINTAH KOTA TANGERANG SELATAN');
  });

  it('stamps createdAt/updatedAt with options.now', () => {
    const now = '2027-05-06T07:08:09.000Z';
    const { employees } = generateDemoAgency({ now });
    expect(employees.every((e) => e.createdAt === now && e.updatedAt === now)).toBe(true);
    expect(generateDemoAgency().employees[0]?.createdAt).toBe(DEMO_DEFAULT_NOW);
  });

  it('keeps the structure and changes the people for another seed', () => {
    const a = generateDemoAgency();
    const b = generateDemoAgency({ seed: 7 });
    expect(b.units).toEqual(a.units);
    expect(b.positions).toEqual(a.positions);
    const shape = (e: Employee) => [e.id, e.kind, e.positionId, e.unitId, e.status];
    expect(b.employees.map(shape)).toEqual(a.employees.map(shape));
    const namesA = new Set(a.employees.map((e) => e.name));
    expect(b.employees.filter((e) => namesA.has(e.name)).length).toBeLessThan(a.employees.length / 4);
  });
});

describe.each(SEEDS)('generateDemoAgency(seed %s)', (seed) => {
  const agency = generateDemoAgency(seed === undefined ? {} : { seed });
  const { units, positions, employees } = agency;
  const unitById = indexBy(units);
  const positionById = indexBy(positions);
  const employeeById = indexBy(employees);
  const root = units.find((u) => u.parentId === null);
  const asn = employees.filter((e) => e.kind !== 'kepala-daerah');

  it('passes the entity schemas, with unique ids', () => {
    for (const u of units) expect(UnitSchema.parse(u)).toEqual(u);
    for (const p of positions) expect(PositionSchema.parse(p)).toEqual(p);
    for (const e of employees) expect(EmployeeSchema.parse(e)).toEqual(e);
    expect(unitById.size).toBe(units.length);
    expect(positionById.size).toBe(positions.length);
    expect(employeeById.size).toBe(employees.length);
    expect(employees.every((e) => e.searchKey === employeeSearchKey(e))).toBe(true);
  });

  it('builds the Tangerang Selatan unit tree', () => {
    expect(units.filter((u) => u.parentId === null)).toHaveLength(1);
    expect(root).toMatchObject({ kind: 'instansi', name: 'Pemerintah Kota Tangerang Selatan' });
    for (const u of units) if (u.parentId !== null) expect(unitById.has(u.parentId)).toBe(true);
    const top = units.filter((u) => u.parentId === root?.id);
    expect(top.filter((u) => u.kind === 'perangkat-daerah' || u.kind === 'kecamatan').length).toBeGreaterThanOrEqual(6);
    const names = top.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Sekretariat Daerah', 'Dinas Kependudukan dan Pencatatan Sipil', 'Kecamatan Serpong']));
    expect(top.find((u) => u.shortName === 'BKPSDM')?.name).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
    const serpong = top.find((u) => u.name === 'Kecamatan Serpong');
    expect(serpong?.kind).toBe('kecamatan');
    expect(units.filter((u) => u.parentId === serpong?.id && u.kind === 'kelurahan').length).toBeGreaterThanOrEqual(2);
    const children = (u: Unit | undefined) => units.filter((c) => c.parentId === u?.id);
    for (const pd of top.filter((u) => /^(Dinas|Badan) /.test(u.name))) {
      expect(children(pd).some((c) => c.name === 'Sekretariat' && children(c).some((s) => s.kind === 'subbagian'))).toBe(true);
      expect(children(pd).some((c) => c.kind === 'bidang' && children(c).some((s) => s.kind === 'seksi'))).toBe(true);
    }
  });

  it('uses every position type but JPT Utama, each pelaksana group and both JF kinds', () => {
    const types = new Set(positions.map((p) => p.type));
    expect([...types].sort()).toEqual(JENIS_JABATAN.filter((t) => t !== 'jpt-utama').sort());
    const groups = new Set(positions.map((p) => p.pelaksanaGroup).filter(Boolean));
    expect([...groups].sort()).toEqual([...KELOMPOK_PELAKSANA].sort());
    for (const p of positions) {
      if (p.type === 'jf-keahlian') expect(p.jfLevel).toMatch(/^ahli-/);
      if (p.type === 'jf-keterampilan') expect(p.jfLevel).not.toMatch(/^ahli-/);
      expect(unitById.has(p.unitId)).toBe(true);
    }
    const heldTypes = new Set(employees.map((e) => positionById.get(e.positionId)?.type));
    expect(heldTypes).toEqual(types);
  });

  it('staffs it with enough PNS and PPPK in every status', () => {
    expect(employees.length).toBeGreaterThanOrEqual(80);
    const pppkShare = asn.filter((e) => e.kind === 'pppk').length / asn.length;
    expect(pppkShare).toBeGreaterThan(0.15);
    expect(pppkShare).toBeLessThan(0.35);
    expect(new Set(employees.map((e) => e.status))).toEqual(new Set(STATUS_PEGAWAI));
    expect(employees.filter((e) => e.status === 'aktif').length / employees.length).toBeGreaterThan(0.85);
    for (const e of employees) {
      const position = positionById.get(e.positionId);
      expect(position?.unitId).toBe(e.unitId);
      expect(unitById.has(e.unitId)).toBe(true);
    }
  });

  it('has one Walikota without NIP or golongan heading the root', () => {
    const heads = employees.filter((e) => e.kind === 'kepala-daerah');
    expect(heads).toHaveLength(1);
    const walikota = heads[0];
    expect(walikota?.nip).toBeUndefined();
    expect(walikota?.golonganRuang ?? walikota?.golonganPppk).toBeUndefined();
    expect(positionById.get(walikota?.positionId ?? '')?.type).toBe('kepala-daerah');
    expect(root?.headEmployeeId).toBe(walikota?.id);
  });

  it('gives PNS a plausible golongan ruang and PPPK a golongan, never both', () => {
    const ranges: Partial<Record<string, [GolonganRuang, GolonganRuang]>> = {
      'jpt-madya': ['IV/c', 'IV/d'],
      'jpt-pratama': ['IV/c', 'IV/d'],
      administrator: ['IV/a', 'IV/b'],
      pengawas: ['III/c', 'III/d'],
      pelaksana: ['II/a', 'III/b'],
    };
    for (const e of asn) {
      const type = positionById.get(e.positionId)?.type ?? 'pelaksana';
      if (e.kind === 'pppk') {
        expect([e.golonganPppk, e.golonganRuang]).toEqual([expect.any(String), undefined]);
        expect(['pelaksana', 'jf-keahlian', 'jf-keterampilan']).toContain(type);
        continue;
      }
      expect(e.golonganPppk).toBeUndefined();
      const [lo, hi] = ranges[type] ?? ['II/a', 'IV/c'];
      expect(golonganBetween(e.golonganRuang, lo, hi), `${e.id} ${type} ${e.golonganRuang}`).toBe(true);
    }
  });

  it('writes well-formed, unique NIPs that agree with birth date and sex', () => {
    const nips = asn.map((e) => e.nip ?? '');
    expect(new Set(nips).size).toBe(asn.length);
    for (const e of asn) {
      const nip = e.nip ?? '';
      expect(nip).toMatch(/^\d{18}$/);
      expect(isRealDate(nip.slice(0, 8))).toBe(true);
      expect(nip.slice(0, 8)).toBe(e.birthDate.replaceAll('-', ''));
      expect(nip[14]).toBe(e.sex === 'L' ? '1' : '2');
      expect(Number(nip.slice(15))).toBeGreaterThanOrEqual(1);
      const year = Number(nip.slice(8, 12));
      const code = Number(nip.slice(12, 14));
      const birthYear = Number(nip.slice(0, 4));
      if (e.kind === 'pns') {
        expect(code).toBeGreaterThanOrEqual(1);
        expect(code).toBeLessThanOrEqual(12);
        expect(year).toBeLessThanOrEqual(2025);
        expect(year - birthYear).toBeGreaterThanOrEqual(20);
        expect(year - birthYear).toBeLessThanOrEqual(35);
      } else {
        expect(code).toBeGreaterThanOrEqual(21);
        expect(code).toBeLessThanOrEqual(29);
        expect(year).toBeGreaterThanOrEqual(2019);
        expect(year).toBeLessThanOrEqual(2025);
      }
    }
    for (const e of employees) {
      const age = ageOn(e.birthDate, REFERENCE_DATE);
      expect(age, e.id).toBeGreaterThanOrEqual(22);
      expect(age, e.id).toBeLessThanOrEqual(58);
    }
  });

  it('gives every unit an active head placed in it, except the one vacant seksi', () => {
    const vacant = units.filter((u) => u.headEmployeeId === null);
    expect(vacant.map((u) => u.id)).toEqual([DEMO_VACANT_UNIT_ID]);
    expect(['seksi', 'subbagian']).toContain(vacant[0]?.kind);
    expect(employees.some((e) => e.unitId === DEMO_VACANT_UNIT_ID)).toBe(true);
    for (const u of units) {
      if (u.headEmployeeId === null) continue;
      const head = employeeById.get(u.headEmployeeId);
      expect(head?.unitId).toBe(u.id);
      expect(head?.status).toBe('aktif');
      expect(head?.kind).not.toBe('pppk');
    }
  });

  it('leads every employee up the unit tree to the Walikota', () => {
    const walikota = root?.headEmployeeId;
    for (const e of employees) {
      if (e.id === walikota) continue;
      const chain = superiors(agency, e);
      expect(chain.length, e.id).toBeGreaterThan(0);
      expect(chain.at(-1)).toBe(walikota);
    }
    const vacantParent = unitById.get(unitById.get(DEMO_VACANT_UNIT_ID)?.parentId ?? '');
    for (const e of employees.filter((x) => x.unitId === DEMO_VACANT_UNIT_ID)) {
      expect(superiors(agency, e)[0]).toBe(vacantParent?.headEmployeeId);
    }
  });

  it('names people uniquely, without repeated words', () => {
    expect(new Set(employees.map((e) => e.name.toLowerCase())).size).toBe(employees.length);
    expect(new Set(employees.map(fullName)).size).toBe(employees.length);
    for (const e of employees) {
      const words = e.name.toLowerCase().split(' ');
      expect(new Set(words).size).toBe(words.length);
      if (e.gelarDepan?.includes('Drs.') || e.gelarDepan === 'H.') expect(e.sex).toBe('L');
      if (e.gelarDepan?.includes('Dra.') || e.gelarDepan?.includes('Hj.')) expect(e.sex).toBe('P');
    }
    const PREFIX = /^(Muhammad|Ahmad|Mohamad|Siti|Nur) /;
    const given = (sex: 'L' | 'P') => new Set(employees.filter((e) => e.sex === sex).map((e) => e.name.replace(PREFIX, '').split(' ')[0]));
    const women = given('P');
    expect([...given('L')].filter((n) => women.has(n))).toEqual([]);
  });
});
