import type { EnvelopeCrypto } from '@shared/backup/envelope';

/** The backup envelope's primitives through WebCrypto (the browser, Electron's renderer, and Node in tests). */

/** Copies into a fresh ArrayBuffer: WebCrypto's types reject views on a SharedArrayBuffer. */
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

export function webCryptoEnvelope(crypto: Crypto = globalThis.crypto): EnvelopeCrypto {
  const subtle = crypto.subtle;
  const aesKey = (key: Uint8Array, usage: 'encrypt' | 'decrypt') => subtle.importKey('raw', buffer(key), 'AES-GCM', false, [usage]);
  return {
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
    async pbkdf2Sha256(password, salt, iterations) {
      const base = await subtle.importKey('raw', buffer(new TextEncoder().encode(password)), 'PBKDF2', false, ['deriveBits']);
      return new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations }, base, 256));
    },
    async aesGcmEncrypt(key, iv, aad, plain) {
      const k = await aesKey(key, 'encrypt');
      return new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(aad) }, k, buffer(plain)));
    },
    async aesGcmDecrypt(key, iv, aad, sealed) {
      const k = await aesKey(key, 'decrypt');
      return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(aad) }, k, buffer(sealed)));
    },
  };
}
