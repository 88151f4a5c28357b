import { describe, expect, it } from 'vitest';
import { isCurveMember } from '../domain/curve-units';
import { DEFAULT_CATALOGUE } from '../domain/training-catalogue';
import { shortfallList } from '../domain/training-ledger';
import { LedgerEntrySchema, RecommendationSchema, TrainingClassSchema } from '../schemas/training';
import { generateDemoEvaluations } from './evaluation-demo';
import { generateDemoAgency } from './generate';
import { generateDemoSkpYear } from './skp-demo';
import { DEMO_CLASS_DONE_ID, DEMO_CLASS_RUNNING_ID, generateDemoTraining } from './training-demo';

const at = '2026-11-28T08:00:00.000Z';
const agency = generateDemoAgency();
const year = generateDemoSkpYear(agency);
const { evaluations } = generateDemoEvaluations(agency, year, at);
const demo = generateDemoTraining(agency, year, evaluations, at);

describe('demo competency development', () => {
  it('uses the default catalogue and gives every final evaluation a run, and recommendations only to final ones', () => {
    expect(demo.courses).toEqual(DEFAULT_CATALOGUE);
    const finals = evaluations.filter((e) => e.status === 'final');
    expect(demo.runs.map((r) => r.id).sort()).toEqual(finals.map((e) => e.id).sort());
    const finalIds = new Set(finals.map((e) => e.id));
    expect(demo.recommendations.every((r) => finalIds.has(r.evaluationId))).toBe(true);
    for (const r of demo.recommendations) RecommendationSchema.parse(r);
    const ids = demo.recommendations.map((r) => `${r.evaluationId}|${r.courseId}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has accepted, rejected (with a reason) and still proposed recommendations', () => {
    const by = (s: string) => demo.recommendations.filter((r) => r.status === s);
    expect(by('diterima').length).toBeGreaterThan(50);
    expect(by('ditolak').length).toBeGreaterThan(10);
    expect(by('ditolak').every((r) => (r.rejectReason ?? '').length > 5)).toBe(true);
    expect(by('usulan').length).toBeGreaterThan(10);
    const q1 = year.periods[0]!.id;
    expect(demo.recommendations.filter((r) => r.periodId === q1).every((r) => r.status !== 'usulan')).toBe(true);
  });

  it('has one class in progress on 28 November and one completed that wrote its JP into the ledger', () => {
    for (const c of demo.classes) TrainingClassSchema.parse(c);
    const running = demo.classes.find((c) => c.id === DEMO_CLASS_RUNNING_ID)!;
    expect(running.start <= '2026-11-28' && '2026-11-28' <= running.end).toBe(true);
    expect(running.participants.length).toBeGreaterThan(3);
    expect(running.participants.some((p) => p.completed)).toBe(false);
    expect(running.participantIds).toEqual(running.participants.map((p) => p.employeeId));
    const done = demo.classes.find((c) => c.id === DEMO_CLASS_DONE_ID)!;
    expect(done.closed).toBe(true);
    for (const p of done.participants) {
      expect(demo.ledger.find((l) => l.id === p.ledgerEntryId)).toMatchObject({ employeeId: p.employeeId, classId: done.id, courseId: done.courseId, source: 'angkatan' });
    }
    expect(running.participants.every((p) => p.recommendationId && demo.recommendations.find((r) => r.id === p.recommendationId)?.status === 'diterima')).toBe(true);
  });

  it('ledgers leave some people, but not most, short of 20 JP', () => {
    for (const l of demo.ledger) LedgerEntrySchema.parse(l);
    const people = agency.employees.filter(isCurveMember);
    const short = shortfallList(people, demo.ledger, 2026);
    expect(short.length).toBeGreaterThan(10);
    expect(short.length).toBeLessThan(people.length / 2);
  });

  it('is deterministic', () => {
    expect(generateDemoTraining(agency, year, evaluations, at)).toEqual(demo);
  });
});
