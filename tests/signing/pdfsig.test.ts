/**
 * The verifier's verdicts against poppler's pdfsig on the cases the issue names (valid, one byte
 * changed, bytes appended, unsigned), plus qpdf --check after every signing.
 */
import { rmSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPdfSignatures, type VerificationReport } from '@shared/signing';
import { PEGAWAI, PENILAI, changeOneByte, makeEvaluationPdf, pdffonts, pdfsig, qpdfCheck, signAs, tempDir, trialIdentity, writeTemp } from './fixtures';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (bytes: Uint8Array): string => writeTemp(dir, `case-${(n += 1)}.pdf`, bytes);

/** pdfsig and our report say the same thing about every signature. */
function expectAgreement(path: string, report: VerificationReport) {
  const theirs = pdfsig(path);
  expect(theirs.signatures.length, theirs.text).toBe(report.signatures.length);
  expect(theirs.none).toBe(!report.signed);
  theirs.signatures.forEach((t, i) => {
    const ours = report.signatures[i]!;
    expect({ valid: ours.status === 'valid', digestMismatch: ours.status === 'digest-mismatch', total: ours.coversWholeDocument, field: ours.fieldName, cn: ours.signerName }, theirs.text).toEqual({
      valid: t.valid,
      digestMismatch: t.digestMismatch,
      total: t.totalDocumentSigned,
      field: t.fieldName,
      cn: t.commonName,
    });
  });
  return theirs;
}

async function signedTwice(objectStreams = false) {
  const first = await signAs(await makeEvaluationPdf({ objectStreams }), 'pegawai', await trialIdentity(PEGAWAI));
  const second = await signAs(first.pdf, 'penilai', await trialIdentity(PENILAI));
  return { first, second };
}

describe('pdfsig agrees with verifyPdfSignatures', () => {
  it('one signature: valid and covering the whole document; qpdf finds no errors', async () => {
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', await trialIdentity());
    const path = file(pdf);
    const theirs = expectAgreement(path, verifyPdfSignatures(pdf));
    expect(theirs.signatures).toMatchObject([{ valid: true, totalDocumentSigned: true, commonName: PEGAWAI.name }]);
    expect(theirs.text).toContain('Signature Type: ETSI.CAdES.detached');
    expect(theirs.text).toContain('Signing Hash Algorithm: SHA-256');
    expect(qpdfCheck(path)).toMatchObject({ ok: true });
  });

  it('pegawai then penilai: both valid, only the second covers the whole document', async () => {
    const { first, second } = await signedTwice();
    expect(qpdfCheck(file(first.pdf)).ok).toBe(true);
    const path = file(second.pdf);
    expect(qpdfCheck(path)).toMatchObject({ ok: true });
    const theirs = expectAgreement(path, verifyPdfSignatures(second.pdf));
    expect(theirs.signatures).toMatchObject([
      { valid: true, totalDocumentSigned: false, commonName: PEGAWAI.name },
      { valid: true, totalDocumentSigned: true, commonName: PENILAI.name },
    ]);
  });

  it('also on a file saved with object streams (xref stream before our classic xref section)', async () => {
    const { second } = await signedTwice(true);
    const path = file(second.pdf);
    expect(qpdfCheck(path)).toMatchObject({ ok: true });
    expect(expectAgreement(path, verifyPdfSignatures(second.pdf)).signatures.map((s) => s.valid)).toEqual([true, true]);
    // Each block's fonts are embedded Roboto subsets (fonts.test.ts); the fixture's own are pdf-lib's Helvetica.
    const blockFonts = pdffonts(path).filter((f) => !/^Helvetica/.test(f.name));
    expect(blockFonts.map((f) => [f.name.slice(7), f.embedded])).toEqual(expect.arrayContaining([['Roboto-Regular', true], ['Roboto-Medium', true]]));
    expect(blockFonts.every((f) => f.embedded && f.subset)).toBe(true);
    expect(blockFonts).toHaveLength(4);
  });

  it('one byte changed inside the signed range: Digest Mismatch for every signature covering it', async () => {
    const { second } = await signedTwice();
    const tampered = changeOneByte(second.pdf);
    const report = verifyPdfSignatures(tampered);
    const theirs = expectAgreement(file(tampered), report);
    expect(theirs.signatures.map((s) => s.digestMismatch)).toEqual([true, true]);
    expect(report.signatures.map((s) => s.intact)).toEqual([false, false]);
  });

  it('bytes appended after signing: the last signature no longer covers the whole document', async () => {
    const { second } = await signedTwice();
    const appended = new Uint8Array([...second.pdf, ...new TextEncoder().encode('\n1 0 obj\n<< >>\nendobj\n')]);
    const report = verifyPdfSignatures(appended);
    const theirs = expectAgreement(file(appended), report);
    expect(theirs.signatures.map((s) => [s.valid, s.totalDocumentSigned])).toEqual([[true, false], [true, false]]);
    expect(report.wholeDocumentSigned).toBe(false);
  });

  it('an unsigned file: no signatures on either side', async () => {
    const pdf = await makeEvaluationPdf();
    const theirs = expectAgreement(file(pdf), verifyPdfSignatures(pdf));
    expect(theirs.none).toBe(true);
  });

  it('a document that already has a form field and annotations keeps them', async () => {
    const doc = await PDFDocument.load(await makeEvaluationPdf());
    doc.getForm().createTextField('catatan').addToPage(doc.getPage(0), { x: 60, y: 400, width: 300, height: 20 });
    doc.getForm().getTextField('catatan').setText('Rekomendasi: pelatihan teknis');
    const { pdf } = await signAs(await doc.save({ useObjectStreams: false }), 'pegawai', await trialIdentity());
    const path = file(pdf);
    expect(qpdfCheck(path).ok).toBe(true);
    expect(expectAgreement(path, verifyPdfSignatures(pdf)).signatures.map((s) => s.valid)).toEqual([true]);
    const reread = await PDFDocument.load(pdf);
    expect(reread.getForm().getFields().map((f) => f.getName())).toEqual(['catatan', 'Tanda tangan Pegawai yang Dinilai']);
    expect(reread.getPage(0).node.Annots()?.size()).toBe(2);
  });

  it('a signature on the last page of a multi-page document', async () => {
    const { pdf } = await signAs(await makeEvaluationPdf({ pages: 3 }), 'penilai', await trialIdentity(PENILAI));
    const path = file(pdf);
    expect(qpdfCheck(path).ok).toBe(true);
    expectAgreement(path, verifyPdfSignatures(pdf));
  });
});
