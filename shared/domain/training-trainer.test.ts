import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../schemas/training';
import { groupRecommendations, trainerGroups } from './training-trainer';

const rec = (id: string, over: Partial<Recommendation>): Recommendation => ({
  id, evaluationId: `ev-${id}`, employeeId: 'a', periodId: 'q1', year: 2026, unitId: 'u', courseId: 'c1',
  reasons: [{ ruleId: 'r1', source: { kind: 'predikat', predikat: 'baik' }, text: 'Predikat Baik.' }],
  priority: 'sedang', status: 'usulan', edited: false, createdAt: '2026-04-02T00:00:00.000Z', ...over,
});
const rank = new Map([['q1', 1], ['q2', 2]]);

describe('grouping recommendations per person and course', () => {
  it('merges the reasons of Q1 and Q2 into one row; the newest decision not rejected is in force', () => {
    const q1 = rec('1', { status: 'diterima' });
    const q2 = rec('2', { periodId: 'q2', status: 'ditolak', createdAt: '2026-07-02T00:00:00.000Z', reasons: [{ ruleId: 'r2', source: { kind: 'rhk', rhkId: 'x', code: 'A.1', text: 'RHK', judgement: 'di-bawah' }, text: 'RHK A.1.' }, q1.reasons[0]!] });
    const [g] = groupRecommendations([q2, q1], [], [], rank);
    expect(g).toMatchObject({ employeeId: 'a', courseId: 'c1', status: 'diterima', classId: null, completed: false });
    expect(g!.latest.id).toBe('1');
    expect(g!.all.map((r) => r.id)).toEqual(['1', '2']);
    expect(g!.reasons.map((r) => [r.ruleId, r.periodId])).toEqual([['r1', 'q1'], ['r2', 'q2']]);
  });

  it('marks who is in an open class of the course and who completed it this year', () => {
    const groups = groupRecommendations(
      [rec('1', { status: 'diterima' }), rec('2', { employeeId: 'b', status: 'diterima' }), rec('3', { employeeId: 'c', status: 'diterima' })],
      [{ id: 'k1', courseId: 'c1', participants: [{ employeeId: 'a', attendance: 'hadir', completed: false }, { employeeId: 'b', attendance: 'hadir', completed: true }] }],
      [{ employeeId: 'b', courseId: 'c1', year: 2026 }, { employeeId: 'c', courseId: 'c1', year: 2025 }],
      rank,
    );
    expect(groups.map((g) => [g.employeeId, g.classId, g.completed])).toEqual([['a', 'k1', false], ['b', null, true], ['c', null, false]]);
  });

  it('trainers see accepted rows by default, never rejected ones', () => {
    const groups = groupRecommendations([rec('1', { status: 'diterima' }), rec('2', { employeeId: 'b' }), rec('3', { employeeId: 'c', status: 'ditolak' })], [], [], rank);
    expect(trainerGroups(groups, 'diterima').map((g) => g.employeeId)).toEqual(['a']);
    expect(trainerGroups(groups, 'usulan').map((g) => g.employeeId)).toEqual(['b']);
    expect(trainerGroups(groups, 'semua').map((g) => g.employeeId)).toEqual(['a', 'b']);
  });
});
