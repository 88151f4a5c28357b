/**
 * Editing an SKP plan (domain.md §3): pure steps the SKP editor and commands share. Ids are made by
 * the caller (`newId`) so these stay free of platform APIs and deterministic in tests.
 */
import type { Iki, Lampiran, PerilakuExpectation, Rhk, Skp, Target } from '../schemas/skp';
import { BERAKHLAK } from './berakhlak';

/** The parts of an SKP its owner edits; identity, workflow and dates belong to the commands. */
export type SkpPlan = Pick<Skp, 'approach' | 'rhk' | 'perilaku' | 'lampiran'>;
export type SkpApproach = Skp['approach'];
export type NewId = () => string;

export const LAMPIRAN_KEYS = ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const satisfies readonly (keyof Lampiran)[];
export type LampiranKey = (typeof LAMPIRAN_KEYS)[number];

export function emptyLampiran(): Lampiran {
  return { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] };
}

/** The seven BerAKHLAK values in their fixed order, keeping any ekspektasi already written. */
export function perilakuRows(existing: readonly PerilakuExpectation[] = []): PerilakuExpectation[] {
  return BERAKHLAK.map((v) => ({ value: v.key, ekspektasi: existing.find((e) => e.value === v.key)?.ekspektasi ?? '' }));
}

export function emptyTarget(approach: SkpApproach): Target {
  return approach === 'kuantitatif' ? { kind: 'kuantitatif', value: null, unit: '' } : { kind: 'kualitatif', text: '' };
}

export function newIki(approach: SkpApproach, newId: NewId): Iki {
  return { id: newId(), text: '', target: emptyTarget(approach) };
}

export function newRhk(kind: Rhk['kind'], approach: SkpApproach, newId: NewId): Rhk {
  return { id: newId(), kind, text: '', iki: [newIki(approach, newId)] };
}

/**
 * A target in the other approach: a number becomes its words ("12 dokumen"), and words that start
 * with a number become it again, so switching back and forth keeps simple targets; other words
 * cannot be a number and start one afresh.
 */
export function convertTarget(t: Target, approach: SkpApproach): Target {
  if (t.kind === approach) return t;
  if (t.kind === 'kuantitatif') return { kind: 'kualitatif', text: t.value === null ? t.unit.trim() : `${t.value} ${t.unit}`.trim() };
  const m = /^(\d+(?:[.,]\d+)?)\s*(.*)$/.exec(t.text.trim());
  return m ? { kind: 'kuantitatif', value: Number(m[1]!.replace(',', '.')), unit: m[2]!.trim() } : emptyTarget(approach);
}

/** Changes the approach of the whole SKP; every IKI target follows it (domain.md §3). */
export function switchApproach<T extends SkpPlan>(plan: T, approach: SkpApproach): T {
  if (plan.approach === approach) return plan;
  return { ...plan, approach, rhk: plan.rhk.map((r) => ({ ...r, iki: r.iki.map((i) => ({ ...i, target: convertTarget(i.target, approach) })) })) };
}

/** Moves one item up (-1) or down (+1); out of range leaves the list as it is. */
export function moveItem<T>(list: readonly T[], index: number, dir: -1 | 1): T[] {
  const to = index + dir;
  const out = [...list];
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return out;
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

/** Moves an RHK past the nearest RHK of the same kind (the document groups A. UTAMA / B. TAMBAHAN). */
export function moveRhk(rhk: readonly Rhk[], index: number, dir: -1 | 1): Rhk[] {
  const kind = rhk[index]?.kind;
  let j = index + dir;
  while (j >= 0 && j < rhk.length && rhk[j]!.kind !== kind) j += dir;
  if (kind === undefined || j < 0 || j >= rhk.length) return [...rhk];
  const out = [...rhk];
  [out[index], out[j]] = [out[j]!, out[index]!];
  return out;
}

/** The positions of the RHK of one kind, in document order: the printed number is position + 1. */
export function rhkIndexesOf(rhk: readonly Rhk[], kind: Rhk['kind']): number[] {
  return rhk.flatMap((r, i) => (r.kind === kind ? [i] : []));
}

export function updateRhk<T extends SkpPlan>(plan: T, index: number, change: (r: Rhk) => Rhk): T {
  return { ...plan, rhk: plan.rhk.map((r, i) => (i === index ? change(r) : r)) };
}

export function updateIki<T extends SkpPlan>(plan: T, rhkIndex: number, ikiIndex: number, change: (i: Iki) => Iki): T {
  return updateRhk(plan, rhkIndex, (r) => ({ ...r, iki: r.iki.map((x, j) => (j === ikiIndex ? change(x) : x)) }));
}

/** Keeps only the field of the form in use: JA/JF IKI have an aspek, JPT IKI a perspektif. */
function ikiForForm(iki: Iki, form: Skp['form']): Iki {
  const { aspek, perspektif, ...rest } = iki;
  if (form === 'jpt') return perspektif ? { ...rest, perspektif } : rest;
  return aspek ? { ...rest, aspek } : rest;
}

/**
 * Last year's plan as the start of this year's (issue: "start from last year's SKP"): RHK, IKI,
 * targets, Lampiran and ekspektasi copied with new ids. A link to last year's supervisor SKP
 * becomes its text: the supervisor's new SKP has other RHK, so the owner re-picks the link.
 */
export function copyPlanForNewYear(source: SkpPlan, form: Skp['form'], newId: NewId): SkpPlan {
  const rhk = source.rhk.map((r): Rhk => {
    const { intervensi, penugasanDari, ...rest } = r;
    const copy: Rhk = { ...rest, id: newId(), iki: r.iki.map((i) => ({ ...ikiForForm(i, form), id: newId(), target: { ...i.target } })) };
    if (penugasanDari) copy.penugasanDari = penugasanDari;
    if (form === 'ja-jf' && intervensi?.text.trim()) copy.intervensi = { kind: 'text', text: intervensi.text };
    return copy;
  });
  const lampiran = { dukunganSumberDaya: [...source.lampiran.dukunganSumberDaya], skemaPertanggungjawaban: [...source.lampiran.skemaPertanggungjawaban], konsekuensi: [...source.lampiran.konsekuensi] };
  return switchApproach({ approach: source.approach, rhk, perilaku: perilakuRows(source.perilaku), lampiran }, source.approach);
}

/**
 * Cascading from the supervisor (issue: "start from the supervisor's RHK"): one Utama RHK for each
 * supervisor RHK that no RHK of this plan supports yet, already linked, with one empty IKI.
 */
export function rhkFromSupervisor(supervisor: Pick<Skp, 'id' | 'rhk'>, current: readonly Rhk[], approach: SkpApproach, newId: NewId): Rhk[] {
  const supported = new Set(current.flatMap((r) => (r.intervensi?.kind === 'link' && r.intervensi.skpId === supervisor.id ? [r.intervensi.rhkId] : [])));
  return supervisor.rhk
    .filter((s) => !supported.has(s.id))
    .map((s) => ({ ...newRhk('utama', approach, newId), intervensi: { kind: 'link' as const, skpId: supervisor.id, rhkId: s.id, text: s.text } }));
}

/**
 * The plan flattened to one entry per RHK, per value and per list, so an audit entry records what
 * changed (that RHK, that list) rather than the whole SKP.
 */
export function planAuditView(plan: SkpPlan): Record<string, unknown> {
  const view: Record<string, unknown> = { approach: plan.approach, 'rhk.urutan': plan.rhk.map((r) => r.id) };
  for (const r of plan.rhk) view[`rhk.${r.id}`] = r;
  for (const p of plan.perilaku) view[`perilaku.${p.value}`] = p.ekspektasi;
  for (const key of LAMPIRAN_KEYS) view[`lampiran.${key}`] = plan.lampiran[key];
  return view;
}
