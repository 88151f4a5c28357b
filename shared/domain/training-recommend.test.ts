import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../schemas/evaluation';
import type { Skp } from '../schemas/skp';
import type { LedgerEntry, TrainingRule } from '../schemas/training';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from './berakhlak';
import type { Predikat, Rating } from './predikat';
import { DEFAULT_CATALOGUE } from './training-catalogue';
import { type RecommendInput, recommendTrainings } from './training-recommend';
import { DEFAULT_RULES } from './training-rules';

const skp: Pick<Skp, 'rhk'> = {
  rhk: [
    { id: 'r1', kind: 'utama', text: 'Terlaksananya perekaman dan pencetakan KTP-el', iki: [] },
    { id: 'r2', kind: 'utama', text: 'Terkendalinya realisasi anggaran dinas', iki: [] },
    { id: 'r3', kind: 'tambahan', text: 'Tertatanya arsip dinamis unit kerja', iki: [] },
  ],
};

type Judged = { rhk?: Rating[]; values?: Partial<Record<NilaiBerakhlak, Rating>>; predikat: Predikat };

function evaluation({ rhk = ['sesuai', 'sesuai', 'sesuai'], values = {}, predikat }: Judged): RecommendInput['evaluation'] {
  return {
    year: 2026,
    predikat,
    ratingHasilKerja: null,
    ratingPerilaku: null,
    rhk: skp.rhk.map((r, i) => ({ rhkId: r.id, judgement: rhk[i] ?? 'sesuai', feedback: '' })),
    perilaku: NILAI_BERAKHLAK.map((v) => ({ value: v, judgement: values[v] ?? 'sesuai', feedback: values[v] === 'di-bawah' ? `Catatan tentang ${v}` : '' })),
  } satisfies Pick<Evaluation, 'year' | 'rhk' | 'perilaku' | 'predikat' | 'ratingHasilKerja' | 'ratingPerilaku'>;
}

const fullLedger: LedgerEntry[] = [{ id: 'l1', employeeId: 'e', year: 2026, bentuk: 'teknis', title: 'Lama', start: '2026-02-02', end: '2026-02-06', jp: 24, source: 'manual', createdAt: '2026-02-06T00:00:00.000Z' }];

function run(j: Judged, extra: Partial<RecommendInput> = {}) {
  return recommendTrainings({ evaluation: evaluation(j), skp, catalogue: DEFAULT_CATALOGUE, rules: DEFAULT_RULES, ledger: fullLedger, jenisJabatan: 'pengawas', periodEnd: '2026-06-30', ...extra });
}
const course = (id: string) => DEFAULT_CATALOGUE.find((c) => c.id === id)!;
const rulesOf = (recs: ReturnType<typeof run>) => new Set(recs.flatMap((r) => r.reasons.map((x) => x.ruleId)));
const formsOf = (recs: ReturnType<typeof run>, ruleId: string) => recs.filter((r) => r.reasons.some((x) => x.ruleId === ruleId)).map((r) => course(r.courseId));

describe('domain.md §10 table, row by row', () => {
  it('Sangat Baik: talent development, leadership for the position (PKP for a Pengawas), patok banding, mentoring others', () => {
    const recs = run({ predikat: 'sangat-baik', rhk: ['di-atas', 'di-atas', 'di-atas'], values: {} });
    expect(formsOf(recs, 'rule-sb-talenta')[0]?.tags).toContain('talenta');
    expect(formsOf(recs, 'rule-sb-kepemimpinan').map((c) => c.bentuk)).toEqual(['pkp']);
    expect(formsOf(recs, 'rule-sb-patok-banding').map((c) => c.bentuk)).toEqual(['patok-banding']);
    expect(formsOf(recs, 'rule-sb-mentor')[0]?.tags).toContain('mentor');
    expect(recs.every((r) => r.reasons.every((x) => x.source.kind === 'predikat' && x.text.includes('Sangat Baik')))).toBe(true);
  });

  it('Sangat Baik leadership training only when eligible: a Pelaksana gets none', () => {
    const recs = run({ predikat: 'sangat-baik' }, { jenisJabatan: 'pelaksana' });
    expect(rulesOf(recs).has('rule-sb-kepemimpinan')).toBe(false);
    expect(rulesOf(recs).has('rule-sb-talenta')).toBe(true);
  });

  it('Baik: technical/functional training on each RHK judged only "meets", matched to the RHK, citing it', () => {
    const recs = run({ predikat: 'baik', rhk: ['sesuai', 'di-atas', 'sesuai'] });
    const reasons = recs.flatMap((r) => r.reasons.filter((x) => x.ruleId === 'rule-baik-rhk-sesuai').map((x) => ({ x, c: course(r.courseId) })));
    expect(reasons.map(({ x }) => (x.source.kind === 'rhk' ? x.source.code : ''))).toEqual(['A.1', 'B.1']);
    expect(reasons[0]!.c.id).toBe('kat-tek-adminduk');
    expect(reasons[0]!.x.text).toBe('RHK A.1 "Terlaksananya perekaman dan pencetakan KTP-el" dinilai Sesuai Ekspektasi: pelatihan teknis/fungsional untuk meningkatkan hasil kerja ini.');
    expect(reasons[1]!.c.id).toBe('kat-tek-arsip');
    expect(reasons.every(({ c }) => ['teknis', 'fungsional'].includes(c.bentuk))).toBe(true);
  });

  it('Baik: complete 20 JP with e-learning when the ledger is short, not when it is full', () => {
    const short = run({ predikat: 'baik' }, { ledger: [{ ...fullLedger[0]!, jp: 6 }] });
    const jp = formsOf(short, 'rule-baik-20-jp');
    expect(jp.length).toBeGreaterThan(0);
    expect(jp.every((c) => c.bentuk === 'e-learning')).toBe(true);
    expect(short.find((r) => r.reasons.some((x) => x.ruleId === 'rule-baik-20-jp'))!.reasons[0]!.text).toContain('baru 6 dari 20 JP');
    expect(rulesOf(run({ predikat: 'baik' })).has('rule-baik-20-jp')).toBe(false);
  });

  it('Butuh Perbaikan: coaching and mentoring by the supervisor, technical training per RHK below, monthly dialog', () => {
    const recs = run({ predikat: 'butuh-perbaikan', rhk: ['di-bawah', 'di-bawah', 'sesuai'] });
    expect(formsOf(recs, 'rule-bp-coaching').map((c) => c.bentuk).sort()).toEqual(['coaching', 'mentoring']);
    expect(formsOf(recs, 'rule-bp-dialog').map((c) => c.id)).toEqual(['kat-coa-dialog']);
    const below = recs.flatMap((r) => r.reasons.filter((x) => x.ruleId === 'rule-rhk-di-bawah').map((x) => ({ code: x.source.kind === 'rhk' ? x.source.code : '', c: course(r.courseId) })));
    expect(below.map((b) => b.code).sort()).toEqual(['A.1', 'A.2']);
    expect(below.find((b) => b.code === 'A.2')!.c.id).toBe('kat-tek-keuangan');
    expect(below.every((b) => ['teknis', 'bimtek'].includes(b.c.bentuk))).toBe(true);
    expect(recs.every((r) => r.priority === 'tinggi')).toBe(true);
  });

  it('Kurang/Misconduct: counselling and behaviour coaching citing each value with negative feedback', () => {
    const recs = run({ predikat: 'kurang', values: { akuntabel: 'di-bawah', kolaboratif: 'di-bawah' } });
    expect(formsOf(recs, 'rule-kurang-konseling').map((c) => c.id)).toEqual(['kat-bk-konseling']);
    const coaching = recs.find((r) => r.courseId === 'kat-coa-perilaku')!;
    expect(coaching.reasons.filter((x) => x.ruleId === 'rule-kurang-coaching-perilaku').map((x) => (x.source.kind === 'value' ? x.source.value : ''))).toEqual(['akuntabel', 'kolaboratif']);
    expect(coaching.reasons[0]!.source).toMatchObject({ feedback: 'Catatan tentang akuntabel' });
  });

  it('Sangat Kurang: counselling and a documented improvement plan (PP 30/2019)', () => {
    const recs = run({ predikat: 'sangat-kurang', rhk: ['di-bawah', 'di-bawah', 'di-bawah'], values: { adaptif: 'di-bawah' } });
    expect(formsOf(recs, 'rule-sk-konseling').map((c) => c.id)).toEqual(['kat-bk-konseling']);
    const plan = recs.find((r) => r.courseId === 'kat-bk-rencana-perbaikan')!;
    expect(plan.reasons[0]!.text).toContain('PP 30/2019');
  });

  it.each([
    ['kompeten', ['teknis', 'fungsional'], null],
    ['kolaboratif', ['sosial-kultural', 'komunitas-belajar'], null],
    ['harmonis', ['sosial-kultural', 'komunitas-belajar'], null],
    ['adaptif', null, 'inovasi'],
    ['akuntabel', null, 'integritas'],
    ['berorientasi-pelayanan', null, 'pelayanan-prima'],
  ] as const)('negative feedback on %s proposes the §10 form', (value, forms, tag) => {
    const recs = run({ predikat: 'baik', values: { [value]: 'di-bawah' } });
    const rule = DEFAULT_RULES.find((r) => r.trigger.kind === 'value-negative' && r.trigger.value === value)!;
    const picked = formsOf(recs, rule.id);
    expect(picked).toHaveLength(1);
    if (forms) expect(forms).toContain(picked[0]!.bentuk);
    if (tag) expect(picked[0]!.tags.some((t) => t === tag || (tag === 'integritas' && t === 'antikorupsi'))).toBe(true);
    if (tag) expect(picked[0]!.values).toContain(value);
  });

  it('JP below 20 late in the year: e-learning courses that together close the gap; not before September', () => {
    const ledger = [{ ...fullLedger[0]!, jp: 4 }];
    const late = run({ predikat: 'sangat-baik' }, { ledger, periodEnd: '2026-09-30' });
    const picked = formsOf(late, 'rule-jp-akhir-tahun');
    expect(picked.every((c) => c.bentuk === 'e-learning')).toBe(true);
    expect(picked.reduce((s, c) => s + c.jp, 0)).toBeGreaterThanOrEqual(16);
    expect(rulesOf(run({ predikat: 'sangat-baik' }, { ledger, periodEnd: '2026-06-30' })).has('rule-jp-akhir-tahun')).toBe(false);
  });
});

describe('merging and deduplication', () => {
  it('one recommendation per course, with every reason: two RHK, a value and the predikat on one person', () => {
    const recs = run({ predikat: 'butuh-perbaikan', rhk: ['di-bawah', 'sesuai', 'di-bawah'], values: { kompeten: 'di-bawah' } });
    const ids = recs.map((r) => r.courseId);
    expect(new Set(ids).size).toBe(ids.length);
    const multi = recs.filter((r) => r.reasons.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    const kinds = new Set(recs.flatMap((r) => r.reasons.map((x) => x.source.kind)));
    expect(kinds).toEqual(new Set(['predikat', 'rhk', 'value']));
  });

  it('the same course proposed by two rules keeps both reasons and the higher priority', () => {
    const rules: TrainingRule[] = [
      { ...DEFAULT_RULES.find((r) => r.id === 'rule-nilai-pelayanan')!, priority: 'rendah' },
      { id: 'rule-x', label: 'x', trigger: { kind: 'predikat', value: 'baik' }, select: { bentuk: [], tags: ['pelayanan-prima'] }, limit: 1, priority: 'tinggi', reason: 'Predikat {predikat}.', active: true, order: 1 },
    ];
    const recs = run({ predikat: 'baik', values: { 'berorientasi-pelayanan': 'di-bawah' } }, { rules });
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ courseId: 'kat-pen-pengaduan', priority: 'tinggi' });
    expect(recs[0]!.reasons.map((r) => r.ruleId)).toEqual(['rule-x', 'rule-nilai-pelayanan']);
  });

  it('a course already completed this year is not proposed again; inactive rules and courses are ignored', () => {
    const done: LedgerEntry = { ...fullLedger[0]!, id: 'l2', courseId: 'kat-tek-adminduk' };
    const recs = run({ predikat: 'baik' }, { ledger: [...fullLedger, done] });
    expect(recs.map((r) => r.courseId)).not.toContain('kat-tek-adminduk');
    const noRules = run({ predikat: 'baik' }, { rules: DEFAULT_RULES.map((r) => ({ ...r, active: false })) });
    expect(noRules).toEqual([]);
    const noCourses = run({ predikat: 'baik' }, { catalogue: DEFAULT_CATALOGUE.map((c) => ({ ...c, active: false })) });
    expect(noCourses).toEqual([]);
  });

  it('a draft without a predikat yet takes it from its two ratings', () => {
    const e = { ...evaluation({ predikat: 'baik' }), predikat: null, ratingHasilKerja: 'di-atas' as const, ratingPerilaku: 'di-atas' as const };
    const recs = recommendTrainings({ evaluation: e, skp, catalogue: DEFAULT_CATALOGUE, rules: DEFAULT_RULES, ledger: fullLedger, jenisJabatan: 'pengawas', periodEnd: '2026-03-31' });
    expect(rulesOf(recs).has('rule-sb-talenta')).toBe(true);
  });
});
