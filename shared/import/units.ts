/**
 * Finding the unit a row names. Unit names repeat across an agency ("Sekretariat", "Subbagian Umum
 * dan Kepegawaian" in every dinas), so the optional Perangkat Daerah column, matched against the
 * unit itself or any unit above it, tells them apart.
 */
import type { Unit } from '../schemas/entities';
import type { Parsed } from './values';
import { normaliseName } from './values';

export interface UnitIndex {
  resolve(unitName: string, perangkatDaerah: string): Parsed<Unit>;
  /** The perangkat daerah or kecamatan a unit belongs to (itself at that level, or the root). */
  topOf(unitId: string): Unit | undefined;
}

function ancestryOf(byId: Map<string, Unit>, unit: Unit): Unit[] {
  const chain: Unit[] = [unit];
  const seen = new Set([unit.id]);
  let parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  while (parent && !seen.has(parent.id)) {
    chain.push(parent);
    seen.add(parent.id);
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return chain;
}

function listNames(units: Unit[], topOf: (id: string) => Unit | undefined): string {
  const names = units.slice(0, 5).map((u) => topOf(u.id)?.name ?? u.name);
  return `${names.join('; ')}${units.length > 5 ? '; …' : ''}`;
}

export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byName = new Map<string, Unit[]>();
  for (const u of units) {
    const key = normaliseName(u.name);
    byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  const ancestry = new Map(units.map((u) => [u.id, ancestryOf(byId, u)]));
  const topOf = (unitId: string): Unit | undefined => {
    const chain = ancestry.get(unitId);
    if (!chain) return undefined;
    return chain.length >= 2 ? chain[chain.length - 2] : chain[0];
  };

  const resolve = (unitName: string, perangkatDaerah: string): Parsed<Unit> => {
    const candidates = byName.get(normaliseName(unitName)) ?? [];
    if (candidates.length === 0) {
      return { ok: false, message: `unit kerja "${unitName}" tidak ada di aplikasi. Tambahkan unit tersebut lebih dahulu di menu Pegawai → Unit kerja, atau perbaiki namanya agar sama dengan nama unit di aplikasi.` };
    }
    if (perangkatDaerah === '') {
      if (candidates.length === 1) return { ok: true, value: candidates[0]! };
      return { ok: false, message: `ada ${candidates.length} unit kerja bernama "${unitName}" (di ${listNames(candidates, topOf)}). Isi kolom Perangkat Daerah agar unitnya dapat dipastikan.` };
    }
    const pd = normaliseName(perangkatDaerah);
    const within = candidates.filter((u) => (ancestry.get(u.id) ?? []).some((a) => normaliseName(a.name) === pd));
    if (within.length === 1) return { ok: true, value: within[0]! };
    if (within.length === 0) {
      return { ok: false, message: `unit kerja "${unitName}" tidak berada di bawah "${perangkatDaerah}" (unit ini ada di ${listNames(candidates, topOf)}). Perbaiki kolom Unit Kerja atau Perangkat Daerah.` };
    }
    return { ok: false, message: `ada ${within.length} unit kerja bernama "${unitName}" di bawah "${perangkatDaerah}". Beri nama yang berbeda pada unit-unit tersebut di aplikasi.` };
  };
  return { resolve, topOf };
}
