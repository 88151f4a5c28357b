import type { HostChannel } from '@shared/host/channels';
import { type Envelope, hostContract, type HostInput, type HostOutput, MAX_FILE_BYTES } from '@shared/host/contract';
import type { HostApi } from '@shared/host/host-api';
import { type BrowserFileIo, createBrowserSigningHandlers } from '../features/signing/browser-signing-host';
import { createBrowserBackupHandlers } from '../features/backup/browser-backup-host';
import { domFramePrinter } from './browser-print';
import { BrowserHostFailure } from './host-failure';

declare const __APP_VERSION__: string;

type Handlers = { [C in HostChannel]: (input: HostOutput<C> extends never ? never : HostInput<C>) => Promise<HostOutput<C>> };

/** Saves bytes the way a web page can: a Blob download the browser puts in its downloads folder. */
function download(fileName: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>]));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks for one file through a hidden file input; resolves null when the user cancels. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    document.body.append(input);
    input.click();
    input.remove();
  });
}

const fileHandlers = (io: BrowserFileIo) => ({
  'app:info': async (): Promise<HostOutput<'app:info'>> => ({
    name: 'Peka',
    version: __APP_VERSION__,
    host: 'browser',
    platform: navigator.platform || 'web',
  }),
  'file:save': async ({ suggestedName, data }: HostInput<'file:save'>): Promise<HostOutput<'file:save'>> => {
    io.download(suggestedName, data);
    return { saved: true, fileName: suggestedName };
  },
  'file:open': async ({ filters, maxBytes }: HostInput<'file:open'>): Promise<HostOutput<'file:open'>> => {
    const accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    const file = await io.pickFile(accept);
    if (!file) return { opened: false };
    if (file.size > (maxBytes ?? MAX_FILE_BYTES)) throw new BrowserHostFailure('file/too-large');
    try {
      return { opened: true, fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    } catch {
      throw new BrowserHostFailure('file/read-failed');
    }
  },
});

const domIo: BrowserFileIo = { pickFile, download };

type PrintPdf = (input: HostInput<'pdf:print'>) => Promise<HostOutput<'pdf:print'>>;

function createHandlers(io: BrowserFileIo, print: () => PrintPdf): Handlers {
  return {
    ...fileHandlers(io),
    'pdf:print': (input) => print()(input),
    // A web page cannot create a folder by itself: the bulk export offers a ZIP there instead.
    'folder:begin': () => Promise.reject(new BrowserHostFailure('folder/unsupported')),
    'folder:write': () => Promise.reject(new BrowserHostFailure('folder/unsupported')),
    'folder:finish': () => Promise.reject(new BrowserHostFailure('folder/unsupported')),
    ...createBrowserSigningHandlers(io),
    ...createBrowserBackupHandlers(),
  };
}

/** The browser host: same contract, same validation as the desktop app, done in the page. */
export function createBrowserHost(io: BrowserFileIo = domIo, makePrinter: () => PrintPdf = domFramePrinter): HostApi {
  let printer: PrintPdf | null = null;
  const handlers = createHandlers(io, () => (printer ??= makePrinter()));
  return {
    kind: 'browser',
    async call<C extends HostChannel>(channel: C, input: HostInput<C>): Promise<Envelope<HostOutput<C>>> {
      const parsed = hostContract[channel].input.safeParse(input);
      // Capped like main's envelopes (HostErrorSchema: detail ≤ 2000); zod's message grows with the input.
      if (!parsed.success) return { ok: false, error: { code: 'host/invalid-input', detail: parsed.error.message.slice(0, 2000) } };
      try {
        const handler = handlers[channel] as (i: unknown) => Promise<HostOutput<C>>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (err) {
        if (err instanceof BrowserHostFailure) return { ok: false, error: err.detail === undefined ? { code: err.code } : { code: err.code, detail: err.detail.slice(0, 2000) } };
        console.error(err);
        return { ok: false, error: { code: 'host/internal' } };
      }
    },
  };
}
