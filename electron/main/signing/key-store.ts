/**
 * Keeps one remembered signing certificate (.p12 and its password) in userData, encrypted with the
 * operating system's key store through Electron's safeStorage (DPAPI, Keychain, libsecret/kwallet).
 * Electron itself is injected, so plain Node tests run this with a fake.
 */
import { HostFailure } from '../host-failure';

/** The slice of Electron's safeStorage used here. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no key store was found and the "encryption" is a fixed key. */
  getSelectedStorageBackend?(): string;
};

export type KeyStoreFs = {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array, options: { mode: number }): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
};

export type RememberedCertificate = { p12: Uint8Array; password: string };

export interface KeyStore {
  /** False when the OS cannot protect the file; the UI then hides "Ingat di komputer ini". */
  canRemember(): boolean;
  save(certificate: RememberedCertificate): Promise<void>;
  /** null when nothing is remembered; throws 'signing/keystore-unavailable' when it cannot be decrypted. */
  load(): Promise<RememberedCertificate | null>;
  clear(): Promise<void>;
}

export const KEY_STORE_FILE = 'signing-certificate.bin';

type Stored = { v: 1; p12: string; password: string };

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

export function createKeyStore(deps: { safeStorage: SafeStorageLike; fs: KeyStoreFs; file: string }): KeyStore {
  const { safeStorage, fs, file } = deps;
  const canRemember = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  };
  return {
    canRemember,
    async save({ p12, password }) {
      if (!canRemember()) throw new HostFailure('signing/keystore-unavailable');
      const stored: Stored = { v: 1, p12: Buffer.from(p12).toString('base64'), password };
      const encrypted = safeStorage.encryptString(JSON.stringify(stored));
      try {
        await fs.writeFile(file, new Uint8Array(encrypted), { mode: 0o600 });
      } catch (error) {
        throw new HostFailure('file/write-failed', error instanceof Error ? error.message : String(error));
      }
    },
    async load() {
      let encrypted: Uint8Array;
      try {
        encrypted = await fs.readFile(file);
      } catch (error) {
        if (isMissing(error)) return null;
        throw new HostFailure('signing/keystore-unavailable');
      }
      if (!safeStorage.isEncryptionAvailable()) throw new HostFailure('signing/keystore-unavailable');
      try {
        const stored = JSON.parse(safeStorage.decryptString(Buffer.from(encrypted))) as Stored;
        if (stored.v !== 1 || typeof stored.p12 !== 'string' || typeof stored.password !== 'string') throw new Error('format');
        return { p12: new Uint8Array(Buffer.from(stored.p12, 'base64')), password: stored.password };
      } catch {
        // Never the decrypted text or the error's message: either could hold the password.
        throw new HostFailure('signing/keystore-unavailable');
      }
    },
    async clear() {
      await fs.rm(file, { force: true });
    },
  };
}
