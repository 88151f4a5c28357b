import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPdfSignatures } from '@shared/signing';
import { makeEvaluationPdf, PLACE } from '../../../tests/signing/fixtures';
import type { FileDialog } from '../file.handlers';
import { HostFailure } from '../host-failure';
import { dispatch } from '../ipc';
import { createKeyStore, KEY_STORE_FILE, type SafeStorageLike } from './key-store';
import { createSigningHandlers, type SigningHandlerDeps } from './signing.handlers';

const PASSWORD = 'sandi-rahasia-42';
const SITI = { name: 'Siti Rahmawati', nip: '199512162025062001', agency: 'Pemkab Contoh', password: PASSWORD };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'peka-signing-handlers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for Electron's safeStorage: reversible, but never the plain text on disk. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const flip = (bytes: Uint8Array) => Buffer.from(bytes.map((b) => b ^ 0x5a));
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => Buffer.concat([Buffer.from('FAKE'), flip(Buffer.from(text, 'utf8'))]),
    decryptString: (data) => {
      if (data.subarray(0, 4).toString() !== 'FAKE') throw new Error('not ours');
      return flip(data.subarray(4)).toString('utf8');
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

function fakeDialog(answers: { open?: string[]; save?: string[] }): FileDialog {
  return {
    showOpenDialog: vi.fn(async () => {
      const path = answers.open?.shift();
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
    }),
    showSaveDialog: vi.fn(async () => {
      const path = answers.save?.shift();
      return path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' };
    }),
  };
}

function setup(dialog: FileDialog, safeStorage = fakeSafeStorage(), extra: Partial<SigningHandlerDeps> = {}) {
  const keyStore = createKeyStore({
    safeStorage,
    fs: { readFile: (p) => fs.readFile(p), writeFile: (p, d, o) => fs.writeFile(p, d, o), rm: (p, o) => fs.rm(p, o) },
    file: join(dir, KEY_STORE_FILE),
  });
  return createSigningHandlers({ dialog, fs, keyStore, defaultDir: dir, ...extra });
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'no error', (e: unknown) => (e instanceof HostFailure ? e.code : String(e)));

async function signInput(pdf?: Uint8Array) {
  return { pdf: pdf ?? (await makeEvaluationPdf()), documentId: 'evaluasi-2025-1', role: 'pegawai' as const, signer: SITI, placement: PLACE.pegawai };
}

describe('signing:create-trial-certificate', () => {
  it('loads the trial certificate, offers its .p12 through the save dialog, and signs with it', async () => {
    const target = join(dir, 'siti.p12');
    const dialog = fakeDialog({ save: [target] });
    const handlers = setup(dialog);
    const created = await handlers['signing:create-trial-certificate'](SITI);
    expect(created).toMatchObject({ saved: true, fileName: 'siti.p12', remembered: false, certificate: { commonName: SITI.name, nip: SITI.nip, trial: true } });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join(dir, 'Sertifikat uji coba - Siti Rahmawati.p12') }));
    expect(readFileSync(target).subarray(0, 1)[0]).toBe(0x30);
    expect(await handlers['signing:status']()).toMatchObject({ loaded: true, canRemember: true, certificate: { trial: true } });

    const signed = await handlers['signing:sign'](await signInput());
    expect(signed.record).toMatchObject({ role: 'pegawai', signerNip: SITI.nip, trialCertificate: true });
    expect(verifyPdfSignatures(signed.pdf).signatures).toMatchObject([{ status: 'valid', coversWholeDocument: true, trialCertificate: true }]);
  });

  it('a cancelled save dialog still loads the certificate', async () => {
    const handlers = setup(fakeDialog({}));
    expect(await handlers['signing:create-trial-certificate'](SITI)).toMatchObject({ saved: false });
    expect(await handlers['signing:status']()).toMatchObject({ loaded: true });
  });
});

describe('signing:open-certificate and the key store', () => {
  async function trialFile(): Promise<string> {
    const path = join(dir, 'mine.p12');
    await setup(fakeDialog({ save: [path] }))['signing:create-trial-certificate'](SITI);
    return path;
  }

  it('a cancelled dialog is not an error; a wrong password is signing/wrong-password', async () => {
    const path = await trialFile();
    const handlers = setup(fakeDialog({ open: [path] }));
    expect(await codeOf(handlers['signing:open-certificate']({ password: 'salah', remember: false }))).toBe('signing/wrong-password');
    expect(await handlers['signing:open-certificate']({ password: PASSWORD, remember: false })).toEqual({ opened: false });
    expect(await handlers['signing:status']()).toMatchObject({ loaded: false });
  });

  it('remembers the certificate encrypted, loads it after a restart, and forgets it', async () => {
    const path = await trialFile();
    const first = setup(fakeDialog({ open: [path] }));
    expect(await first['signing:open-certificate']({ password: PASSWORD, remember: true })).toMatchObject({ opened: true, remembered: true });
    const stored = readFileSync(join(dir, KEY_STORE_FILE));
    expect(stored.includes(Buffer.from(PASSWORD))).toBe(false);

    const restarted = setup(fakeDialog({}));
    expect(await restarted['signing:status']()).toMatchObject({ loaded: true, remembered: true, certificate: { commonName: SITI.name } });
    expect((await restarted['signing:sign'](await signInput())).record.signerName).toBe(SITI.name);

    expect(await restarted['signing:forget']()).toEqual({ forgotten: true });
    expect(existsSync(join(dir, KEY_STORE_FILE))).toBe(false);
    expect(await restarted['signing:status']()).toMatchObject({ loaded: false });
    expect(await codeOf(restarted['signing:sign'](await signInput()))).toBe('signing/no-certificate');
    expect(await setup(fakeDialog({}))['signing:status']()).toMatchObject({ loaded: false });
  });

  it('opening without "remember" forgets the remembered one', async () => {
    const path = await trialFile();
    await setup(fakeDialog({ open: [path] }))['signing:open-certificate']({ password: PASSWORD, remember: true });
    await setup(fakeDialog({ open: [path] }))['signing:open-certificate']({ password: PASSWORD, remember: false });
    expect(existsSync(join(dir, KEY_STORE_FILE))).toBe(false);
  });

  it.each([
    ['no encryption', { available: false }],
    ['Linux without a key store (basic_text)', { backend: 'basic_text' }],
  ])('refuses to remember with %s', async (_label, options) => {
    const path = await trialFile();
    const handlers = setup(fakeDialog({ open: [path] }), fakeSafeStorage(options));
    expect(await handlers['signing:status']()).toMatchObject({ loaded: false, canRemember: false });
    expect(await codeOf(handlers['signing:open-certificate']({ password: PASSWORD, remember: true }))).toBe('signing/keystore-unavailable');
    expect(existsSync(join(dir, KEY_STORE_FILE))).toBe(false);
  });

  it('a remembered certificate that has expired is reported, not loaded', async () => {
    const path = await trialFile();
    await setup(fakeDialog({ open: [path] }))['signing:open-certificate']({ password: PASSWORD, remember: true });
    const later = setup(fakeDialog({}), fakeSafeStorage(), { now: () => new Date(Date.now() + 400 * 86_400_000) });
    expect(await later['signing:status']()).toEqual({ loaded: false, canRemember: true, problem: 'signing/certificate-expired' });
  });

  it('an unreadable key store file is signing/keystore-unavailable', async () => {
    writeFileSync(join(dir, KEY_STORE_FILE), 'garbage');
    expect(await setup(fakeDialog({}))['signing:status']()).toMatchObject({ loaded: false, problem: 'signing/keystore-unavailable' });
  });

  it('refuses a file larger than a certificate without reading it', async () => {
    const big = join(dir, 'big.p12');
    writeFileSync(big, new Uint8Array(2 * 1024 * 1024));
    const readFile = vi.fn((p: string) => fs.readFile(p));
    const handlers = setup(fakeDialog({ open: [big] }), fakeSafeStorage(), { fs: { ...fs, readFile } });
    expect(await codeOf(handlers['signing:open-certificate']({ password: PASSWORD, remember: false }))).toBe('file/too-large');
    expect(readFile).not.toHaveBeenCalled();
  });
});

describe('through the host contract', () => {
  it('the password and the private key never appear in an answer or a log', async () => {
    const logError = vi.fn();
    const handlers = setup(fakeDialog({ save: [join(dir, 'x.p12')] }));
    const event = { senderFrame: { url: 'file:///app/index.html' } };
    const options = { isTrustedSender: () => true, logError };
    const answers = [
      await dispatch('signing:create-trial-certificate', handlers['signing:create-trial-certificate'], event, SITI, options),
      await dispatch('signing:status', handlers['signing:status'], event, undefined, options),
      await dispatch('signing:sign', handlers['signing:sign'], event, await signInput(), options),
    ];
    for (const answer of answers) {
      expect(answer.ok).toBe(true);
      const text = JSON.stringify(answer, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toMatch(/privateKey|PRIVATE KEY|pkcs8/i);
    }
    expect(logError).not.toHaveBeenCalled();
  });

  it('engine failures arrive as their codes', async () => {
    const handlers = setup(fakeDialog({}));
    await handlers['signing:create-trial-certificate'](SITI);
    const event = { senderFrame: { url: 'file:///app/index.html' } };
    const answer = await dispatch('signing:sign', handlers['signing:sign'], event, { ...(await signInput(new TextEncoder().encode('bukan pdf'))) }, { isTrustedSender: () => true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'signing/invalid-pdf' } });
  });
});
