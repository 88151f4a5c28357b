/**
 * The default recommendation rules (domain.md §10 table) as plain data: HR edits, disables or adds
 * rules in Settings → Pelatihan; the code only interprets them (training-recommend.ts).
 *
 * "Negative feedback on a core value" is read as the value's judgement Di Bawah Ekspektasi in the
 * evaluation: the judgement is what the supervisor records per value next to the feedback text.
 * Placeholders of `reason`: {predikat} {rhk} {penilaian} {nilai} {jp} {target} {kurang} {tahun}.
 */
import type { TrainingRule } from '../schemas/training';

type Rule = Omit<TrainingRule, 'order' | 'active'>;

/** Sangat Baik: talent/career development, leadership training when eligible, patok banding, mentoring others. */
const SANGAT_BAIK: Rule[] = [
  { id: 'rule-sb-talenta', label: 'Sangat Baik: pengembangan talenta dan karier', trigger: { kind: 'predikat', value: 'sangat-baik' }, select: { bentuk: [], tags: ['talenta'] }, limit: 1, priority: 'sedang', reason: 'Predikat {predikat}: dikembangkan melalui manajemen talenta dan karier.' },
  { id: 'rule-sb-kepemimpinan', label: 'Sangat Baik: pelatihan kepemimpinan bila memenuhi syarat', trigger: { kind: 'predikat', value: 'sangat-baik' }, select: { bentuk: ['pkp', 'pka', 'pkn-2', 'pkn-1'], tags: [] }, limit: 1, priority: 'sedang', reason: 'Predikat {predikat}: pelatihan kepemimpinan sesuai jenjang jabatan.' },
  { id: 'rule-sb-patok-banding', label: 'Sangat Baik: patok banding', trigger: { kind: 'predikat', value: 'sangat-baik' }, select: { bentuk: ['patok-banding'], tags: [] }, limit: 1, priority: 'rendah', reason: 'Predikat {predikat}: patok banding untuk membawa praktik baik ke unit kerja.' },
  { id: 'rule-sb-mentor', label: 'Sangat Baik: membimbing rekan kerja', trigger: { kind: 'predikat', value: 'sangat-baik' }, select: { bentuk: [], tags: ['mentor'] }, limit: 1, priority: 'rendah', reason: 'Predikat {predikat}: berbagi keahlian dengan menjadi mentor bagi rekan kerja.' },
];

/** Baik: technical or functional training on each RHK judged only "meets"; complete 20 JP. */
const BAIK: Rule[] = [
  { id: 'rule-baik-rhk-sesuai', label: 'Baik: pelatihan teknis/fungsional untuk RHK yang hanya sesuai ekspektasi', trigger: { kind: 'rhk', judgement: 'sesuai', predikat: ['baik'] }, select: { bentuk: ['teknis', 'fungsional'], tags: [] }, limit: 1, priority: 'rendah', reason: 'RHK {rhk} dinilai {penilaian}: pelatihan teknis/fungsional untuk meningkatkan hasil kerja ini.' },
  { id: 'rule-baik-20-jp', label: 'Baik: lengkapi 20 JP', trigger: { kind: 'jp-shortfall', fromMonth: 1, predikat: ['baik'] }, select: { bentuk: ['e-learning'], tags: [] }, limit: 2, priority: 'rendah', reason: 'Predikat {predikat}; JP tahun {tahun} baru {jp} dari {target} JP: lengkapi hak pengembangan kompetensi (kurang {kurang} JP).' },
];

/** Butuh Perbaikan: coaching/mentoring by the supervisor; technical training per RHK below; monthly dialog. */
const BUTUH_PERBAIKAN: Rule[] = [
  { id: 'rule-bp-coaching', label: 'Butuh Perbaikan: coaching dan/atau mentoring oleh atasan', trigger: { kind: 'predikat', value: 'butuh-perbaikan' }, select: { bentuk: ['coaching', 'mentoring'], tags: ['atasan'] }, limit: 2, priority: 'tinggi', reason: 'Predikat {predikat}: coaching dan/atau mentoring oleh atasan langsung.' },
  { id: 'rule-rhk-di-bawah', label: 'RHK di bawah ekspektasi: pelatihan teknis/bimtek terkait RHK', trigger: { kind: 'rhk', judgement: 'di-bawah', predikat: [] }, select: { bentuk: ['teknis', 'bimtek'], tags: [] }, limit: 1, priority: 'tinggi', reason: 'RHK {rhk} dinilai {penilaian}: pelatihan teknis/bimbingan teknis terkait hasil kerja ini.' },
  { id: 'rule-bp-dialog', label: 'Butuh Perbaikan: dialog kinerja bulanan', trigger: { kind: 'predikat', value: 'butuh-perbaikan' }, select: { bentuk: [], tags: ['dialog-bulanan'] }, limit: 1, priority: 'tinggi', reason: 'Predikat {predikat}: dialog kinerja bulanan dengan atasan langsung.' },
];

/** Kurang/Misconduct: counselling; behaviour-focused coaching on each core value with negative feedback. */
const KURANG: Rule[] = [
  { id: 'rule-kurang-konseling', label: 'Kurang/Misconduct: konseling', trigger: { kind: 'predikat', value: 'kurang' }, select: { bentuk: [], tags: ['konseling'] }, limit: 1, priority: 'tinggi', reason: 'Predikat {predikat}: konseling kinerja.' },
  { id: 'rule-kurang-coaching-perilaku', label: 'Kurang/Misconduct: coaching perilaku per nilai dengan umpan balik negatif', trigger: { kind: 'value-negative', value: 'semua', predikat: ['kurang'] }, select: { bentuk: ['coaching'], tags: ['perilaku'] }, limit: 1, priority: 'tinggi', reason: 'Predikat {predikat} dengan umpan balik negatif pada nilai {nilai}: coaching perilaku kerja.' },
];

/** Sangat Kurang: counselling and a documented improvement plan (PNS: six months, PP 30/2019). */
const SANGAT_KURANG: Rule[] = [
  { id: 'rule-sk-konseling', label: 'Sangat Kurang: konseling', trigger: { kind: 'predikat', value: 'sangat-kurang' }, select: { bentuk: [], tags: ['konseling'] }, limit: 1, priority: 'tinggi', reason: 'Predikat {predikat}: konseling kinerja.' },
  { id: 'rule-sk-rencana-perbaikan', label: 'Sangat Kurang: rencana perbaikan kinerja terdokumentasi', trigger: { kind: 'predikat', value: 'sangat-kurang' }, select: { bentuk: [], tags: ['rencana-perbaikan'] }, limit: 1, priority: 'tinggi', reason: 'Predikat {predikat}: rencana perbaikan kinerja yang terdokumentasi; bagi PNS masa perbaikan enam bulan (PP 30/2019).' },
];

const value = (id: string, v: Exclude<Extract<TrainingRule['trigger'], { kind: 'value-negative' }>['value'], 'semua'>, name: string, select: Rule['select'], what: string): Rule => ({
  id,
  label: `Umpan balik negatif pada nilai ${name}`,
  trigger: { kind: 'value-negative', value: v, predikat: [] },
  select,
  limit: 1,
  priority: 'sedang',
  reason: `Umpan balik negatif pada nilai {nilai} (Di Bawah Ekspektasi): ${what}.`,
});

/** Negative feedback on a core value, per value (the §10 table's sixth row). */
const VALUES: Rule[] = [
  value('rule-nilai-kompeten', 'kompeten', 'Kompeten', { bentuk: ['teknis', 'fungsional'], tags: [] }, 'pelatihan teknis/fungsional'),
  value('rule-nilai-kolaboratif', 'kolaboratif', 'Kolaboratif', { bentuk: ['sosial-kultural', 'komunitas-belajar'], tags: [] }, 'pelatihan sosial kultural atau komunitas belajar'),
  value('rule-nilai-harmonis', 'harmonis', 'Harmonis', { bentuk: ['sosial-kultural', 'komunitas-belajar'], tags: [] }, 'pelatihan sosial kultural atau komunitas belajar'),
  value('rule-nilai-adaptif', 'adaptif', 'Adaptif', { bentuk: [], tags: ['inovasi'] }, 'pelatihan inovasi atau e-learning'),
  value('rule-nilai-akuntabel', 'akuntabel', 'Akuntabel', { bentuk: [], tags: ['integritas', 'antikorupsi'] }, 'pelatihan integritas dan antikorupsi'),
  value('rule-nilai-pelayanan', 'berorientasi-pelayanan', 'Berorientasi Pelayanan', { bentuk: [], tags: ['pelayanan-prima'] }, 'pelatihan pelayanan prima'),
  // Not in the §10 table, which names six of the seven values: an agency default HR may disable.
  value('rule-nilai-loyal', 'loyal', 'Loyal', { bentuk: [], tags: ['wawasan-kebangsaan'] }, 'penguatan wawasan kebangsaan'),
];

/** JP below 20 late in the year (a period ending in September or later): e-learning to close the gap. */
const JP: Rule[] = [
  { id: 'rule-jp-akhir-tahun', label: 'JP di bawah 20 menjelang akhir tahun', trigger: { kind: 'jp-shortfall', fromMonth: 9, predikat: [] }, select: { bentuk: ['e-learning'], tags: [] }, limit: 3, priority: 'sedang', reason: 'JP tahun {tahun} baru {jp} dari {target} JP (kurang {kurang} JP) menjelang akhir tahun: e-learning untuk menutup kekurangan.' },
];

export const DEFAULT_RULES: readonly TrainingRule[] = [...SANGAT_BAIK, ...BAIK, ...BUTUH_PERBAIKAN, ...KURANG, ...SANGAT_KURANG, ...VALUES, ...JP].map((r, i) => ({ ...r, order: (i + 1) * 10, active: true }));
