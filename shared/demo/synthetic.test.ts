import { describe, expect, it } from 'vitest';
import { checkGolongan, crossCheckNip, parseNip, resolveAppraisers } from '../domain';
import { EmployeeSchema, PositionSchema, UnitSchema, employeeSearchKey } from '../schemas/entities';
import { generateSyntheticAgency, SYNTHETIC_DEFAULT_NOW } from './synthetic';

const HEAD_TYPE = { instansi: 'kepala-daerah', 'perangkat-daerah': 'jpt-pratama', bidang: 'administrator', seksi: 'pengawas' } as const;

describe('generateSyntheticAgency: 2,000 employees in 60 units', () => {
  const agency = generateSyntheticAgency({ employees: 2_000, units: 60 });
  const { units, positions, employees } = agency;
  const unitById = new Map(units.map((u) => [u.id, u]));
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const employeeById = new Map(employees.map((e) => [e.id, e]));

  it('has exactly the requested counts and unique ids', () => {
    expect(units).toHaveLength(60);
    expect(employees).toHaveLength(2_000);
    expect(unitById.size).toBe(60);
    expect(positionById.size).toBe(positions.length);
    expect(employeeById.size).toBe(2_000);
  });

  it('passes the entity schemas, with the derived search key and timestamps', () => {
    for (const u of units) expect(UnitSchema.parse(u)).toEqual(u);
    for (const p of positions) expect(PositionSchema.parse(p)).toEqual(p);
    for (const e of employees) {
      expect(EmployeeSchema.parse(e)).toEqual(e);
      expect(e.searchKey).toBe(employeeSearchKey(e));
      expect(e.createdAt).toBe(SYNTHETIC_DEFAULT_NOW);
    }
  });

  it('gives every ASN a unique NIP that parses and agrees with birth date, sex and kind', () => {
    const asn = employees.filter((e) => e.kind !== 'kepala-daerah');
    expect(new Set(asn.map((e) => e.nip)).size).toBe(asn.length);
    for (const e of asn) {
      const parsed = parseNip(e.nip ?? '');
      expect(parsed.ok, `${e.id} ${e.nip}`).toBe(true);
      if (parsed.ok) expect(crossCheckNip(parsed.value, { birthDate: e.birthDate, sex: e.sex, kind: e.kind }), e.id).toEqual([]);
      expect(checkGolongan(e), e.id).toEqual([]);
    }
  });

  it('has one root headed by a Kepala Daerah without NIP', () => {
    const roots = units.filter((u) => u.parentId === null);
    expect(roots).toHaveLength(1);
    const head = employeeById.get(roots[0]!.headEmployeeId ?? '');
    expect(head?.kind).toBe('kepala-daerah');
    expect(head?.nip).toBeUndefined();
    expect(employees.filter((e) => e.kind === 'kepala-daerah')).toHaveLength(1);
  });

  it('builds perangkat daerah (~units/6) over bidang over seksi, each unit headed at the right level', () => {
    expect(units.filter((u) => u.kind === 'perangkat-daerah')).toHaveLength(10);
    for (const u of units) {
      const parentKind = u.parentId === null ? null : unitById.get(u.parentId)?.kind;
      const expectedParent = { instansi: null, 'perangkat-daerah': 'instansi', bidang: 'perangkat-daerah', seksi: 'bidang' }[u.kind as keyof typeof HEAD_TYPE];
      expect(parentKind, u.id).toBe(expectedParent);
      const head = employeeById.get(u.headEmployeeId ?? '');
      expect(head?.unitId, u.id).toBe(u.id);
      expect(head?.status).toBe('aktif');
      expect(positionById.get(head?.positionId ?? '')?.type, u.id).toBe(HEAD_TYPE[u.kind as keyof typeof HEAD_TYPE]);
    }
    expect(units.some((u) => u.kind === 'seksi')).toBe(true);
  });

  it('places staff in pelaksana and JF posts of their own unit, about a quarter PPPK', () => {
    const heads = new Set(units.map((u) => u.headEmployeeId));
    for (const e of employees.filter((x) => !heads.has(x.id))) {
      const position = positionById.get(e.positionId);
      expect(position?.unitId, e.id).toBe(e.unitId);
      expect(['pelaksana', 'jf-keahlian', 'jf-keterampilan']).toContain(position?.type);
    }
    const pppkShare = employees.filter((e) => e.kind === 'pppk').length / employees.length;
    expect(pppkShare).toBeGreaterThan(0.2);
    expect(pppkShare).toBeLessThan(0.3);
  });

  it('leads a sample of active employees up to the Kepala Daerah through their appraisers', () => {
    const kd = employees.find((e) => e.kind === 'kepala-daerah')!;
    const sample = employees.filter((e) => e.status === 'aktif' && e.kind !== 'kepala-daerah').filter((_, i) => i % 40 === 0);
    for (const e of sample) {
      let current = e.id;
      for (let hops = 0; current !== kd.id; hops += 1) {
        expect(hops, `chain of ${e.id} too long`).toBeLessThan(6);
        const { penilai } = resolveAppraisers(current, agency, '2026-06-30');
        expect(penilai.employeeId, `${current}: ${penilai.reason}`).not.toBeNull();
        current = penilai.employeeId!;
      }
    }
  });
});

describe('generateSyntheticAgency: determinism and sizes', () => {
  it('gives the same agency for the same options, another for another seed', () => {
    const a = generateSyntheticAgency({ employees: 500, units: 30, seed: 7 });
    expect(generateSyntheticAgency({ employees: 500, units: 30, seed: 7 })).toEqual(a);
    const b = generateSyntheticAgency({ employees: 500, units: 30, seed: 8 });
    expect(b.units).toEqual(a.units);
    expect(b.employees.map((e) => e.nip)).not.toEqual(a.employees.map((e) => e.nip));
  });

  it('makes exactly 10,000 employees in 300 units with unique NIPs', () => {
    const { units, employees } = generateSyntheticAgency({ employees: 10_000, units: 300, now: '2026-05-01T00:00:00.000Z' });
    expect(units).toHaveLength(300);
    expect(employees).toHaveLength(10_000);
    expect(units.filter((u) => u.kind === 'perangkat-daerah')).toHaveLength(50);
    const nips = employees.flatMap((e) => (e.nip ? [e.nip] : []));
    expect(nips).toHaveLength(9_999);
    expect(new Set(nips).size).toBe(9_999);
    expect(employees[0]?.updatedAt).toBe('2026-05-01T00:00:00.000Z');
  });

  it.each([
    [1, 1],
    [2, 2],
    [7, 3],
    [50, 13],
  ])('handles small shapes: %i employees in %i units', (employees, unitCount) => {
    const agency = generateSyntheticAgency({ employees, units: unitCount });
    expect(agency.employees).toHaveLength(employees);
    expect(agency.units).toHaveLength(unitCount);
    expect(agency.units.every((u) => u.headEmployeeId !== null)).toBe(true);
  });

  it('refuses fewer employees than units', () => {
    expect(() => generateSyntheticAgency({ employees: 5, units: 10 })).toThrow(/every unit has a head/);
  });
});
