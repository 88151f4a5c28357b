import { createPublicKey, generateKeyPairSync, verify, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createNativeSigner, nodeSigningCrypto } from './native-signer';

describe('native signer', () => {
  it('makes RSASSA-PKCS1-v1_5/SHA-256 signatures that verify, byte-identical to WebCrypto', async () => {
    const keys = await nodeSigningCrypto.generateRsaKeyPair();
    const data = new TextEncoder().encode('signed attributes');
    const signature = await createNativeSigner(keys.privateKeyPkcs8)(data);
    expect(signature).toHaveLength(256);
    const pub = createPublicKey({ key: Buffer.from(keys.publicKeySpki), format: 'der', type: 'spki' });
    expect(verify('sha256', data, pub, signature)).toBe(true);
    // PKCS#1 v1.5 is deterministic: WebCrypto (the web version's path) gives the same bytes.
    const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const key = await webcrypto.subtle.importKey('pkcs8', keys.privateKeyPkcs8, alg, false, ['sign']);
    expect(new Uint8Array(await webcrypto.subtle.sign(alg, key, data))).toEqual(signature);
  });

  it('generates RSA-2048 keys', async () => {
    const keys = await nodeSigningCrypto.generateRsaKeyPair();
    const pub = createPublicKey({ key: Buffer.from(keys.publicKeySpki), format: 'der', type: 'spki' });
    expect(pub.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('refuses a key that is not RSA', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => createNativeSigner(new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' })))).toThrow(/unsupported key type ec/);
  });
});
