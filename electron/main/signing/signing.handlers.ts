/**
 * The signing channels in the main process (domain.md §8). The private key is opened here, turned
 * into a node:crypto KeyObject and never sent anywhere: the renderer gets certificate info, the
 * signed PDF and the signature record. Passwords are used once and not kept (a remembered
 * certificate's password lives only inside the OS-encrypted key store file).
 */
import { basename, join } from 'node:path';
import type { HostOutput } from '@shared/host/contract';
import { MAX_CERTIFICATE_FILE_BYTES, signRequestFor, trialCertificateFileName } from '@shared/host/signing-contract';
import {
  type CertificateInfo,
  type SignData,
  type SigningCrypto,
  type SigningIdentity,
  SIGNING_ERROR_CODES,
  createTrialCertificate,
  isSigningError,
  openPkcs12,
  signPdf,
} from '@shared/signing';
import type { FileDialog, FileSystem } from '../file.handlers';
import { HostFailure } from '../host-failure';
import type { ParsedInput } from '../ipc';
import { appearanceFonts } from './appearance-fonts';
import type { KeyStore } from './key-store';
import { nodeSigningCrypto } from './native-signer';

export type SigningHandlerDeps = {
  dialog: FileDialog;
  fs: Pick<FileSystem, 'stat' | 'readFile' | 'writeFile'>;
  keyStore: KeyStore;
  crypto?: SigningCrypto;
  now?: () => Date;
  /** Folder the save dialog starts in, e.g. app.getPath('documents'). */
  defaultDir?: string;
};

type Loaded = { info: CertificateInfo; certificateDer: Uint8Array; chain: Uint8Array[]; signData: SignData; remembered: boolean };
type StatusProblem = Extract<HostOutput<'signing:status'>, { loaded: false }>['problem'];

const P12_FILTERS = [{ name: 'Sertifikat PKCS#12', extensions: ['p12', 'pfx'] }];

/** Runs engine code, turning its coded failures into host failures (no password is ever in a detail). */
async function engine<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isSigningError(error)) throw new HostFailure(error.code, error.detail);
    throw error;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readCertificateFile(deps: SigningHandlerDeps): Promise<Uint8Array | null> {
  const result = await deps.dialog.showOpenDialog({ properties: ['openFile'], filters: P12_FILTERS });
  const path = result.filePaths[0];
  if (result.canceled || !path) return null;
  const info = await deps.fs.stat(path).catch((error: unknown) => {
    throw new HostFailure('file/read-failed', describe(error));
  });
  if (!info.isFile()) throw new HostFailure('file/read-failed', 'Bukan berkas biasa');
  if (info.size > MAX_CERTIFICATE_FILE_BYTES) throw new HostFailure('file/too-large', `${info.size} bita`);
  try {
    return new Uint8Array(await deps.fs.readFile(path));
  } catch (error) {
    throw new HostFailure('file/read-failed', describe(error));
  }
}

/** The loaded certificate of this session (main-process memory only), and the remembered one. */
function createSession(deps: SigningHandlerDeps, crypto: SigningCrypto, now: () => Date) {
  let loaded: Loaded | null = null;
  let rememberedChecked = false;
  let problem: StatusProblem;

  async function load(identity: SigningIdentity, remembered: boolean): Promise<Loaded> {
    const signData = await crypto.signerFor(identity.privateKeyPkcs8);
    // The KeyObject holds the key now; the plain bytes are not kept around.
    identity.privateKeyPkcs8.fill(0);
    loaded = { info: identity.info, certificateDer: identity.certificate, chain: identity.chain, signData, remembered };
    problem = undefined;
    rememberedChecked = true;
    return loaded;
  }

  /** Loads the remembered certificate once per session, on first need. */
  async function ensureLoaded(): Promise<Loaded | null> {
    if (loaded || rememberedChecked) return loaded;
    rememberedChecked = true;
    try {
      const stored = await deps.keyStore.load();
      if (stored) return await load(await engine(() => openPkcs12(stored.p12, stored.password, now())), true);
    } catch (error) {
      if (!(error instanceof HostFailure)) throw error;
      const known = (SIGNING_ERROR_CODES as readonly string[]).includes(error.code);
      problem = known ? (error.code as StatusProblem) : 'signing/keystore-unavailable';
    }
    return null;
  }

  async function forget(): Promise<void> {
    loaded = null;
    problem = undefined;
    rememberedChecked = true;
    await deps.keyStore.clear();
  }

  /** Keeps the .p12 and its password in the OS-encrypted store, or makes sure nothing is kept. */
  async function remember(p12: Uint8Array, password: string, wanted: boolean): Promise<void> {
    if (wanted) await deps.keyStore.save({ p12, password });
    else await deps.keyStore.clear();
  }

  return { load, ensureLoaded, forget, remember, problem: () => problem };
}

type Session = ReturnType<typeof createSession>;
type Context = { deps: SigningHandlerDeps; session: Session; crypto: SigningCrypto; now: () => Date };

const publicPart = (l: Loaded) => ({ certificate: l.info, certificateDer: l.certificateDer, remembered: l.remembered });

async function openCertificate({ deps, session, now }: Context, input: ParsedInput<'signing:open-certificate'>): Promise<HostOutput<'signing:open-certificate'>> {
  if (input.remember && !deps.keyStore.canRemember()) throw new HostFailure('signing/keystore-unavailable');
  const p12 = await readCertificateFile(deps);
  if (!p12) return { opened: false };
  const identity = await engine(() => openPkcs12(p12, input.password, now()));
  await session.remember(p12, input.password, input.remember);
  return { opened: true, ...publicPart(await session.load(identity, input.remember)) };
}

async function createTrial({ deps, session, crypto, now }: Context, input: ParsedInput<'signing:create-trial-certificate'>): Promise<HostOutput<'signing:create-trial-certificate'>> {
  const wanted = input.remember ?? false;
  if (wanted && !deps.keyStore.canRemember()) throw new HostFailure('signing/keystore-unavailable');
  const { name, nip, agency, password } = input;
  const trial = await engine(() => createTrialCertificate({ name, nip, agency, password, crypto, now: now() }));
  const identity = await engine(() => openPkcs12(trial.p12, password, now()));
  await session.remember(trial.p12, password, wanted);
  const result = publicPart(await session.load(identity, wanted));
  const defaultPath = join(deps.defaultDir ?? '', trialCertificateFileName(name));
  const target = await deps.dialog.showSaveDialog({ defaultPath, filters: [{ name: 'Sertifikat PKCS#12', extensions: ['p12'] }] });
  if (target.canceled || !target.filePath) return { ...result, saved: false };
  try {
    await deps.fs.writeFile(target.filePath, trial.p12);
  } catch (error) {
    throw new HostFailure('file/write-failed', describe(error));
  }
  return { ...result, saved: true, fileName: basename(target.filePath) };
}

async function sign({ session, now }: Context, input: ParsedInput<'signing:sign'>): Promise<HostOutput<'signing:sign'>> {
  const current = await session.ensureLoaded();
  if (!current) throw new HostFailure('signing/no-certificate');
  return engine(() => signPdf(input.pdf, signRequestFor(input, current, now(), appearanceFonts())));
}

async function status({ deps, session }: Context): Promise<HostOutput<'signing:status'>> {
  const current = await session.ensureLoaded();
  const canRemember = deps.keyStore.canRemember();
  if (current) return { loaded: true, canRemember, ...publicPart(current) };
  const problem = session.problem();
  return problem ? { loaded: false, canRemember, problem } : { loaded: false, canRemember };
}

export function createSigningHandlers(deps: SigningHandlerDeps) {
  const crypto = deps.crypto ?? nodeSigningCrypto;
  const now = deps.now ?? (() => new Date());
  const ctx: Context = { deps, crypto, now, session: createSession(deps, crypto, now) };
  return {
    'signing:open-certificate': (input: ParsedInput<'signing:open-certificate'>) => openCertificate(ctx, input),
    'signing:create-trial-certificate': (input: ParsedInput<'signing:create-trial-certificate'>) => createTrial(ctx, input),
    'signing:status': () => status(ctx),
    'signing:sign': (input: ParsedInput<'signing:sign'>) => sign(ctx, input),
    'signing:forget': async (): Promise<HostOutput<'signing:forget'>> => {
      await ctx.session.forget();
      return { forgotten: true };
    },
  };
}
