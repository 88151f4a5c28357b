import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { HostChannel } from '@shared/host/channels';
import { hostContract } from '@shared/host/contract';
import { createFileHandlers, type FileDialog, type FileSystem, isChosenPath } from '../../electron/main/file.handlers';
import { dispatch, type HostHandlers, type InvokeEvent } from '../../electron/main/ipc';
import { walkObjectKeys } from './junk';

/**
 * File handlers touch only what the user chose in a native dialog. The renderer cannot name a
 * path at all: no channel's input has a path-like field, and file names cannot carry one.
 */

const CHANNELS = Object.keys(hostContract) as HostChannel[];
const PATH_KEY = /(path|paths|dir|dirs|directory|folder|cwd|location)$/i;
const FILE_NAME_KEY = /(filename|suggestedname)$/i;
const PATHS_IN_NAMES = ['../skp.pdf', 'a/b.pdf', 'a\\b.pdf', '/etc/passwd', 'C:\\Windows\\win.ini', '\\\\server\\share', 'a\u0000.pdf', '..', '.'];

const trusted: InvokeEvent = { senderFrame: { url: 'file:///app/index.html' } };
const options = { isTrustedSender: (url: string) => url === 'file:///app/index.html' };
const pdf = [{ name: 'PDF', extensions: ['pdf'] }];
const HOME = resolve('/home/pegawai/Dokumen');

describe('the contract accepts no path from the renderer', () => {
  it.each(CHANNELS)('%s: no input field is a path, folder or directory', (channel) => {
    const offending: string[] = [];
    walkObjectKeys(hostContract[channel].input, (key) => {
      if (PATH_KEY.test(key)) offending.push(key);
    });
    expect(offending).toEqual([]);
  });

  it.each(CHANNELS)('%s: a file-name field refuses separators, drives, ".." and NUL', (channel) => {
    walkObjectKeys(hostContract[channel].input, (key, schema) => {
      if (!FILE_NAME_KEY.test(key)) return;
      for (const name of PATHS_IN_NAMES) expect(schema.safeParse(name).success, `${channel}.${key} accepts ${JSON.stringify(name)}`).toBe(false);
    });
  });
});

function spyFs(): FileSystem & { [K in keyof FileSystem]: ReturnType<typeof vi.fn> } {
  return {
    writeFile: vi.fn(async () => undefined),
    stat: vi.fn(async () => ({ size: 3, isFile: () => true })),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3])),
  };
}

function dialogAnswering(path: string | null) {
  const seen: string[] = [];
  const dialog: FileDialog = {
    showSaveDialog: vi.fn(async (o: { defaultPath: string }) => {
      seen.push(o.defaultPath);
      return path === null ? { canceled: true } : { canceled: false, filePath: path };
    }),
    showOpenDialog: vi.fn(async () => (path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] })),
  };
  return { dialog, seen };
}

describe('file:save', () => {
  it('suggests a name only inside the documents folder, whatever the renderer sends', async () => {
    const name = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...PATHS_IN_NAMES, 'SKP Budi.pdf', '..pdf', '....', 'a..b.pdf'));
    await fc.assert(
      fc.asyncProperty(name, async (suggestedName) => {
        const { dialog, seen } = dialogAnswering(null);
        const handlers = createFileHandlers({ dialog, fs: spyFs(), defaultDir: HOME });
        const input = { suggestedName, filters: pdf, data: new Uint8Array([1]) };
        await dispatch('file:save', handlers['file:save'] as HostHandlers['file:save'], trusted, input, options);
        for (const suggested of seen) expect(dirname(resolve(suggested))).toBe(HOME);
      }),
      { numRuns: 500 },
    );
  });

  it('writes once, exactly where the user chose', async () => {
    const target = join(HOME, 'SKP Budi.pdf');
    const fs = spyFs();
    const handlers = createFileHandlers({ dialog: dialogAnswering(target).dialog, fs, defaultDir: HOME });
    expect(await handlers['file:save']({ suggestedName: 'skp.pdf', filters: pdf, data: new Uint8Array([1]) })).toEqual({ saved: true, fileName: 'SKP Budi.pdf' });
    expect(fs.writeFile.mock.calls).toEqual([[target, new Uint8Array([1])]]);
  });

  it.each(['skp.pdf', './skp.pdf', '../skp.pdf', `${HOME}/a\u0000b.pdf`])('refuses a dialog answer that is not a plain absolute path: %j', async (answer) => {
    const fs = spyFs();
    const handlers = createFileHandlers({ dialog: dialogAnswering(answer).dialog, fs, defaultDir: HOME });
    await expect(handlers['file:save']({ suggestedName: 'skp.pdf', filters: pdf, data: new Uint8Array([1]) })).rejects.toMatchObject({ code: 'file/write-failed' });
    expect(fs.writeFile).not.toHaveBeenCalled();
  });
});

describe('file:open', () => {
  it('reads only the file the user chose', async () => {
    const source = join(HOME, 'pegawai.xlsx');
    const fs = spyFs();
    const handlers = createFileHandlers({ dialog: dialogAnswering(source).dialog, fs });
    expect(await handlers['file:open']({ filters: pdf })).toMatchObject({ opened: true, fileName: 'pegawai.xlsx' });
    expect(fs.stat.mock.calls).toEqual([[source]]);
    expect(fs.readFile.mock.calls).toEqual([[source]]);
  });

  it.each(['pegawai.xlsx', '../pegawai.xlsx', `${HOME}/a\u0000b.xlsx`])('refuses a dialog answer that is not a plain absolute path: %j', async (answer) => {
    const fs = spyFs();
    const handlers = createFileHandlers({ dialog: dialogAnswering(answer).dialog, fs });
    await expect(handlers['file:open']({ filters: pdf })).rejects.toMatchObject({ code: 'file/read-failed' });
    expect(fs.stat).not.toHaveBeenCalled();
    expect(fs.readFile).not.toHaveBeenCalled();
  });

  it('isChosenPath accepts absolute paths only', () => {
    expect(isChosenPath(HOME)).toBe(true);
    expect(isChosenPath('')).toBe(false);
    expect(isChosenPath('relative/x')).toBe(false);
  });
});
