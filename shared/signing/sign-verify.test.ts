import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { PEGAWAI, PENILAI, changeOneByte, makeEvaluationPdf, signAs, trialIdentity } from '../../tests/signing/fixtures';
import { createNativeSigner } from '../../electron/main/signing/native-signer';
import { toHex } from './bytes';
import { CertificateInfoSchema, SignatureRecordSchema } from './record';
import { SigningError } from './errors';
import { sha256 } from '../crypto/sha256';
import { verifyPdfSignatures } from './verify-pdf';

const append = (a: Uint8Array, text: string): Uint8Array => new Uint8Array([...a, ...new TextEncoder().encode(text)]);

describe('signPdf', () => {
  it('signs, and returns a record of signer, role, time, certificate and hashes', async () => {
    const id = await trialIdentity();
    const pdf = await makeEvaluationPdf();
    const time = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    const { pdf: signed, record } = await signAs(pdf, 'pegawai', id, { time });
    expect(signed.subarray(0, pdf.length)).toEqual(pdf); // an incremental update keeps every original byte
    expect(SignatureRecordSchema.parse(record)).toEqual(record);
    expect(CertificateInfoSchema.parse(id.info)).toEqual(id.info);
    expect(record).toMatchObject({
      role: 'pegawai',
      signerNip: PEGAWAI.nip,
      signerName: PEGAWAI.name,
      signedAt: time.toISOString(),
      certificateSerial: id.info.serialNumber,
      certificateSha256: id.info.sha256,
      trialCertificate: true,
      documentSha256Before: toHex(sha256(pdf)),
      documentSha256After: toHex(sha256(signed)),
    });
    expect(record.certificateSubject).toContain(`CN=${PEGAWAI.name.replace(',', '\\,')}`);
  });

  it('keeps the file readable by pdf-lib with one signature field on the page', async () => {
    const id = await trialIdentity();
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', id);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getForm().getFields().map((f) => f.getName())).toEqual(['Tanda tangan Pegawai yang Dinilai']);
    expect(doc.getPage(0).node.Annots()?.size()).toBe(1);
  });

  it('gives a second signer of the same role a field name of its own', async () => {
    const id = await trialIdentity();
    const once = await signAs(await makeEvaluationPdf(), 'pegawai', id);
    const twice = await signAs(once.pdf, 'pegawai', id);
    expect(twice.record.fieldName).toBe('Tanda tangan Pegawai yang Dinilai 2');
  });

  it('refuses a key that does not belong to the certificate', async () => {
    const a = await trialIdentity(PEGAWAI);
    const b = await trialIdentity(PENILAI);
    const attempt = signAs(await makeEvaluationPdf(), 'pegawai', a, { signData: createNativeSigner(b.privateKeyPkcs8) });
    await expect(attempt).rejects.toMatchObject({ code: 'signing/key-mismatch' });
  });

  it('refuses a missing page and a file that is not a PDF', async () => {
    const id = await trialIdentity();
    const pdf = await makeEvaluationPdf();
    for (const page of [0, 2, -2]) {
      await expect(signAs(pdf, 'pegawai', id, { placement: { page, x: 0, y: 0, width: 100, height: 50 } })).rejects.toMatchObject({ code: 'signing/page-not-found' });
    }
    await expect(signAs(new TextEncoder().encode('bukan pdf'), 'pegawai', id)).rejects.toBeInstanceOf(SigningError);
  });

  it('prints names outside WinAnsi without failing, and records the NIP as digits', async () => {
    const id = await trialIdentity();
    const { pdf, record } = await signAs(await makeEvaluationPdf(), 'pegawai', id, { signer: { name: 'Ṭuti Ąlawiyah 李', nip: '19951216 202506 2 001' } });
    expect(verifyPdfSignatures(pdf).signatures[0]?.status).toBe('valid');
    expect(record.signerNip).toBe(PEGAWAI.nip); // stored as digits (domain.md §9)
  });
});

describe('verifyPdfSignatures', () => {
  it('sees both signatures of a document signed by pegawai then penilai, each intact', async () => {
    const a = await trialIdentity(PEGAWAI);
    const b = await trialIdentity(PENILAI);
    const first = await signAs(await makeEvaluationPdf(), 'pegawai', a);
    const second = await signAs(first.pdf, 'penilai', b);
    const report = verifyPdfSignatures(second.pdf, { trusted: [a.certificate], records: [first.record, second.record] });
    expect(report).toMatchObject({ signed: true, allIntact: true, wholeDocumentSigned: true });
    const [s1, s2] = report.signatures;
    expect(s1).toMatchObject({ index: 1, signerName: PEGAWAI.name, signerNip: PEGAWAI.nip, status: 'valid', coversWholeDocument: false, trusted: true, trialCertificate: true, fieldName: 'Tanda tangan Pegawai yang Dinilai' });
    expect(s2).toMatchObject({ index: 2, signerName: PENILAI.name, signerNip: PENILAI.nip, status: 'valid', coversWholeDocument: true, trusted: false, trialCertificate: true });
    expect(s1?.record).toEqual(first.record);
    expect(s2?.record).toEqual(second.record);
    expect(s1?.revisionSha256).toBe(first.record.documentSha256After);
    expect(s2?.signingTime).toBe(second.record.signedAt);
    expect(s1?.certificateValidAtSigning).toBe(true);
  });

  it('reports a changed byte as a digest mismatch', async () => {
    const id = await trialIdentity();
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', id);
    const tampered = changeOneByte(pdf);
    const report = verifyPdfSignatures(tampered);
    expect(report.signatures[0]).toMatchObject({ status: 'digest-mismatch', intact: false });
    expect(report.allIntact).toBe(false);
  });

  it('reports bytes appended after signing as not covering the whole document', async () => {
    const id = await trialIdentity();
    const { pdf, record } = await signAs(await makeEvaluationPdf(), 'pegawai', id);
    const report = verifyPdfSignatures(append(pdf, '\n% appended\n'), { records: [record] });
    expect(report.signatures[0]).toMatchObject({ status: 'valid', coversWholeDocument: false });
    expect(report.signatures[0]?.record).toEqual(record); // the signed revision itself is unchanged
    expect(report.wholeDocumentSigned).toBe(false);
  });

  it('finds no signatures in an unsigned file', async () => {
    expect(verifyPdfSignatures(await makeEvaluationPdf())).toEqual({ signatures: [], signed: false, allIntact: false, wholeDocumentSigned: false });
  });

  it('matches no record when the record is for another revision or certificate', async () => {
    const id = await trialIdentity();
    const { pdf, record } = await signAs(await makeEvaluationPdf(), 'pegawai', id);
    const other = { ...record, documentSha256After: 'f'.repeat(64) };
    expect(verifyPdfSignatures(pdf, { records: [other] }).signatures[0]?.record).toBeNull();
    expect(verifyPdfSignatures(pdf, { records: [{ ...record, certificateSerial: 'ABC' }] }).signatures[0]?.record).toBeNull();
  });
});
