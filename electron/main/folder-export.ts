import { join } from 'node:path';
import type { HostOutput } from '@shared/host/contract';
import { MAX_FOLDER_FILES } from '@shared/host/folder-contract';
import { isChosenPath } from './file.handlers';
import { HostFailure } from './host-failure';
import type { ParsedInput } from './ipc';

/**
 * Bulk export into a folder (shared/host/folder-contract.ts). Files go into a hidden staging folder
 * inside the parent the user chose; finishing renames it to its final, visible name in one step
 * (so the folder appears whole or not at all), or deletes it.
 */

export type FolderDialog = {
  showOpenDialog(options: { title: string; buttonLabel: string; defaultPath?: string; properties: Array<'openDirectory' | 'createDirectory'> }): Promise<{ canceled: boolean; filePaths: string[] }>;
};

export type FolderFs = {
  mkdir(path: string): Promise<unknown>;
  writeFile(path: string, data: Uint8Array, options: { flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
  rmSync(path: string, options: { recursive: true; force: true }): void;
  exists(path: string): Promise<boolean>;
};

export type FolderExportDeps = {
  dialog: FolderDialog;
  fs: FolderFs;
  /** 32 lower-case hex characters, e.g. randomBytes(16).toString('hex'). */
  newToken(): string;
  defaultDir?: string;
  log?: (message: string) => void;
};

type Session = { parent: string; staging: string; folderName: string; files: Set<string> };

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** "Dokumen Evaluasi - BKPSDM", then "Dokumen Evaluasi - BKPSDM (2)", … for a name already taken. */
export async function freeName(fs: Pick<FolderFs, 'exists'>, parent: string, name: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    if (!(await fs.exists(join(parent, candidate)))) return candidate;
  }
  throw new HostFailure('file/write-failed', 'Tidak ada nama folder yang bebas');
}

export function createFolderExport(deps: FolderExportDeps) {
  const sessions = new Map<string, Session>();
  const sessionOf = (token: string): Session => {
    const s = sessions.get(token);
    if (!s) throw new HostFailure('folder/invalid-session', 'Ekspor tidak dikenal atau sudah selesai');
    return s;
  };

  async function begin(input: ParsedInput<'folder:begin'>): Promise<HostOutput<'folder:begin'>> {
    const result = await deps.dialog.showOpenDialog({
      title: 'Pilih folder tujuan ekspor',
      buttonLabel: 'Ekspor ke sini',
      ...(deps.defaultDir ? { defaultPath: deps.defaultDir } : {}),
      properties: ['openDirectory', 'createDirectory'],
    });
    const parent = result.filePaths[0];
    if (result.canceled || !parent) return { chosen: false };
    if (!isChosenPath(parent)) throw new HostFailure('file/write-failed', 'Jalur dari dialog tidak sah');
    const token = deps.newToken();
    const staging = join(parent, `.peka-ekspor-${token}`);
    try {
      await deps.fs.mkdir(staging);
    } catch (error) {
      throw new HostFailure('file/write-failed', describe(error));
    }
    sessions.set(token, { parent, staging, folderName: input.folderName, files: new Set() });
    return { chosen: true, token };
  }

  async function write(input: ParsedInput<'folder:write'>): Promise<HostOutput<'folder:write'>> {
    const s = sessionOf(input.token);
    const key = input.fileName.toLowerCase();
    if (s.files.has(key)) throw new HostFailure('folder/invalid-session', `Nama berkas ganda: ${input.fileName}`);
    if (s.files.size >= MAX_FOLDER_FILES) throw new HostFailure('folder/invalid-session', `Lebih dari ${MAX_FOLDER_FILES} berkas`);
    try {
      await deps.fs.writeFile(join(s.staging, input.fileName), input.data, { flag: 'wx' });
    } catch (error) {
      throw new HostFailure('file/write-failed', describe(error));
    }
    s.files.add(key);
    return { written: s.files.size };
  }

  async function finish(input: ParsedInput<'folder:finish'>): Promise<HostOutput<'folder:finish'>> {
    const s = sessionOf(input.token);
    sessions.delete(input.token);
    if (!input.keep) {
      await deps.fs.rm(s.staging, { recursive: true, force: true });
      return { kept: false };
    }
    try {
      const name = await freeName(deps.fs, s.parent, s.folderName);
      await deps.fs.rename(s.staging, join(s.parent, name));
      return { kept: true, folderName: name, files: s.files.size };
    } catch (error) {
      await deps.fs.rm(s.staging, { recursive: true, force: true }).catch(() => undefined);
      throw error instanceof HostFailure ? error : new HostFailure('file/write-failed', describe(error));
    }
  }

  return {
    handlers: {
      'folder:begin': begin,
      'folder:write': write,
      'folder:finish': finish,
    },
    /** At quit: exports still open (the window closed mid-way) leave no staging folder behind. */
    abandonAllSync(): void {
      for (const s of sessions.values()) {
        try {
          deps.fs.rmSync(s.staging, { recursive: true, force: true });
        } catch (error) {
          deps.log?.(`folder ekspor sementara tidak terhapus: ${describe(error)}`);
        }
      }
      sessions.clear();
    },
  };
}
