import { basename, isAbsolute, join } from 'node:path';
import { type FileFilter, type HostOutput, MAX_FILE_BYTES } from '@shared/host/contract';
import { HostFailure } from './host-failure';
import type { ParsedInput } from './ipc';

/** The slices of Electron's dialog and of node:fs/promises these handlers use (injected for tests). */
export type FileDialog = {
  showSaveDialog(options: { defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: { properties: Array<'openFile'>; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
};

export type FileSystem = {
  writeFile(path: string, data: Uint8Array): Promise<void>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
};

export type FileHandlerDeps = {
  dialog: FileDialog;
  fs: FileSystem;
  /** Folder the save dialog starts in, e.g. app.getPath('documents'). */
  defaultDir?: string;
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The dialog's answer is the user's choice, and the only path a handler ever touches (the renderer
 * cannot send one: tests/security/file-paths.test.ts). Anything but a plain absolute path is refused.
 */
export function isChosenPath(path: string): boolean {
  return path.length > 0 && !path.includes('\0') && isAbsolute(path);
}

async function saveFile(deps: FileHandlerDeps, input: ParsedInput<'file:save'>): Promise<HostOutput<'file:save'>> {
  const defaultPath = deps.defaultDir ? join(deps.defaultDir, input.suggestedName) : input.suggestedName;
  const result = await deps.dialog.showSaveDialog({ defaultPath, filters: input.filters });
  if (result.canceled || !result.filePath) return { saved: false };
  if (!isChosenPath(result.filePath)) throw new HostFailure('file/write-failed', 'Jalur dari dialog tidak sah');
  try {
    await deps.fs.writeFile(result.filePath, input.data);
  } catch (error) {
    throw new HostFailure('file/write-failed', describe(error));
  }
  return { saved: true, fileName: basename(result.filePath) };
}

async function openFile(deps: FileHandlerDeps, input: ParsedInput<'file:open'>): Promise<HostOutput<'file:open'>> {
  const result = await deps.dialog.showOpenDialog({ properties: ['openFile'], filters: input.filters });
  const filePath = result.filePaths[0];
  if (result.canceled || !filePath) return { opened: false };
  if (!isChosenPath(filePath)) throw new HostFailure('file/read-failed', 'Jalur dari dialog tidak sah');
  const maxBytes = input.maxBytes ?? MAX_FILE_BYTES;
  // Stat first so a huge file is refused without reading it into memory.
  const info = await deps.fs.stat(filePath).catch((error: unknown) => {
    throw new HostFailure('file/read-failed', describe(error));
  });
  if (!info.isFile()) throw new HostFailure('file/read-failed', 'Bukan berkas biasa');
  if (info.size > maxBytes) throw new HostFailure('file/too-large', `${info.size} > ${maxBytes} bita`);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await deps.fs.readFile(filePath);
  } catch (error) {
    throw new HostFailure('file/read-failed', describe(error));
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new HostFailure('file/too-large', `${bytes.byteLength} > ${maxBytes} bita`);
  // A plain Uint8Array view (not a Buffer) so the renderer receives exactly the contract's type.
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { opened: true, fileName: basename(filePath), data };
}

export function createFileHandlers(deps: FileHandlerDeps) {
  return {
    'file:save': (input: ParsedInput<'file:save'>) => saveFile(deps, input),
    'file:open': (input: ParsedInput<'file:open'>) => openFile(deps, input),
  };
}
