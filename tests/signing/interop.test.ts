/**
 * Interoperability with OpenSSL and qpdf: .p12 files made by OpenSSL (current AES and -legacy 3DES)
 * open and sign; our trial .p12 opens in OpenSSL; our CMS verifies with `openssl cms -verify`
 * (which also checks the ESS signing-certificate-v2 attribute); a CA in the trust list makes its
 * end-entity signer trusted; an encrypted PDF is refused.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPkcs12, verifyPdfSignatures, type SigningIdentity } from '@shared/signing';
import { children, encoded, readDer } from '../../shared/signing/der';
import { createNativeSigner } from '../../electron/main/signing/native-signer';
import { PASSWORD, makeEvaluationPdf, pdfsig, run, signAs, tempDir, trialIdentity, writeTemp, type TestIdentity } from './fixtures';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string): string => join(dir, name);
const person = { name: 'Andi Wijaya', nip: '198203152008011004' };

function asTestIdentity(id: SigningIdentity): TestIdentity {
  return { ...id, p12: new Uint8Array(), person };
}

beforeAll(() => {
  const subj = (cn: string, extra = '') => `/C=ID/O=Pemerintah Kabupaten Contoh/CN=${cn}${extra}`;
  run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', at('ca.key'), '-out', at('ca.pem'), '-days', '30', '-subj', subj('CA Uji Instansi')]);
  run('openssl', ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', at('ee.key'), '-out', at('ee.csr'), '-subj', subj(person.name, `/serialNumber=${person.nip}`)]);
  run('openssl', ['x509', '-req', '-in', at('ee.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-CAcreateserial', '-out', at('ee.pem'), '-days', '20']);
  run('openssl', ['pkcs12', '-export', '-inkey', at('ee.key'), '-in', at('ee.pem'), '-certfile', at('ca.pem'), '-out', at('modern.p12'), '-passout', 'pass:abc']);
  run('openssl', ['pkcs12', '-export', '-legacy', '-inkey', at('ee.key'), '-in', at('ee.pem'), '-certfile', at('ca.pem'), '-out', at('legacy.p12'), '-passout', 'pass:abc']);
  run('openssl', ['x509', '-in', at('ca.pem'), '-outform', 'DER', '-out', at('ca.der')]);
});

describe('OpenSSL .p12 files', () => {
  it.each(['modern', 'legacy'])('opens a %s .p12 with its CA certificate as chain, and signs with it', async (kind) => {
    const id = openPkcs12(new Uint8Array(readFileSync(at(`${kind}.p12`))), 'abc');
    expect(id.info).toMatchObject({ commonName: person.name, nip: person.nip, trial: false, selfSigned: false });
    expect(id.chain).toHaveLength(1);
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', asTestIdentity(id));
    expect(pdfsig(writeTemp(dir, `${kind}.pdf`, pdf)).signatures).toMatchObject([{ valid: true, totalDocumentSigned: true }]);
    const caDer = new Uint8Array(readFileSync(at('ca.der')));
    expect(verifyPdfSignatures(pdf, { trusted: [caDer] }).signatures[0]).toMatchObject({ status: 'valid', trusted: true, trialCertificate: false });
    expect(verifyPdfSignatures(pdf, { trusted: [] }).signatures[0]?.trusted).toBe(false);
    expect(verifyPdfSignatures(pdf, { trusted: [id.certificate] }).signatures[0]?.trusted).toBe(true);
  });

  it('says wrong-password for an OpenSSL .p12 too', () => {
    expect(() => openPkcs12(new Uint8Array(readFileSync(at('modern.p12'))), 'xyz')).toThrowError(expect.objectContaining({ code: 'signing/wrong-password' }));
  });
});

describe('our output in OpenSSL', () => {
  it('opens the trial .p12 with the right password only', async () => {
    const id = await trialIdentity();
    const p12 = writeTemp(dir, 'trial.p12', id.p12);
    const ok = spawnSync('openssl', ['pkcs12', '-in', p12, '-passin', `pass:${PASSWORD}`, '-nokeys', '-clcerts'], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('SERTIFIKAT UJI COBA');
    const bad = spawnSync('openssl', ['pkcs12', '-in', p12, '-passin', 'pass:salah', '-nokeys'], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
  });

  it('verifies the CMS over the byte ranges with openssl cms', async () => {
    const id = await trialIdentity();
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', id);
    const [, b, c, d] = verifyPdfSignatures(pdf).signatures[0]!.byteRange;
    const padded = Uint8Array.from(new TextDecoder().decode(pdf.subarray(b + 1, c - 1)).match(/../g)!.map((h) => parseInt(h, 16)));
    writeTemp(dir, 'sig.der', padded.subarray(0, readDer(padded).end)); // without the zero padding
    writeTemp(dir, 'content.bin', new Uint8Array([...pdf.subarray(0, b), ...pdf.subarray(c, c + d)]));
    writeTemp(dir, 'signer.der', id.certificate);
    run('openssl', ['x509', '-inform', 'DER', '-in', at('signer.der'), '-out', at('signer.pem')]);
    const r = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', at('sig.der'), '-content', at('content.bin'), '-CAfile', at('signer.pem'), '-purpose', 'any', '-out', '/dev/null'], { encoding: 'utf8' });
    expect(r.stderr).toContain('Verification successful');
    const print = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', at('sig.der')]);
    expect(print).toContain('id-smime-aa-signingCertificateV2');
  });
});

describe('PDFs we cannot sign', () => {
  it('refuses an encrypted PDF', async () => {
    const plain = writeTemp(dir, 'plain.pdf', await makeEvaluationPdf());
    run('qpdf', ['--encrypt', 'u', 'o', '256', '--', plain, at('encrypted.pdf')]);
    const id = await trialIdentity();
    await expect(signAs(new Uint8Array(readFileSync(at('encrypted.pdf'))), 'pegawai', id, { signData: createNativeSigner(id.privateKeyPkcs8) })).rejects.toMatchObject({ code: 'signing/encrypted-pdf' });
  });
});

/** Re-encodes the outer ContentInfo / [0] / SignedData with BER indefinite lengths, as NSS does. */
function toIndefinite(der: Uint8Array): Uint8Array {
  const wrap = (tag: number, parts: Uint8Array[]) => [tag, 0x80, ...parts.flatMap((p) => [...p]), 0, 0];
  const info = readDer(der);
  const [type, explicit] = children(info);
  const signedData = children(explicit!)[0]!;
  const inner = wrap(0x30, children(signedData).map(encoded));
  return new Uint8Array(wrap(0x30, [encoded(type!), new Uint8Array(wrap(0xa0, [new Uint8Array(inner)]))]));
}

describe('signatures made by another signer', () => {
  it('verifies a BER-encoded CMS (indefinite lengths) as pdfsig does', async () => {
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', await trialIdentity());
    const [, b, c] = verifyPdfSignatures(pdf).signatures[0]!.byteRange;
    const padded = Uint8Array.from(new TextDecoder().decode(pdf.subarray(b + 1, c - 1)).match(/../g)!.map((h) => parseInt(h, 16)));
    const ber = toIndefinite(padded.subarray(0, readDer(padded).end));
    const hex = Array.from(ber, (x) => x.toString(16).padStart(2, '0')).join('').padEnd(c - b - 2, '0');
    const rewritten = pdf.slice();
    rewritten.set(new TextEncoder().encode(hex), b + 1);
    expect(rewritten[b + 1 + 2]).toBe('8'.charCodeAt(0)); // "3080...": really indefinite now
    expect(verifyPdfSignatures(rewritten).signatures.map((s) => s.status)).toEqual(['valid']);
    expect(pdfsig(writeTemp(dir, 'ber.pdf', rewritten)).signatures.map((s) => s.valid)).toEqual([true]);
  });

  // poppler can sign too, through an NSS database: needs certutil/pk12util (Debian libnss3-tools).
  const nss = spawnSync('pk12util', ['--help'], { encoding: 'utf8' }).error === undefined;
  it.skipIf(!nss)('verifies poppler/NSS signatures as pdfsig does, and adds ours after them', async () => {
    const id = await trialIdentity();
    const db = `sql:${at('nss')}`;
    run('mkdir', ['-p', at('nss')]);
    run('certutil', ['-N', '-d', db, '--empty-password']);
    run('pk12util', ['-i', writeTemp(dir, 'nss.p12', id.p12), '-d', db, '-W', PASSWORD]);
    const nick = `${id.person.name} (uji coba)`; // the friendlyName createTrialCertificate sets
    const plain = writeTemp(dir, 'nss-plain.pdf', await makeEvaluationPdf());
    spawnSync('pdfsig', ['-nssdir', db, '-add-signature', '-nick', nick, '-new-signature-field-name', 'PopplerSig', plain, at('nss-1.pdf')]);
    const popplerSigned = new Uint8Array(readFileSync(at('nss-1.pdf')));
    expect(verifyPdfSignatures(popplerSigned).signatures.map((s) => [s.fieldName, s.subFilter, s.status, s.coversWholeDocument])).toEqual([['PopplerSig', 'adbe.pkcs7.detached', 'valid', true]]);
    const { pdf } = await signAs(popplerSigned, 'penilai', id);
    expect(pdfsig(writeTemp(dir, 'nss-2.pdf', pdf)).signatures.map((s) => [s.valid, s.totalDocumentSigned])).toEqual([[true, false], [true, true]]);
    expect(verifyPdfSignatures(pdf).signatures.map((s) => s.status)).toEqual(['valid', 'valid']);
  });
});
