import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOST_CHANNELS, type HostChannel } from '@shared/host/channels';
import type { HostBridge } from '@shared/host/host-api';
import { createTranslator } from '@shared/i18n/translate';
import { createFolderExport, type FolderFs } from '../../../../electron/main/folder-export';
import { nodeFolderFs } from '../../../../electron/main/folder-export-fs';
import { dispatch, type HostHandlers } from '../../../../electron/main/ipc';
import { createElectronHost } from '../../host/electron-host';
import { FakeWorker, item } from './bulk-export.test-helper';
import { RenderPool } from './render-pool';
import { exportToFolder } from './use-bulk-export';

// The renderer's folder export against main's real folder handlers, through the contract's
// validation on both sides (only the render workers are stand-ins, as in bulk-export.test.ts).
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'peka-folder-ui-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


function desktopHost(chosen: string | null, fsImpl: FolderFs = nodeFolderFs) {
  let n = 0;
  const folders = createFolderExport({
    dialog: { showOpenDialog: async () => (chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] }) },
    fs: fsImpl,
    newToken: () => (n++).toString(16).padStart(32, 'a'),
  });
  const handlers = folders.handlers as Partial<HostHandlers>;
  const event = { senderFrame: { url: 'file:///app/index.html' } };
  const bridge = Object.fromEntries(
    HOST_CHANNELS.map((c: HostChannel) => [c, (input: unknown) => dispatch(c, handlers[c] as HostHandlers[typeof c], event, input, { isTrustedSender: () => true })]),
  ) as unknown as HostBridge;
  return createElectronHost(bridge);
}

const t = createTranslator('id');
const run = (signal = new AbortController().signal) => ({ pool: new RenderPool(2, () => new FakeWorker()), signal, onProgress: () => {} });

describe('bulk export into a folder (desktop)', () => {
  it('asks for the place first, writes one file per employee, and the folder appears whole', async () => {
    const outcome = await exportToFolder(desktopHost(dir), Array.from({ length: 6 }, (_, i) => item(i)), '2026-TW1-dokumen-evaluasi-bappeda', run(), t, performance.now());
    expect(outcome.kind).toBe('done');
    expect(outcome.message).toMatch(/^6 dokumen disimpan ke folder 2026-TW1-dokumen-evaluasi-bappeda \(/);
    const folder = join(dir, '2026-TW1-dokumen-evaluasi-bappeda');
    expect(readdirSync(dir)).toEqual(['2026-TW1-dokumen-evaluasi-bappeda']);
    expect(readdirSync(folder).sort()).toEqual(['doc-0.pdf', 'doc-1.pdf', 'doc-2.pdf', 'doc-3.pdf', 'doc-4.pdf', 'doc-5.pdf']);
    expect(readFileSync(join(folder, 'doc-3.pdf'), 'latin1')).toBe('D3');
  });

  it('a cancelled dialog renders nothing and saves nothing', async () => {
    FakeWorker.made = [];
    const outcome = await exportToFolder(desktopHost(null), [item(0)], 'x', run(), t, 0);
    expect(outcome.kind).toBe('not-saved');
    expect(FakeWorker.made.reduce((s, w) => s + w.rendered, 0)).toBe(0);
  });

  it('cancel mid-way leaves no folder and no file behind', async () => {
    const ctl = new AbortController();
    const opts = { ...run(ctl.signal), onProgress: (p: { done: number }) => p.done === 3 && ctl.abort() };
    await expect(exportToFolder(desktopHost(dir), Array.from({ length: 40 }, (_, i) => item(i)), 'batal', opts, t, 0)).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a disk error while writing stops the export, names the problem, and removes what was written', async () => {
    let writes = 0;
    const failing: FolderFs = { ...nodeFolderFs, writeFile: async (p, d, o) => (++writes === 3 ? Promise.reject(new Error('ENOSPC: disk penuh')) : nodeFolderFs.writeFile(p, d, o)) };
    const err = await exportToFolder(desktopHost(dir, failing), Array.from({ length: 8 }, (_, i) => item(i)), 'penuh', run(), t, 0).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'file/write-failed' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
