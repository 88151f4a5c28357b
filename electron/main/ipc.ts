import type { z } from 'zod';
import { HOST_CHANNELS, type HostChannel } from '@shared/host/channels';
import { type Envelope, type HostError, type HostErrorCode, type HostOutput, hostContract } from '@shared/host/contract';
import { HostFailure } from './host-failure';

/** What a handler receives: the input after the contract's schema parsed it. */
export type ParsedInput<C extends HostChannel> = z.output<(typeof hostContract)[C]['input']>;

export type HostHandlers = {
  [C in HostChannel]: (input: ParsedInput<C>) => Promise<HostOutput<C>> | HostOutput<C>;
};

/** The slice of the invoke event we read; Electron's IpcMainInvokeEvent satisfies it. */
export type InvokeEvent = { senderFrame: { url: string } | null };

export type IpcMainLike = {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
};

export type RegisterOptions = {
  isTrustedSender: (url: string) => boolean;
  /** Where bugs go: stacks stay in main and never cross to the renderer. */
  logError?: (channel: HostChannel, error: unknown) => void;
};

const MAX_DETAIL = 2000;

function failure(code: HostErrorCode, detail?: string): Envelope<never> {
  const error: HostError = detail === undefined ? { code } : { code, detail: detail.slice(0, MAX_DETAIL) };
  return { ok: false, error };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`).join('; ');
}

/** Runs one call through sender check → input schema → handler → output schema. */
export async function dispatch<C extends HostChannel>(
  channel: C,
  handler: HostHandlers[C],
  event: InvokeEvent,
  rawInput: unknown,
  options: RegisterOptions,
): Promise<Envelope<HostOutput<C>>> {
  const senderUrl = event.senderFrame?.url;
  if (!senderUrl || !options.isTrustedSender(senderUrl)) return failure('host/forbidden-sender');
  const contract = hostContract[channel];
  const input = contract.input.safeParse(rawInput);
  if (!input.success) return failure('host/invalid-input', describeIssues(input.error));
  try {
    const value = await handler(input.data as ParsedInput<C>);
    const output = contract.output.safeParse(value);
    if (!output.success) {
      options.logError?.(channel, new Error(`output kanal ${channel} tidak sesuai kontrak: ${describeIssues(output.error)}`));
      return failure('host/internal');
    }
    return { ok: true, value: output.data as HostOutput<C> };
  } catch (error) {
    if (error instanceof HostFailure) return failure(error.code, error.detail);
    options.logError?.(channel, error);
    return failure('host/internal');
  }
}

/** Registers every channel of the contract; a missing handler is a type error and a startup error. */
export function registerHostHandlers(ipcMain: IpcMainLike, handlers: HostHandlers, options: RegisterOptions): void {
  for (const channel of HOST_CHANNELS) {
    const handler = handlers[channel];
    if (typeof handler !== 'function') throw new Error(`Tidak ada handler untuk kanal ${channel}`);
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, handler as HostHandlers[typeof channel], event, args[0], options));
  }
}

export function defaultLogError(channel: HostChannel, error: unknown): void {
  console.error(`[host] ${channel} gagal:`, error instanceof Error ? error.stack : error);
}
