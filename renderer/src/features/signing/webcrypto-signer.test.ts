import { describe, expect, it } from 'vitest';
import { openPkcs12, verifyPdfSignatures } from '@shared/signing';
import { createTrialCertificate } from '@shared/signing';
import { PEGAWAI, makeEvaluationPdf, signAs } from '../../../../tests/signing/fixtures';
import { createWebCryptoSigner, webSigningCrypto } from './webcrypto-signer';

// Node 20 has the same WebCrypto API as the browser at globalThis.crypto.
describe('WebCrypto signer (web version)', () => {
  it('makes a trial certificate and signs a PDF with the same engine as the desktop', async () => {
    const trial = await createTrialCertificate({ ...PEGAWAI, agency: 'Instansi Web', password: 'web', crypto: webSigningCrypto() });
    const id = openPkcs12(trial.p12, 'web');
    expect(id.info.trial).toBe(true);
    const signData = await createWebCryptoSigner(id.privateKeyPkcs8);
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', { ...id, p12: trial.p12, person: PEGAWAI }, { signData });
    expect(verifyPdfSignatures(pdf, { trusted: [id.certificate] }).signatures).toMatchObject([{ status: 'valid', coversWholeDocument: true, trusted: true }]);
  });

  it('imports the private key as non-extractable', async () => {
    const keys = await webSigningCrypto().generateRsaKeyPair();
    const subtle = globalThis.crypto.subtle;
    const key = await subtle.importKey('pkcs8', keys.privateKeyPkcs8.slice().buffer, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
    expect(key.extractable).toBe(false);
    await expect(createWebCryptoSigner(keys.privateKeyPkcs8)).resolves.toBeTypeOf('function');
  });
});
