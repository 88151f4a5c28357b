import { basename, dirname, resolve, sep } from 'node:path';
import type { HostOutput } from '@shared/host/contract';
import { HostFailure } from '../host-failure';
import type { ParsedInput } from '../ipc';
import { parseRollingConfig, ROLLING_NAME, type RollingConfig, rollingFileName } from './rolling-config';

/**
 * Automatic rolling backups (desktop): the renderer makes the backup bytes; main writes them into
 * the folder the user picked in main's own dialog, then keeps only the newest `keep` of its files.
 * The renderer never sends a path, and every path main touches is checked to lie in that folder.
 */

export type FolderDialog = {
  showOpenDialog(options: { title: string; properties: Array<'openDirectory' | 'createDirectory'> }): Promise<{ canceled: boolean; filePaths: string[] }>;
};

export type RollingFs = {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean }>;
};

export type RollingDeps = { dialog: FolderDialog; fs: RollingFs; configFile: string; now?: () => Date };

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

/** The one guard every write and delete goes through: the target is a direct child of the folder. */
export function insideFolder(folder: string, name: string): string {
  const target = resolve(folder, name);
  if (dirname(target) !== resolve(folder) || basename(target) !== name || name.includes(sep)) {
    throw new HostFailure('backup/folder-unavailable', 'path outside the chosen folder');
  }
  return target;
}

type Store = { load(): Promise<RollingConfig>; save(config: RollingConfig): Promise<HostOutput<'backup:rolling-status'>> };

const status = (c: RollingConfig): HostOutput<'backup:rolling-status'> => ({ supported: true, folder: c.folder, keep: c.keep, lastWrittenAt: c.lastWrittenAt, lastFileName: c.lastFileName });

/** Main's settings file: a missing or damaged one means "no folder yet". */
function store(deps: RollingDeps): Store {
  return {
    async load() {
      const text = await deps.fs.readFile(deps.configFile).then((b) => new TextDecoder().decode(b), (e: unknown) => (isMissing(e) ? null : Promise.reject(e)));
      return parseRollingConfig(text);
    },
    async save(config) {
      await deps.fs.writeFile(deps.configFile, new TextEncoder().encode(JSON.stringify(config)));
      return status(config);
    },
  };
}

async function configure(deps: RollingDeps, s: Store, input: ParsedInput<'backup:rolling-configure'>): Promise<HostOutput<'backup:rolling-configure'>> {
  const config = await s.load();
  switch (input.action) {
    case 'choose-folder': {
      const picked = await deps.dialog.showOpenDialog({ title: 'Pilih folder cadangan otomatis', properties: ['openDirectory', 'createDirectory'] });
      const folder = picked.filePaths[0];
      if (picked.canceled || !folder) return status(config);
      return s.save({ ...config, folder: resolve(folder) });
    }
    case 'set-keep':
      return s.save({ ...config, keep: input.keep });
    case 'turn-off':
      return s.save({ ...config, folder: null });
  }
}

/** Keeps the newest `keep` files main made; nothing else in the folder is looked at twice. */
async function prune(fs: RollingFs, folder: string, keep: number): Promise<number> {
  const ours = (await fs.readdir(folder)).filter((n) => ROLLING_NAME.test(n)).sort();
  const old = ours.slice(0, Math.max(0, ours.length - keep));
  for (const name of old) await fs.unlink(insideFolder(folder, name));
  return old.length;
}

async function write(deps: RollingDeps, s: Store, input: ParsedInput<'backup:rolling-write'>): Promise<HostOutput<'backup:rolling-write'>> {
  const config = await s.load();
  if (!config.folder) return { written: false };
  const folder = config.folder;
  const info = await deps.fs.stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new HostFailure('backup/folder-unavailable', folder);
  const at = (deps.now ?? (() => new Date()))();
  const fileName = rollingFileName(at);
  const partial = insideFolder(folder, `.${fileName}.sebagian`);
  try {
    // Written aside first and renamed: a crash never leaves a half file under a backup's name.
    await deps.fs.writeFile(partial, input.data);
    await deps.fs.rename(partial, insideFolder(folder, fileName));
  } catch (error) {
    throw new HostFailure('file/write-failed', error instanceof Error ? error.message : String(error));
  }
  const removed = await prune(deps.fs, folder, config.keep);
  await s.save({ ...config, lastWrittenAt: at.toISOString(), lastFileName: fileName });
  return { written: true, fileName, removed };
}

export function createRollingBackupHandlers(deps: RollingDeps) {
  const s = store(deps);
  return {
    'backup:rolling-status': async () => status(await s.load()),
    'backup:rolling-configure': (input: ParsedInput<'backup:rolling-configure'>) => configure(deps, s, input),
    'backup:rolling-write': (input: ParsedInput<'backup:rolling-write'>) => write(deps, s, input),
  };
}
