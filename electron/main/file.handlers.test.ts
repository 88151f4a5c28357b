import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FileDialog, createFileHandlers } from './file.handlers';
import { HostFailure } from './host-failure';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'peka-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pdf = [{ name: 'PDF', extensions: ['pdf'] }];

function fakeDialog(result: { save?: string | null; open?: string | null }): FileDialog {
  return {
    showSaveDialog: vi.fn(async () => (result.save ? { canceled: false, filePath: result.save } : { canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async () => (result.open ? { canceled: false, filePaths: [result.open] } : { canceled: true, filePaths: [] })),
  };
}

describe('file:save', () => {
  it('writes the bytes where the user chose', async () => {
    const target = join(dir, 'SKP Budi.pdf');
    const dialog = fakeDialog({ save: target });
    const handlers = createFileHandlers({ dialog, fs, defaultDir: dir });
    const result = await handlers['file:save']({ suggestedName: 'skp.pdf', filters: pdf, data: new Uint8Array([37, 80, 68, 70]) });
    expect(result).toEqual({ saved: true, fileName: 'SKP Budi.pdf' });
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({ defaultPath: join(dir, 'skp.pdf'), filters: pdf });
  });

  it('a cancelled dialog is not an error', async () => {
    const handlers = createFileHandlers({ dialog: fakeDialog({}), fs });
    expect(await handlers['file:save']({ suggestedName: 'a.pdf', filters: pdf, data: new Uint8Array() })).toEqual({ saved: false });
  });

  it('a failed write is file/write-failed', async () => {
    const handlers = createFileHandlers({ dialog: fakeDialog({ save: join(dir, 'missing', 'a.pdf') }), fs });
    await expect(handlers['file:save']({ suggestedName: 'a.pdf', filters: pdf, data: new Uint8Array([1]) })).rejects.toMatchObject({
      code: 'file/write-failed',
    });
  });
});

describe('file:open', () => {
  it('returns the name and bytes as a plain Uint8Array', async () => {
    const source = join(dir, 'cadangan.json');
    writeFileSync(source, '{"a":1}');
    const handlers = createFileHandlers({ dialog: fakeDialog({ open: source }), fs });
    const result = await handlers['file:open']({ filters: pdf });
    expect(result).toMatchObject({ opened: true, fileName: 'cadangan.json' });
    if (!result.opened) throw new Error('not opened');
    expect(result.data.constructor).toBe(Uint8Array);
    expect(new TextDecoder().decode(result.data)).toBe('{"a":1}');
  });

  it('a cancelled dialog is not an error', async () => {
    const handlers = createFileHandlers({ dialog: fakeDialog({}), fs });
    expect(await handlers['file:open']({ filters: pdf })).toEqual({ opened: false });
  });

  it('refuses a file over maxBytes without reading it', async () => {
    const source = join(dir, 'besar.bin');
    writeFileSync(source, new Uint8Array(2048));
    const readFile = vi.fn((path: string) => fs.readFile(path));
    const handlers = createFileHandlers({ dialog: fakeDialog({ open: source }), fs: { ...fs, readFile } });
    const error = await handlers['file:open']({ filters: pdf, maxBytes: 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostFailure);
    expect(error).toMatchObject({ code: 'file/too-large' });
    expect(readFile).not.toHaveBeenCalled();
  });

  it('a folder or vanished file is file/read-failed', async () => {
    const handlers = createFileHandlers({ dialog: fakeDialog({ open: dir }), fs });
    await expect(handlers['file:open']({ filters: pdf })).rejects.toMatchObject({ code: 'file/read-failed' });
    const gone = createFileHandlers({ dialog: fakeDialog({ open: join(dir, 'nope') }), fs });
    await expect(gone['file:open']({ filters: pdf })).rejects.toMatchObject({ code: 'file/read-failed' });
  });
});
