import { HOST_CHANNELS, type HostChannel } from '@shared/host/channels';
import { type Envelope, envelopeSchema, hostContract, type HostInput, type HostOutput } from '@shared/host/contract';
import type { HostApi, HostBridge } from '@shared/host/host-api';

/**
 * The desktop host: wraps the bridge the preload exposes. The answer comes from another process, so
 * it is validated against the contract before the UI trusts it.
 */
export function createElectronHost(bridge: HostBridge): HostApi {
  return {
    kind: 'electron',
    async call<C extends HostChannel>(channel: C, input: HostInput<C>): Promise<Envelope<HostOutput<C>>> {
      if (!HOST_CHANNELS.includes(channel)) return { ok: false, error: { code: 'host/unknown-channel' } };
      const fn = bridge[channel] as (i: HostInput<C>) => Promise<unknown>;
      const raw = await fn(input);
      const parsed = envelopeSchema(hostContract[channel].output).safeParse(raw);
      if (!parsed.success) return { ok: false, error: { code: 'host/internal', detail: 'invalid host response' } };
      return parsed.data as Envelope<HostOutput<C>>;
    },
  };
}
