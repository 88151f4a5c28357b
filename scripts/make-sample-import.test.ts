import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoAgency } from '../shared/demo/generate';
import { buildPreview, prepareTable } from '../shared/import';
import { readImportFile } from '../renderer/src/features/import/read-file';

const SAMPLE = 'resources/sample/contoh-impor-pegawai.xlsx';

describe('sample import file', () => {
  it('is what the generator makes, byte for byte', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'peka-sample-')), 'sample.xlsx');
    execFileSync(process.execPath, ['scripts/make-sample-import.mjs', '--out', out]);
    expect(Buffer.compare(readFileSync(out), readFileSync(SAMPLE))).toBe(0);
  });

  it('imports cleanly into the demo agency: every row new, two positions created, no fixes', async () => {
    const read = await readImportFile('contoh-impor-pegawai.xlsx', new Uint8Array(readFileSync(SAMPLE)));
    if (!read.ok) throw new Error(read.problem.code);
    const prepared = prepareTable(read.table);
    if (!prepared.ok) throw new Error(prepared.problem.code);
    expect(Object.values(prepared.value.mapping).every((col) => col !== null)).toBe(true);
    const p = buildPreview(prepared.value, prepared.value.mapping, generateDemoAgency(), { fileName: 'contoh', now: '2026-11-28T00:00:00.000Z', newId: () => crypto.randomUUID() });
    expect(p.rows.flatMap((r) => r.reasons)).toEqual([]);
    expect(p.counts).toEqual({ new: 27, update: 0, unchanged: 0, error: 0 });
    expect(p.newPositions.map((x) => x.name).sort()).toEqual(['Analis Sumber Daya Manusia Aparatur Ahli Pertama', 'Epidemiolog Kesehatan Ahli Muda']);
    expect(p.plan!.creates.filter((e) => e.kind === 'pppk')).toHaveLength(8);
  });
});
