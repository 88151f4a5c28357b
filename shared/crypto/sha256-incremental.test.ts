import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256, sha256, toHex } from './sha256';

const native = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('sha256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(toHex(sha256(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(toHex(sha256(new Uint8Array()))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('matches node:crypto around the padding boundaries and when fed in pieces', () => {
    for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 1000, 70_001]) {
      const data = new Uint8Array(randomBytes(n));
      expect(toHex(sha256(data))).toBe(native(data));
      const cut = Math.floor(n / 3);
      const h = new Sha256().update(data.subarray(0, cut)).update(data.subarray(cut, cut + 1)).update(data.subarray(cut + 1));
      expect(toHex(h.digest())).toBe(native(data));
    }
  });
});
