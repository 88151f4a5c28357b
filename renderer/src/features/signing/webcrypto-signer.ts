/**
 * The private-key operation for the signing engine (shared/signing) through WebCrypto, for the
 * web version: the key is imported non-extractable and the signature is RSASSA-PKCS1-v1_5/SHA-256,
 * the same bytes node:crypto produces on desktop.
 */
import type { SignData, SigningCrypto } from '@shared/signing';

const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** Copies into a fresh ArrayBuffer: WebCrypto's types reject views on a SharedArrayBuffer. */
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

export async function createWebCryptoSigner(privateKeyPkcs8: Uint8Array, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<SignData> {
  const key = await subtle.importKey('pkcs8', buffer(privateKeyPkcs8), RSA_SHA256, false, ['sign']);
  return async (data) => new Uint8Array(await subtle.sign(RSA_SHA256, key, buffer(data)));
}

export function webSigningCrypto(subtle: SubtleCrypto = globalThis.crypto.subtle): SigningCrypto {
  return {
    async generateRsaKeyPair() {
      const pair = await subtle.generateKey(
        { ...RSA_SHA256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
        true,
        ['sign', 'verify'],
      );
      const [pkcs8, spki] = await Promise.all([subtle.exportKey('pkcs8', pair.privateKey), subtle.exportKey('spki', pair.publicKey)]);
      return { privateKeyPkcs8: new Uint8Array(pkcs8), publicKeySpki: new Uint8Array(spki) };
    },
    signerFor: (pkcs8) => createWebCryptoSigner(pkcs8, subtle),
  };
}
