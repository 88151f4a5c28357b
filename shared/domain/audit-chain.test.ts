import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../schemas/entities';
import { auditEntryHash, canonicalJson, GENESIS_HASH, sealAuditEntry, verifyAuditChain } from './audit-chain';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = sealAuditEntry({ id: i, at: `2026-02-0${(i % 9) + 1}T00:00:00.000Z`, actor: 'pengguna', action: 'update' as const, entity: 'evaluation', entityId: `ev-${i}`, summary: `Rating diubah ${i}`, changes: { rating: { from: 'sesuai', to: 'di-atas' } } }, prev);
    out.push(e);
    prev = e.hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('an untouched chain verifies', () => {
    expect(verifyAuditChain(chain(20))).toEqual({ ok: true, count: 20 });
    expect(verifyAuditChain([])).toEqual({ ok: true, count: 0 });
  });

  it('a changed entry is named as the first broken one', () => {
    const c = chain(10);
    c[4] = { ...c[4]!, changes: { rating: { from: 'sesuai', to: 'di-bawah' } } };
    expect(verifyAuditChain(c)).toMatchObject({ ok: false, firstBrokenId: 5, reason: expect.stringMatching(/diubah di luar aplikasi/) });
  });

  it('a removed entry breaks the link of the next one', () => {
    const c = chain(10);
    c.splice(3, 1);
    expect(verifyAuditChain(c)).toMatchObject({ ok: false, firstBrokenId: 5, reason: expect.stringMatching(/tidak tersambung/) });
  });

  it('an entry re-hashed after a change still breaks the link that follows it', () => {
    const c = chain(6);
    const forged = { ...c[2]!, summary: 'dipalsukan' };
    c[2] = { ...forged, hash: auditEntryHash(forged, forged.prevHash!) };
    expect(verifyAuditChain(c)).toMatchObject({ ok: false, firstBrokenId: 4 });
  });

  it('hashes do not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });
});
