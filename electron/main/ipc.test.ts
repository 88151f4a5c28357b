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
};

const malformedInputs: { [C in HostChannel]: unknown[] } = {
  'app:info': [{ extra: true }, 'x'],
  'file:save': [
    undefined,
    { suggestedName: '../etc/passwd', filters: [], data: new Uint8Array() },
    { suggestedName: 'a.pdf', filters: [], data: 'not bytes' },
  ],
  'file:open': [undefined, { filters: [], maxBytes: -1 }, { filters: [{ name: 'x', extensions: ['../'] }] }],
};

function fakeHandlers(): HostHandlers {
  return {
    'app:info': () => ({ name: 'Peka', version: '0.1.0', host: 'electron', platform: 'linux' }),
    'file:save': () => ({ saved: true, fileName: 'skp.pdf' }),
    'file:open': () => ({ opened: false }),
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
