import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../domain/audit-chain';
import { curveUnitResolver } from '../domain/curve-units';
import { predikatKinerja } from '../domain/predikat';
import { AuditEntrySchema } from '../schemas/entities';
import { EvaluationSchema, OrgResultSchema } from '../schemas/evaluation';
import { FeedbackSchema, RealisasiSchema } from '../schemas/monitoring';
import { AppraisalYearSchema, PeriodSchema, SkpSchema } from '../schemas/skp';
import { generateSyntheticAgency } from './synthetic';
import { chunkSize, createSyntheticYears, type SyntheticChunk } from './synthetic-year';

const agency = generateSyntheticAgency({ employees: 300, units: 12 });
const collect = (chunkEmployees: number) => {
  const years = createSyntheticYears(agency, { chunkEmployees });
  return { years, chunks: [...years.chunks()] };
};
type Store = Exclude<keyof SyntheticChunk, 'year'>;
const all = <K extends Store>(chunks: SyntheticChunk[], key: K): SyntheticChunk[K] => chunks.flatMap((c) => c[key] as unknown[]) as SyntheticChunk[K];

describe('createSyntheticYears: 300 employees, three years', () => {
  const { years, chunks } = collect(40);
  const skps = all(chunks, 'skps');
  const evaluations = all(chunks, 'evaluations');
  const members = years.members;

  it('writes one approved SKP per curve member and year, with 3–6 RHK of 1–3 IKI, each passing its schema', () => {
    expect(skps).toHaveLength(members * 3);
    for (const s of skps) {
      expect(SkpSchema.parse(s)).toEqual(s);
      expect(s.status).toBe('disetujui');
      expect(s.rhk.length).toBeGreaterThanOrEqual(3);
      expect(s.rhk.length).toBeLessThanOrEqual(6);
      for (const r of s.rhk) expect(r.iki.length).toBeGreaterThanOrEqual(1);
      for (const r of s.rhk) expect(r.iki.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(skps.map((s) => s.id)).size).toBe(skps.length);
  });

  it('gives every SKP four quarterly evaluations (the fourth the annual one), a few corrected by a revision', () => {
    const byKey = new Map<string, number>();
    for (const e of evaluations) {
      expect(EvaluationSchema.parse(e)).toEqual(e);
      expect(e.predikat).toBe(predikatKinerja(e.ratingHasilKerja!, e.ratingPerilaku!));
      byKey.set(`${e.employeeId}|${e.periodId}`, (byKey.get(`${e.employeeId}|${e.periodId}`) ?? 0) + 1);
      if (e.revision > 1) expect(evaluations.some((x) => x.id === e.supersedesId && x.revision === e.revision - 1)).toBe(true);
    }
    expect(byKey.size).toBe(members * 12);
    expect(evaluations.length).toBeGreaterThan(members * 12);
    expect(evaluations.filter((e) => e.status === 'draft').every((e) => e.periodId === 'period-2026-triwulan-4')).toBe(true);
    expect(evaluations.filter((e) => e.periodId === 'period-2026-triwulan-4').every((e) => e.status === 'draft')).toBe(true);
  });

  it('has realisasi per SKP, period and RHK, and feedback, that point at real SKPs and RHK', () => {
    const skpById = new Map(skps.map((s) => [s.id, s]));
    const realisasi = all(chunks, 'realisasi');
    expect(realisasi).toHaveLength(skps.reduce((n, s) => n + s.rhk.length * 4, 0));
    for (const r of realisasi) {
      expect(RealisasiSchema.parse(r)).toEqual(r);
      expect(skpById.get(r.skpId)?.rhk.some((k) => k.id === r.rhkId)).toBe(true);
    }
    const feedback = all(chunks, 'feedback');
    expect(feedback.length).toBeGreaterThan(members);
    for (const f of feedback) expect(FeedbackSchema.parse(f)).toEqual(f);
  });

  it('seals the audit entries into one valid hash chain across chunks and years', () => {
    const audit = all(chunks, 'audit');
    expect(audit).toHaveLength(skps.length + evaluations.length);
    for (const a of audit) expect(AuditEntrySchema.parse(a)).toEqual(a);
    expect(verifyAuditChain(audit)).toEqual({ ok: true, count: audit.length });
  });

  it('has headers: the years, their quarters and an organisation result per top unit and period', () => {
    const resolve = curveUnitResolver(agency.units);
    const tops = agency.units.filter((u) => resolve(u.id) === u);
    for (const h of years.headers) {
      expect(AppraisalYearSchema.parse(h.year)).toEqual(h.year);
      expect(h.periods.map((p) => PeriodSchema.parse(p).label)).toEqual(['TRIWULAN I', 'TRIWULAN II', 'TRIWULAN III', 'TRIWULAN IV-AKHIR']);
      expect(h.orgResults).toHaveLength(tops.length * 4);
      for (const r of h.orgResults) expect(OrgResultSchema.parse(r)).toEqual(r);
    }
    expect(chunks.reduce((n, c) => n + chunkSize(c), 0)).toBe(skps.length * 2 + evaluations.length * 2 + all(chunks, 'realisasi').length + all(chunks, 'feedback').length);
  });

  it('is deterministic and independent of the chunk size', () => {
    const again = collect(300).chunks;
    const flat = (cs: SyntheticChunk[]) => JSON.stringify((['skps', 'realisasi', 'feedback', 'evaluations', 'audit'] as const).map((k) => all(cs, k)));
    expect(flat(again)).toBe(flat(chunks));
  });
});
