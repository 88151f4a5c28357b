import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS, type HostChannel } from '@shared/host/channels';
import { HostErrorSchema, hostContract } from '@shared/host/contract';
import { dispatch, type HostHandlers, type InvokeEvent } from '../../electron/main/ipc';
import { createBrowserHost } from '../../renderer/src/host/browser-host';
import { payloadsFor } from './junk';

/**
 * Every host channel, old and new (the list comes from the contract object itself), gets random
 * payloads through the same dispatch main uses and through the browser host. The only acceptable
 * answer to malformed input is a 'host/invalid-input' envelope: no throw, no crash, and the
 * handler never runs.
 */

const CHANNELS = Object.keys(hostContract) as HostChannel[];
const APP_URL = 'file:///opt/Peka/resources/app.asar/out/renderer/index.html';
const trusted: InvokeEvent = { senderFrame: { url: `${APP_URL}#/` } };
const options = { isTrustedSender: (url: string) => url.startsWith(APP_URL), logError: () => undefined };
const RUNS = Number(process.env['PEKA_FUZZ_RUNS'] ?? 200);
// Huge strings and nested junk take a while on channels with many fields.
const TIMEOUT = 60_000;

/** A handler that only records what reached it; its (missing) output makes valid calls end as host/internal. */
function recorder() {
  const calls: unknown[] = [];
  const handler = (input: unknown) => {
    calls.push(input);
    return undefined as never;
  };
  return { calls, handler: handler as HostHandlers[HostChannel] };
}

function isInvalidInputEnvelope(result: unknown): boolean {
  const r = result as { ok?: unknown; error?: unknown };
  return r.ok === false && HostErrorSchema.safeParse(r.error).success && (r.error as { code: string }).code === 'host/invalid-input';
}

beforeAll(() => {
  vi.stubGlobal('__APP_VERSION__', '0.0.0-fuzz');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterAll(() => vi.restoreAllMocks());

describe('the contract is what main registers', () => {
  it('has the same channels as the preload list, each with input and output schemas', () => {
    expect([...CHANNELS].sort()).toEqual([...HOST_CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(typeof hostContract[channel].input.safeParse).toBe('function');
      expect(typeof hostContract[channel].output.safeParse).toBe('function');
    }
  });
});

describe.each(CHANNELS)('%s', (channel) => {
  const schema = hostContract[channel].input;

  it('main dispatch: malformed input → host/invalid-input, handler untouched; valid input reaches the handler parsed', async () => {
    await fc.assert(
      fc.asyncProperty(payloadsFor(schema), async (raw) => {
        const { calls, handler } = recorder();
        const parsed = schema.safeParse(raw);
        const result = await dispatch(channel, handler, trusted, raw, options);
        if (!parsed.success) {
          expect(isInvalidInputEnvelope(result), `answer: ${fc.stringify(result).slice(0, 300)}`).toBe(true);
          expect(calls).toEqual([]);
        } else {
          expect(calls).toHaveLength(1);
          expect(calls[0]).toEqual(parsed.data);
          expect(result).toMatchObject({ ok: false, error: { code: 'host/internal' } });
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('main dispatch: a foreign sender is refused before its payload is looked at', async () => {
    const foreign: InvokeEvent[] = [{ senderFrame: null }, { senderFrame: { url: 'https://example.com/' } }, { senderFrame: { url: 'file:///tmp/evil.html' } }];
    await fc.assert(
      fc.asyncProperty(payloadsFor(schema), fc.constantFrom(...foreign), async (raw, event) => {
        const { calls, handler } = recorder();
        expect(await dispatch(channel, handler, event, raw, options)).toEqual({ ok: false, error: { code: 'host/forbidden-sender' } });
        expect(calls).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, TIMEOUT);

  it('browser host: malformed input → host/invalid-input, never a throw', async () => {
    const host = createBrowserHost();
    await fc.assert(
      fc.asyncProperty(payloadsFor(schema), async (raw) => {
        // Valid payloads would run the real browser handlers (downloads, file pickers): main covers those above.
        fc.pre(!schema.safeParse(raw).success);
        const result = await host.call(channel, raw as never);
        expect(isInvalidInputEnvelope(result)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
