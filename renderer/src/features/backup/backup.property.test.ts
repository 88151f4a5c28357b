import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/crypto/sha256';
import type { AppDb } from '../../db/db';
import { checkBackup, exportBackup, restoreBackup } from './backup.commands';
import { APP_VERSION, dropDb, freshDb, LATER, NOW } from './backup.test-helper';

/** Small edits a desk makes between backups: text, deletions, new evidence files with random bytes. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat(50), name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0) }),
  fc.record({ kind: fc.constant('agency' as const), name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0) }),
  fc.record({ kind: fc.constant('drop-feedback' as const), index: fc.nat(200) }),
  fc.record({ kind: fc.constant('file' as const), bytes: fc.uint8Array({ minLength: 0, maxLength: 2048 }), type: fc.constantFrom('application/pdf', 'image/png', '') }),
  fc.record({ kind: fc.constant('realisasi' as const), index: fc.nat(300), text: fc.string({ maxLength: 80 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

async function apply(db: AppDb, e: Edit): Promise<void> {
  switch (e.kind) {
    case 'rename': {
      const employees = await db.employees.toArray();
      await db.employees.update(employees[e.index % employees.length]!.id, { name: e.name });
      return;
    }
    case 'agency':
      await db.settings.update('app', { agencyName: e.name });
      return;
    case 'drop-feedback': {
      const keys = await db.feedback.toCollection().primaryKeys();
      if (keys.length > 0) await db.feedback.delete(keys[e.index % keys.length]!);
      return;
    }
    case 'file':
      await db.evidenceBlobs.put({ id: `acak-${crypto.randomUUID()}`, data: new Blob([e.bytes as Uint8Array<ArrayBuffer>], { type: e.type }) });
      return;
    case 'realisasi': {
      const all = await db.realisasi.toArray();
      const r = all[e.index % all.length]!;
      await db.realisasi.put({ ...r, rencanaAksi: [...r.rencanaAksi, e.text] });
      return;
    }
  }
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);

let source: AppDb;
let target: AppDb;
beforeAll(async () => {
  source = await freshDb();
  target = await freshDb();
});
afterAll(async () => {
  await dropDb(source);
  await dropDb(target);
});

describe('export → restore → export', () => {
  it('gives the same content, entry for entry; the log only gains the restore entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        for (const e of edits) await apply(source, e);
        const first = await exportBackup(source, { appVersion: APP_VERSION, now: NOW });
        const checked = await checkBackup(target, first.bytes);
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
        await restoreBackup(target, checked.value, { now: LATER });
        const second = await exportBackup(target, { appVersion: APP_VERSION, now: NOW });
        const a = unzipSync(first.bytes);
        const b = unzipSync(second.bytes);
        expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
        for (const name of Object.keys(a)) {
          if (name === 'manifest.json' || name === 'tables/audit.ndjson') continue;
          expect(sha256Hex(b[name]!), name).toBe(sha256Hex(a[name]!));
        }
        const auditA = text(a['tables/audit.ndjson']!).split('\n');
        const auditB = text(b['tables/audit.ndjson']!).split('\n');
        expect(auditB.slice(0, -1)).toEqual(auditA);
        expect(auditB.at(-1)).toContain('Basis data dipulihkan dari cadangan');
        expect({ ...second.manifest, entries: {}, tables: { ...second.manifest.tables, audit: 0 } }).toEqual({ ...first.manifest, entries: {}, tables: { ...first.manifest.tables, audit: 0 } });
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
