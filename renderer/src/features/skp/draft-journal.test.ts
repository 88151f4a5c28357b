import { describe, expect, it } from 'vitest';
import { perilakuRows } from '@shared/domain/skp-plan';
import { clearJournal, readJournal, writeJournal } from './draft-journal';

class MemoryStorage implements Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const plan = { approach: 'kualitatif' as const, rhk: [], perilaku: perilakuRows(), lampiran: { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: [], konsekuensi: [] } };

describe('draft journal', () => {
  it('keeps what was typed with the version it started from, and forgets it on clear', () => {
    const store = new MemoryStorage() as unknown as Storage;
    writeJournal('s1', '2027-01-05T00:00:00.000Z', { ...plan, extra: 'dropped' } as typeof plan, store);
    expect(readJournal('s1', store)).toEqual({ base: '2027-01-05T00:00:00.000Z', plan });
    clearJournal('s1', store);
    expect(readJournal('s1', store)).toBeNull();
  });

  it('ignores a damaged or foreign entry, and works without storage', () => {
    const store = new MemoryStorage() as unknown as Storage;
    store.setItem('peka.skp-draft.s1', '{not json');
    expect(readJournal('s1', store)).toBeNull();
    store.setItem('peka.skp-draft.s1', JSON.stringify({ base: 'x', plan: { approach: 'lain' } }));
    expect(readJournal('s1', store)).toBeNull();
    expect(() => writeJournal('s1', 'x', plan, undefined)).not.toThrow();
    expect(readJournal('s1', undefined)).toBeNull();
  });
});
