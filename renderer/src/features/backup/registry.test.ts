import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TABLE_REGISTRY } from '@shared/schemas/registry';
import { AppDb } from '../../db/db';

/**
 * A table without a registry entry cannot be restored (every record is checked against its shared
 * schema), so adding a table without its entry must fail here first.
 */
describe('table registry', () => {
  const tables = new AppDb('peka-registry-check').dataTables.map((t) => t.name);

  it('has an entry for every table of the database', () => {
    const missing = tables.filter((t) => !(t in TABLE_REGISTRY));
    expect(missing, `add these tables to shared/schemas/registry.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no entry for a table that does not exist (a misspelt name)', () => {
    expect(Object.keys(TABLE_REGISTRY).filter((t) => !tables.includes(t))).toEqual([]);
  });
});
