import { describe, expect, it } from 'vitest';
import { AGENCY, PASSWORD, PEGAWAI, makeEvaluationPdf, signAs, trialIdentity } from '../../tests/signing/fixtures';
import { nodeSigningCrypto } from '../../electron/main/signing/native-signer';
import { TRIAL_MARKER, parseCertificate } from './certificate';
import { SIGNING_ERROR_CODES, SigningError } from './errors';
import { createTranslator } from '../i18n/translate';
import { openPkcs12 } from './pkcs12';
import { createTrialCertificate } from './trial-certificate';

async function codeOf(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (e instanceof SigningError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('trial certificate', () => {
  it('carries the name, agency, NIP and the trial marker, and opens back from its .p12', async () => {
    const id = await trialIdentity();
    expect(id.info.commonName).toBe(PEGAWAI.name);
    expect(id.info.organization).toBe(AGENCY);
    expect(id.info.nip).toBe(PEGAWAI.nip);
    expect(id.info.trial).toBe(true);
    expect(id.info.selfSigned).toBe(true);
    expect(id.info.subject).toContain(`OU=${TRIAL_MARKER}`);
    expect(id.chain).toEqual([]);
    expect(parseCertificate(id.certificate).keyAlgorithm).toBe('rsa');
    expect(id.privateKeyPkcs8[0]).toBe(0x30);
  });

  it('is valid for the requested days, starting a few minutes back for clock skew', async () => {
    const now = new Date(Date.UTC(2025, 0, 1));
    const t = await createTrialCertificate({ ...PEGAWAI, agency: AGENCY, password: 'x', crypto: nodeSigningCrypto, now, validDays: 30 });
    const cert = parseCertificate(t.certificate);
    expect(cert.notBefore.getTime()).toBeLessThan(now.getTime());
    expect(cert.notAfter.getTime()).toBe(now.getTime() + 30 * 86_400_000);
  });
});

describe('openPkcs12', () => {
  it('says the password is wrong, with a code worded in Indonesian', async () => {
    const id = await trialIdentity();
    let error: unknown;
    try {
      openPkcs12(id.p12, 'salah');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SigningError);
    expect((error as SigningError).code).toBe('signing/wrong-password');
    expect(createTranslator('id')('error.signing/wrong-password')).toMatch(/Kata sandi sertifikat salah/);
  });

  it('every engine code has words in both languages', () => {
    for (const locale of ['id', 'en'] as const) {
      const t = createTranslator(locale);
      for (const code of SIGNING_ERROR_CODES) expect(t(`error.${code}`)).not.toBe(`error.${code}`);
    }
  });

  it('says a file that is not PKCS#12 is not a certificate', async () => {
    const pdf = await makeEvaluationPdf();
    expect(await codeOf(() => openPkcs12(pdf, PASSWORD))).toBe('signing/invalid-certificate');
    expect(await codeOf(() => openPkcs12(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x03]), PASSWORD))).toBe('signing/invalid-certificate');
    expect(await codeOf(() => openPkcs12(new Uint8Array(), PASSWORD))).toBe('signing/invalid-certificate');
  });

  it('refuses an expired certificate, and one not valid yet', async () => {
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    const old = await createTrialCertificate({ ...PEGAWAI, agency: AGENCY, password: PASSWORD, crypto: nodeSigningCrypto, now: longAgo, validDays: 30 });
    expect(await codeOf(() => openPkcs12(old.p12, PASSWORD))).toBe('signing/certificate-expired');
    expect(await codeOf(() => openPkcs12(old.p12, PASSWORD, new Date(longAgo.getTime() - 86_400_000)))).toBe('signing/certificate-not-yet-valid');
  });

  it('refuses to sign with an expired certificate even when it was opened earlier', async () => {
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    const id = await trialIdentity(PEGAWAI, 30, longAgo);
    const pdf = await makeEvaluationPdf();
    expect(await codeOf(() => signAs(pdf, 'pegawai', id))).toBe('signing/certificate-expired');
    const then = new Date(Math.floor(longAgo.getTime() / 1000) * 1000 + 86_400_000);
    const ok = await signAs(pdf, 'pegawai', id, { time: then });
    expect(ok.record.signedAt).toBe(then.toISOString());
  });
});
