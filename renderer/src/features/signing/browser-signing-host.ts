/**
 * The signing channels for the web version: the same engine as the desktop app, with WebCrypto
 * in place of node:crypto. The private key is imported as a non-extractable CryptoKey and lives in
 * this page's memory only; nothing is ever persisted in the browser ("Ingat" is desktop only).
 */
import type { HostInput, HostOutput } from '@shared/host/contract';
import { MAX_CERTIFICATE_FILE_BYTES, signRequestFor, trialCertificateFileName } from '@shared/host/signing-contract';
import type { CertificateInfo, SignData, SigningIdentity } from '@shared/signing';
import { BrowserHostFailure } from '../../host/host-failure';

/** How the page asks for a file and hands one to the user (injected so Node tests can run this). */
export type BrowserFileIo = {
  pickFile(accept: string): Promise<File | null>;
  download(fileName: string, data: Uint8Array): void;
};

type Loaded = { info: CertificateInfo; certificateDer: Uint8Array; chain: Uint8Array[]; signData: SignData };

// The engine (pdf-lib, node-forge) is large: loaded on first use, not with the page.
const engineModule = () => import('@shared/signing');
const webCrypto = () => import('./webcrypto-signer');
// The two Roboto faces (~420 KB as base64) load with the first signature, not with the page.
const fontsModule = () => import('./appearance-fonts');

async function engine<T>(run: () => T | Promise<T>): Promise<T> {
  const { isSigningError } = await engineModule();
  try {
    return await run();
  } catch (error) {
    if (isSigningError(error)) throw new BrowserHostFailure(error.code, error.detail);
    throw error;
  }
}

type Context = { io: BrowserFileIo; subtle: SubtleCrypto | undefined; now: () => Date; loaded: Loaded | null };

async function load(ctx: Context, identity: SigningIdentity): Promise<Loaded> {
  const { createWebCryptoSigner } = await webCrypto();
  const signData = await createWebCryptoSigner(identity.privateKeyPkcs8, ctx.subtle);
  // Only the non-extractable CryptoKey remains; the key's bytes are wiped.
  identity.privateKeyPkcs8.fill(0);
  ctx.loaded = { info: identity.info, certificateDer: identity.certificate, chain: identity.chain, signData };
  return ctx.loaded;
}

const publicPart = (l: Loaded) => ({ certificate: l.info, certificateDer: l.certificateDer, remembered: false });

async function openCertificate(ctx: Context, { password, remember }: HostInput<'signing:open-certificate'>): Promise<HostOutput<'signing:open-certificate'>> {
  if (remember) throw new BrowserHostFailure('signing/keystore-unavailable');
  const file = await ctx.io.pickFile('.p12,.pfx');
  if (!file) return { opened: false };
  if (file.size > MAX_CERTIFICATE_FILE_BYTES) throw new BrowserHostFailure('file/too-large');
  const p12 = new Uint8Array(await file.arrayBuffer());
  const { openPkcs12 } = await engineModule();
  const identity = await engine(() => openPkcs12(p12, password, ctx.now()));
  return { opened: true, ...publicPart(await load(ctx, identity)) };
}

async function createTrial(ctx: Context, input: HostInput<'signing:create-trial-certificate'>): Promise<HostOutput<'signing:create-trial-certificate'>> {
  if (input.remember) throw new BrowserHostFailure('signing/keystore-unavailable');
  const [{ createTrialCertificate, openPkcs12 }, { webSigningCrypto }] = await Promise.all([engineModule(), webCrypto()]);
  const { name, nip, agency, password } = input;
  const crypto = webSigningCrypto(ctx.subtle);
  const trial = await engine(() => createTrialCertificate({ name, nip, agency, password, crypto, now: ctx.now() }));
  const identity = await engine(() => openPkcs12(trial.p12, password, ctx.now()));
  const result = publicPart(await load(ctx, identity));
  const fileName = trialCertificateFileName(name);
  ctx.io.download(fileName, trial.p12);
  return { ...result, saved: true, fileName };
}

async function sign(ctx: Context, input: HostInput<'signing:sign'>): Promise<HostOutput<'signing:sign'>> {
  const current = ctx.loaded;
  if (!current) throw new BrowserHostFailure('signing/no-certificate');
  const [{ signPdf }, { appearanceFonts }] = await Promise.all([engineModule(), fontsModule()]);
  return engine(() => signPdf(input.pdf, signRequestFor(input, current, ctx.now(), appearanceFonts)));
}

export function createBrowserSigningHandlers(io: BrowserFileIo, options: { subtle?: SubtleCrypto; now?: () => Date } = {}) {
  const ctx: Context = { io, subtle: options.subtle, now: options.now ?? (() => new Date()), loaded: null };
  return {
    'signing:open-certificate': (input: HostInput<'signing:open-certificate'>) => openCertificate(ctx, input),
    'signing:create-trial-certificate': (input: HostInput<'signing:create-trial-certificate'>) => createTrial(ctx, input),
    'signing:status': async (): Promise<HostOutput<'signing:status'>> =>
      ctx.loaded ? { loaded: true, canRemember: false, ...publicPart(ctx.loaded) } : { loaded: false, canRemember: false },
    'signing:sign': (input: HostInput<'signing:sign'>) => sign(ctx, input),
    'signing:forget': async (): Promise<HostOutput<'signing:forget'>> => {
      ctx.loaded = null;
      return { forgotten: true };
    },
  };
}
