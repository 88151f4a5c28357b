import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHex } from './bytes';
import { describeCertificate, parseCertificate } from './certificate';
import { children, oid, readDer, readOid, readTime, time, uint } from './der';

describe('DER', () => {
  it('round-trips object identifiers, including large arcs', () => {
    for (const o of ['1.2.840.113549.1.9.16.2.47', '2.5.4.3', '2.16.840.1.101.3.4.2.1']) expect(readOid(readDer(oid(o)))).toBe(o);
  });

  it('encodes INTEGERs minimally and positive', () => {
    expect(toHex(uint(1))).toBe('020101');
    expect(toHex(uint(new Uint8Array([0x80])))).toBe('02020080');
    expect(toHex(uint(new Uint8Array([0, 0, 5])))).toBe('020105');
  });

  it('writes UTCTime before 2050 and GeneralizedTime after, and reads both back', () => {
    const a = new Date(Date.UTC(2025, 11, 16, 7, 30, 0));
    const b = new Date(Date.UTC(2051, 0, 1, 0, 0, 0));
    expect(time(a)[0]).toBe(0x17);
    expect(time(b)[0]).toBe(0x18);
    expect(readTime(readDer(time(a))).getTime()).toBe(a.getTime());
    expect(readTime(readDer(time(b))).getTime()).toBe(b.getTime());
  });
});

describe('parseCertificate', () => {
  it('reads an OpenSSL certificate like openssl does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peka-der-'));
    const key = join(dir, 'k.pem');
    const crt = join(dir, 'c.der');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-outform', 'DER', '-out', crt, '-days', '10', '-subj', '/C=ID/O=Badan Uji/CN=Ni Luh Putu Ayu/serialNumber=199001012015032002', '-set_serial', '0x00ff01', '-utf8'], { stdio: 'ignore' });
    const cert = parseCertificate(new Uint8Array(readFileSync(crt)));
    const info = describeCertificate(cert);
    expect(info.commonName).toBe('Ni Luh Putu Ayu');
    expect(info.organization).toBe('Badan Uji');
    expect(info.nip).toBe('199001012015032002');
    expect(info.serialNumber).toBe('FF01');
    expect(info.selfSigned).toBe(true);
    expect(info.trial).toBe(false);
    expect(cert.keyAlgorithm).toBe('rsa');
    expect(cert.notAfter.getTime() - cert.notBefore.getTime()).toBe(10 * 86_400_000);
  });

  it('rejects bytes that are not a certificate', () => {
    expect(() => parseCertificate(new TextEncoder().encode('%PDF-1.7'))).toThrow();
  });
});

describe('BER input', () => {
  it('reads indefinite lengths as NSS writes them in CMS', () => {
    const ber = new Uint8Array([0x30, 0x80, 0x02, 0x01, 0x05, 0xa0, 0x80, 0x04, 0x01, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
    const node = readDer(ber);
    expect(node.end).toBe(14); // the zero padding after the end-of-contents is not part of it
    const [int, tagged] = children(node);
    expect(int?.tag).toBe(0x02);
    expect(tagged?.tag).toBe(0xa0);
    expect(children(tagged!)[0]?.tag).toBe(0x04);
  });
});
