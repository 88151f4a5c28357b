import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderExport, type FolderFs } from './folder-export';
import { nodeFolderFs } from './folder-export-fs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'peka-folder-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


let tokens = 0;
function exporter(chosen: string | null, fsImpl: FolderFs = nodeFolderFs) {
  return createFolderExport({
    dialog: { showOpenDialog: async () => (chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] }) },
    fs: fsImpl,
    newToken: () => (tokens++).toString(16).padStart(32, '0'),
  });
}
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);
const begin = async (x: ReturnType<typeof exporter>, folderName = 'Dokumen Evaluasi - BKPSDM - TW I 2026') => {
  const r = await x.handlers['folder:begin']({ folderName });
  if (!r.chosen) throw new Error('not chosen');
  return r.token;
};

describe('folder export', () => {
  it('writes every file into a hidden staging folder and shows the folder only when finished', async () => {
    const x = exporter(dir);
    const token = await begin(x);
    await x.handlers['folder:write']({ token, fileName: '1990 - Siti.pdf', data: pdf('a') });
    expect(await x.handlers['folder:write']({ token, fileName: '1991 - Budi.pdf', data: pdf('b') })).toEqual({ written: 2 });
    expect(readdirSync(dir)).toEqual([`.peka-ekspor-${token}`]);
    const done = await x.handlers['folder:finish']({ token, keep: true });
    expect(done).toEqual({ kept: true, folderName: 'Dokumen Evaluasi - BKPSDM - TW I 2026', files: 2 });
    expect(readdirSync(dir)).toEqual(['Dokumen Evaluasi - BKPSDM - TW I 2026']);
    const out = join(dir, 'Dokumen Evaluasi - BKPSDM - TW I 2026');
    expect(readdirSync(out).sort()).toEqual(['1990 - Siti.pdf', '1991 - Budi.pdf']);
    expect(readFileSync(join(out, '1991 - Budi.pdf'), 'latin1')).toBe('%PDF-1.7 b');
  });

  it('never overwrites: a second export with the same name gets "(2)"', async () => {
    const x = exporter(dir);
    for (const expected of ['Ekspor', 'Ekspor (2)']) {
      const token = await begin(x, 'Ekspor');
      await x.handlers['folder:write']({ token, fileName: 'a.pdf', data: pdf('a') });
      expect(await x.handlers['folder:finish']({ token, keep: true })).toMatchObject({ folderName: expected });
    }
  });

  it('a cancelled export leaves nothing behind, and its token is dead', async () => {
    const x = exporter(dir);
    const token = await begin(x);
    await x.handlers['folder:write']({ token, fileName: 'a.pdf', data: pdf('a') });
    expect(await x.handlers['folder:finish']({ token, keep: false })).toEqual({ kept: false });
    expect(readdirSync(dir)).toEqual([]);
    await expect(x.handlers['folder:write']({ token, fileName: 'b.pdf', data: pdf('b') })).rejects.toMatchObject({ code: 'folder/invalid-session' });
  });

  it('a cancelled dialog is not an error and creates nothing', async () => {
    expect(await exporter(null).handlers['folder:begin']({ folderName: 'x' })).toEqual({ chosen: false });
  });

  it('refuses a file name written twice (case-insensitive, as on Windows) and an unknown token', async () => {
    const x = exporter(dir);
    const token = await begin(x);
    await x.handlers['folder:write']({ token, fileName: 'Siti.pdf', data: pdf('a') });
    await expect(x.handlers['folder:write']({ token, fileName: 'SITI.pdf', data: pdf('b') })).rejects.toMatchObject({ code: 'folder/invalid-session' });
    await expect(x.handlers['folder:finish']({ token: 'f'.repeat(32), keep: true })).rejects.toMatchObject({ code: 'folder/invalid-session' });
  });

  it('a failing rename removes the staging folder and reports file/write-failed', async () => {
    const x = exporter(dir, { ...nodeFolderFs, rename: async () => Promise.reject(new Error('EXDEV')) });
    const token = await begin(x);
    await x.handlers['folder:write']({ token, fileName: 'a.pdf', data: pdf('a') });
    await expect(x.handlers['folder:finish']({ token, keep: true })).rejects.toMatchObject({ code: 'file/write-failed' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('at quit, exports still open are removed', async () => {
    const x = exporter(dir);
    const token = await begin(x);
    await x.handlers['folder:write']({ token, fileName: 'a.pdf', data: pdf('a') });
    x.abandonAllSync();
    expect(existsSync(join(dir, `.peka-ekspor-${token}`))).toBe(false);
  });
});
