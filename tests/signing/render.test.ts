/**
 * What a person sees: the signed page rendered by poppler shows the block's text (pdftotext) and a
 * QR code that decodes (jsQR) to the document id and the hash of the document before signing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { ROLE_LABEL, formatWaktuTandaTangan, openPkcs12, qrPayload, type SignerRole } from '@shared/signing';
import { PEGAWAI, PENILAI, PLACE, makeEvaluationPdf, run, signAs, tempDir, trialIdentity, writeTemp } from './fixtures';

const DPI = 150;
const PAGE_HEIGHT = 841.89; // A4, as makeEvaluationPdf makes it
const dir = tempDir();

/** Renders the block's area of the last page as PGM (pdftoppm -gray) and decodes its QR code. */
function decodeQr(pdfPath: string, role: SignerRole): string | null {
  const p = PLACE[role];
  const s = DPI / 72;
  const top = PAGE_HEIGHT - p.y - p.height; // pdftoppm crops from the top-left corner
  const prefix = join(dir, `qr-${role}`);
  run('pdftoppm', ['-gray', '-r', String(DPI), '-singlefile', '-x', String(Math.floor(p.x * s)), '-y', String(Math.floor(top * s)), '-W', String(Math.ceil(p.width * s)), '-H', String(Math.ceil(p.height * s)), pdfPath, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) rgba.set([pixels[i]!, pixels[i]!, pixels[i]!, 255], i * 4);
  return jsQR(rgba, w, h)?.data ?? null;
}

describe('the visible signature block', () => {
  it('shows role, name, grouped NIP, Indonesian time and the trial label, and a QR code that decodes', async () => {
    const time = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const first = await signAs(await makeEvaluationPdf(), 'pegawai', await trialIdentity(PEGAWAI), { time });
    const second = await signAs(first.pdf, 'penilai', await trialIdentity(PENILAI), { time, zona: 'WITA' });
    const path = writeTemp(dir, 'signed.pdf', second.pdf);
    const text = run('pdftotext', ['-layout', path, '-']);
    for (const expected of [
      ROLE_LABEL.pegawai, ROLE_LABEL.penilai, PEGAWAI.name, PENILAI.name,
      'NIP 19951216 202506 2 001', 'NIP 19780101 200501 1 003',
      formatWaktuTandaTangan(time, 'WIB'), formatWaktuTandaTangan(time, 'WITA'),
      'UJI COBA - bukan TTE tersertifikasi',
    ]) {
      expect(text).toContain(expected);
    }
    for (const [role, record] of [['pegawai', first.record], ['penilai', second.record]] as const) {
      expect(decodeQr(path, role)).toBe(qrPayload({ documentId: record.documentId, sha256: record.documentSha256Before }));
    }
    // For a person to look at: pdftoppm -png -r 80 of the same page.
    run('pdftoppm', ['-png', '-r', '80', '-singlefile', path, join(dir, 'page')]);
    console.info(`signed page rendered at ${join(dir, 'page.png')}`);
  });

  it('labels a signature with a non-trial certificate as an electronic signature, without the trial text', async () => {
    run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '5', '-subj', `/C=ID/O=Instansi/CN=${PEGAWAI.name}`]);
    run('openssl', ['pkcs12', '-export', '-inkey', join(dir, 'k.pem'), '-in', join(dir, 'c.pem'), '-out', join(dir, 'real.p12'), '-passout', 'pass:abc']);
    const id = openPkcs12(new Uint8Array(readFileSync(join(dir, 'real.p12'))), 'abc');
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', { ...id, p12: new Uint8Array(), person: PEGAWAI });
    const text = run('pdftotext', ['-layout', writeTemp(dir, 'real.pdf', pdf), '-']);
    expect(text).toContain('Ditandatangani secara elektronik');
    expect(text).not.toMatch(/uji coba/i);
  });
});
