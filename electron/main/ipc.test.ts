import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, type HostChannel } from '@shared/host/channels';
import { HostFailure } from './host-failure';
import { type HostHandlers, type InvokeEvent, type IpcMainLike, registerHostHandlers } from './ipc';

const APP_URL = 'file:///app/out/renderer/index.html';
const trusted: InvokeEvent = { senderFrame: { url: `${APP_URL}#/` } };

const validInputs: { [C in HostChannel]: unknown } = {
  'app:info': undefined,
  'file:save': { suggestedName: 'skp.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }], data: new Uint8Array([1, 2]) },
  'file:open': { filters: [{ name: 'JSON', extensions: ['json'] }], maxBytes: 1024 },
  'pdf:print': { fileName: 'skp.pdf', data: new TextEncoder().encode('%PDF-1.7\n') },
  'folder:begin': { folderName: 'Dokumen Evaluasi - BKPSDM' },
  'folder:write': { token: '0123456789abcdef0123456789abcdef', fileName: 'a.pdf', data: new Uint8Array([37]) },
  'folder:finish': { token: '0123456789abcdef0123456789abcdef', keep: true },
  'signing:open-certificate': { password: 'rahasia', remember: false },
  'signing:create-trial-certificate': { name: 'Siti', nip: '199512162025062001', agency: 'Pemkab Contoh', password: 'rahasia' },
  'signing:status': undefined,
  'signing:sign': { pdf: new Uint8Array([37, 80, 68, 70]), documentId: 'evaluasi-1', role: 'pegawai', signer: { name: 'Siti', nip: '19951216 202506 2 001' }, placement: { page: -1, x: 55, y: 266, width: 220, height: 52 } },
  'signing:forget': undefined,
  'backup:rolling-status': undefined,
  'backup:rolling-configure': { action: 'set-keep', keep: 5 },
  'backup:rolling-write': { data: new Uint8Array([80, 75, 3, 4]) },
};

const malformedInputs: { [C in HostChannel]: unknown[] } = {
  'app:info': [{ extra: true }, 'x'],
  'file:save': [
    undefined,
    { suggestedName: '../etc/passwd', filters: [], data: new Uint8Array() },
    { suggestedName: 'a.pdf', filters: [], data: 'not bytes' },
  ],
  'file:open': [undefined, { filters: [], maxBytes: -1 }, { filters: [{ name: 'x', extensions: ['../'] }] }],
  'pdf:print': [undefined, { fileName: '../skp.pdf', data: new Uint8Array([37]) }, { fileName: 'skp.pdf', data: '%PDF-1.7' }, { fileName: 'skp.pdf' }],
  'folder:begin': [undefined, { folderName: '../luar' }, { folderName: '.tersembunyi' }, { folderName: '' }],
  'folder:write': [{ token: 'x', fileName: 'a.pdf', data: new Uint8Array([1]) }, { token: '0123456789abcdef0123456789abcdef', fileName: '../a.pdf', data: new Uint8Array([1]) }, { token: '0123456789abcdef0123456789abcdef', fileName: 'a.pdf', data: 'bytes' }],
  'folder:finish': [{ token: '0123456789abcdef0123456789abcdef' }, { token: 'ZZ', keep: true }, undefined],
  'signing:open-certificate': [undefined, { password: 'x' }, { password: 1, remember: true }, { password: 'x'.repeat(2000), remember: false }],
  'signing:create-trial-certificate': [
    undefined,
    { name: '', nip: '199512162025062001', agency: 'A', password: 'rahasia' },
    { name: 'Siti', nip: '1995x', agency: 'A', password: 'rahasia' },
    { name: 'Siti', nip: '199512162025062001', agency: 'A', password: '123' },
  ],
  'signing:status': [{ any: 1 }, 'x'],
  'signing:sign': [
    undefined,
    { ...validSign(), pdf: 'not bytes' },
    { ...validSign(), pdf: new Uint8Array() },
    { ...validSign(), role: 'atasan' },
    { ...validSign(), signer: { name: 'Siti', nip: '<script>' } },
    { ...validSign(), placement: { page: 0, x: 0, y: 0, width: 10, height: 10 } },
    { ...validSign(), placement: { page: 1, x: 0, y: 0, width: -1, height: 10 } },
    { ...validSign(), documentId: '' },
    { ...validSign(), zona: 'UTC' },
  ],
  'signing:forget': [{ all: true }],
  'backup:rolling-status': [{ any: 1 }, 'x'],
  'backup:rolling-configure': [undefined, { action: 'set-keep', keep: 0 }, { action: 'set-keep', keep: 101 }, { action: 'delete-all' }, { path: '/etc' }],
  'backup:rolling-write': [undefined, { data: 'not bytes' }, { data: new Uint8Array() }],
};

function validSign(): Record<string, unknown> {
  return { ...(validInputs['signing:sign'] as Record<string, unknown>) };
}

const info = {
  subject: 'CN=Siti', commonName: 'Siti', organization: 'Pemkab Contoh', nip: '199512162025062001', issuer: 'CN=Siti', serialNumber: '4A1B',
  notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2027-01-01T00:00:00.000Z', selfSigned: true, trial: true, sha256: 'a'.repeat(64),
};
const record = {
  documentId: 'evaluasi-1', role: 'pegawai', fieldName: 'Tanda tangan Pegawai yang Dinilai', signerName: 'Siti', signerNip: '199512162025062001',
  signedAt: '2026-02-01T00:00:00.000Z', certificateSubject: 'CN=Siti', certificateSerial: '4A1B', certificateSha256: 'a'.repeat(64), trialCertificate: true,
  documentSha256Before: 'b'.repeat(64), documentSha256After: 'c'.repeat(64),
} as const;

const rolling = { supported: true, folder: null, keep: 10, lastWrittenAt: null, lastFileName: null };

function fakeHandlers(): HostHandlers {
  return {
    'app:info': () => ({ name: 'Peka', version: '0.1.0', host: 'electron', platform: 'linux' }),
    'file:save': () => ({ saved: true, fileName: 'skp.pdf' }),
    'file:open': () => ({ opened: false }),
    'pdf:print': () => ({ opened: true }),
    'folder:begin': () => ({ chosen: false }),
    'folder:write': () => ({ written: 1 }),
    'folder:finish': () => ({ kept: false }),
    'signing:open-certificate': () => ({ opened: false }),
    'signing:create-trial-certificate': () => ({ certificate: info, certificateDer: new Uint8Array([48]), remembered: false, saved: false }),
    'signing:status': () => ({ loaded: false, canRemember: true }),
    'signing:sign': () => ({ pdf: new Uint8Array([37]), record }),
    'signing:forget': () => ({ forgotten: true }),
    'backup:rolling-status': () => rolling,
    'backup:rolling-configure': () => rolling,
    'backup:rolling-write': () => ({ written: false }),
  };
}

function setup(handlers: HostHandlers = fakeHandlers(), logError = vi.fn()) {
  const registered = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
  registerHostHandlers(ipcMain, handlers, { isTrustedSender: (url) => url.startsWith(APP_URL), logError });
  const call = (channel: HostChannel, input: unknown, event: InvokeEvent = trusted) => registered.get(channel)!(event, input);
  return { registered, call, logError };
}

describe('registerHostHandlers', () => {
  it('registers exactly the contract channels', () => {
    expect([...setup().registered.keys()].sort()).toEqual([...HOST_CHANNELS].sort());
  });

  it('refuses to start with a handler missing', () => {
    const handlers = { ...fakeHandlers(), 'file:open': undefined } as unknown as HostHandlers;
    expect(() => setup(handlers)).toThrow(/file:open/);
  });

  it.each(HOST_CHANNELS)('%s: valid input → ok envelope', async (channel) => {
    const result = await setup().call(channel, validInputs[channel]);
    expect(result).toMatchObject({ ok: true });
  });

  it.each(HOST_CHANNELS)('%s: malformed input → host/invalid-input', async (channel) => {
    const { call } = setup();
    for (const input of malformedInputs[channel]) {
      const result = await call(channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'host/invalid-input' } });
    }
  });

  it.each(HOST_CHANNELS)('%s: untrusted or missing sender → host/forbidden-sender', async (channel) => {
    const { call } = setup();
    for (const event of [{ senderFrame: { url: 'https://example.com/' } }, { senderFrame: null }]) {
      expect(await call(channel, validInputs[channel], event)).toEqual({ ok: false, error: { code: 'host/forbidden-sender' } });
    }
  });

  it('a thrown bug becomes host/internal without its message or stack', async () => {
    const handlers = { ...fakeHandlers(), 'app:info': () => { throw new Error('secret /home/user path'); } };
    const { call, logError } = setup(handlers);
    const result = await call('app:info', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'host/internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logError).toHaveBeenCalledWith('app:info', expect.any(Error));
  });

  it('an expected HostFailure keeps its code and detail', async () => {
    const handlers = { ...fakeHandlers(), 'file:open': () => { throw new HostFailure('file/too-large', '5 > 4 bita'); } };
    const result = await setup(handlers).call('file:open', validInputs['file:open']);
    expect(result).toEqual({ ok: false, error: { code: 'file/too-large', detail: '5 > 4 bita' } });
  });

  it('output that breaks the contract is a bug, not a value', async () => {
    const handlers = { ...fakeHandlers(), 'file:save': () => ({ saved: 'yes' }) as never };
    const { call, logError } = setup(handlers);
    expect(await call('file:save', validInputs['file:save'])).toEqual({ ok: false, error: { code: 'host/internal' } });
    expect(logError).toHaveBeenCalled();
  });
});
