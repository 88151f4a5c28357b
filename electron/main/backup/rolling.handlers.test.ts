import * as fs from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../host-failure';
import { createRollingBackupHandlers, insideFolder, type RollingFs } from './rolling.handlers';

const realFs: RollingFs = {
  readFile: (p) => fs.readFile(p),
  writeFile: (p, d) => fs.writeFile(p, d),
  rename: (a, b) => fs.rename(a, b),
  readdir: (p) => fs.readdir(p),
  unlink: (p) => fs.unlink(p),
  stat: (p) => fs.stat(p),
};

let root: string;
let folder: string;
let clock: Date;
beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'peka-rolling-'));
  folder = join(root, 'cadangan');
  await fs.mkdir(folder);
  clock = new Date(2026, 10, 28, 9, 0, 0);
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

function handlers(pick: string | null = folder) {
  return createRollingBackupHandlers({
    dialog: { showOpenDialog: async () => (pick ? { canceled: false, filePaths: [pick] } : { canceled: true, filePaths: [] }) },
    fs: realFs,
    configFile: join(root, 'rolling-backup.json'),
    now: () => clock,
  });
}

const data = new Uint8Array([1, 2, 3]);

describe('rolling backups', () => {
  it('writes nothing until the user has picked a folder', async () => {
    const h = handlers();
    expect(await h['backup:rolling-status']()).toEqual({ supported: true, folder: null, keep: 10, lastWrittenAt: null, lastFileName: null });
    expect(await h['backup:rolling-write']({ data })).toEqual({ written: false });
    const cancelled = handlers(null);
    expect((await cancelled['backup:rolling-configure']({ action: 'choose-folder' })).folder).toBeNull();
  });

  it('keeps the newest N of its own files and never touches anything else in the folder', async () => {
    const h = handlers();
    await h['backup:rolling-configure']({ action: 'choose-folder' });
    await h['backup:rolling-configure']({ action: 'set-keep', keep: 2 });
    await fs.writeFile(join(folder, 'laporan-penting.pdf'), 'x');
    await fs.writeFile(join(folder, 'peka-cadangan-20260101-0900.pekabak'), 'manual backup');
    const written: string[] = [];
    for (let i = 0; i < 4; i++) {
      clock = new Date(clock.getTime() + 3600_000);
      const r = await h['backup:rolling-write']({ data });
      if (r.written) written.push(r.fileName);
    }
    expect(written[0]).toBe('peka-cadangan-otomatis-20261128-100000.pekabak');
    expect((await fs.readdir(folder)).sort()).toEqual(['laporan-penting.pdf', 'peka-cadangan-20260101-0900.pekabak', written[2], written[3]].sort());
    expect(await fs.readFile(join(folder, written[3]!))).toEqual(Buffer.from(data));
    expect(await h['backup:rolling-status']()).toMatchObject({ folder, keep: 2, lastFileName: written[3] });
  });

  it('says so when the folder has gone (a removed USB drive)', async () => {
    const h = handlers();
    await h['backup:rolling-configure']({ action: 'choose-folder' });
    await fs.rm(folder, { recursive: true });
    await expect(h['backup:rolling-write']({ data })).rejects.toMatchObject({ code: 'backup/folder-unavailable' });
  });

  it('turns off, and refuses any path outside the chosen folder', async () => {
    const h = handlers();
    await h['backup:rolling-configure']({ action: 'choose-folder' });
    expect((await h['backup:rolling-configure']({ action: 'turn-off' })).folder).toBeNull();
    expect(() => insideFolder(folder, '../rolling-backup.json')).toThrow(HostFailure);
    expect(() => insideFolder(folder, '/etc/passwd')).toThrow(HostFailure);
    expect(insideFolder(folder, 'peka-cadangan-otomatis-20261128-100000.pekabak')).toBe(join(folder, 'peka-cadangan-otomatis-20261128-100000.pekabak'));
  });

  it('starts from defaults when its settings file is damaged', async () => {
    await fs.writeFile(join(root, 'rolling-backup.json'), '{"v":1,"folder":');
    expect((await handlers()['backup:rolling-status']()).folder).toBeNull();
  });
});
