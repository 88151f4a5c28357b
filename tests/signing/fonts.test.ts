/**
 * Issue #6, "Fonts embedded": an official document (Dokumen Evaluasi, rendered by pdfmake with
 * Roboto) signed by the Pegawai and then the Pejabat Penilai (domain.md §8) keeps every font
 * embedded: each signature block brings its own Roboto subsets (shared/signing/pdf-font.ts) instead
 * of the standard-14 Helvetica. Judged by poppler (pdffonts, pdfsig, pdftotext, pdftoppm) and qpdf.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureBoxes, type SignatureBox } from '../../shared/documents/anchors';
import { dokumenEvaluasi } from '../../shared/documents/dokumen-evaluasi';
import { sampleEvaluation, sampleMeta, samplePeriod, sampleSkp } from '../documents/fixtures';
import { renderPdf } from '../documents/render-node';
import { makeEvaluationPdf, pdffonts, pdfsig, qpdfCheck, run, signAs, tempDir, trialIdentity, writeTemp, type PdfFont } from './fixtures';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Names beyond Latin-1 (WinAnsi had only '?' for Ş, Ł, ś): Roboto has them all.
const PEGAWAI = { name: 'Siti Nurhalizah Ş, S.Kom.', nip: '199512162025062001' };
const PENILAI = { name: 'Dr. Łukasz Wiśniewski, M.Si.', nip: '197801012005011003' };

let original: Uint8Array;
let boxes: SignatureBox[];
beforeAll(async () => {
  const def = dokumenEvaluasi({ evaluation: sampleEvaluation(sampleSkp()), period: samplePeriod, rekomendasi: [] }, sampleMeta({ signedElectronically: true }));
  const rendered = await renderPdf(def);
  original = rendered.bytes;
  boxes = signatureBoxes(def, rendered.anchors);
});

const box = (role: SignatureBox['role']) => boxes.find((b) => b.role === role)!;

function expectAllEmbedded(fonts: PdfFont[]) {
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) {
    expect(f, f.name).toMatchObject({ embedded: true, subset: true, toUnicode: true });
    expect(f.name).not.toMatch(/Helvetica/);
  }
}

/** The fonts the signature updates added: Type0 Roboto subsets with Identity-H, "ABCDEF+" names. */
const added = (after: PdfFont[], before: PdfFont[]) => after.filter((f) => !before.some((b) => b.name === f.name));

function expectRendersCleanly(path: string, name: string) {
  const out = spawnSync('pdftoppm', ['-r', '110', '-png', '-singlefile', path, join(dir, name)], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  expect(out.stderr, 'poppler/FreeType complain about nothing').toBe('');
}

describe('signature blocks with embedded Roboto subsets', () => {
  it('after one and after two signatures: every font embedded, both signatures valid, text extractable', async () => {
    const unsigned = pdffonts(writeTemp(dir, 'unsigned.pdf', original));
    expectAllEmbedded(unsigned);

    const first = await signAs(original, 'pegawai', await trialIdentity(PEGAWAI), { placement: box('pegawai') });
    const path1 = writeTemp(dir, 'signed-1.pdf', first.pdf);
    const fonts1 = pdffonts(path1);
    expectAllEmbedded(fonts1);
    const new1 = added(fonts1, unsigned);
    expect(new1.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Roboto-Medium', 'Roboto-Regular']);
    for (const f of new1) expect(f).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H' });
    expect(pdfsig(path1).signatures).toMatchObject([{ valid: true, totalDocumentSigned: true }]);
    expect(qpdfCheck(path1)).toMatchObject({ ok: true });
    const text1 = run('pdftotext', ['-layout', path1, '-']);
    expect(text1).toContain(PEGAWAI.name);
    expect(text1).toContain('NIP 19951216 202506 2 001');
    expectRendersCleanly(path1, 'signed-1');

    const second = await signAs(first.pdf, 'penilai', await trialIdentity(PENILAI), { placement: box('penilai') });
    const path2 = writeTemp(dir, 'signed-2.pdf', second.pdf);
    const fonts2 = pdffonts(path2);
    expectAllEmbedded(fonts2);
    // The second update carries its own two subsets, named apart from the first one's.
    expect(added(fonts2, fonts1)).toHaveLength(2);
    expect(fonts2).toHaveLength(unsigned.length + 4);
    expect(pdfsig(path2).signatures).toMatchObject([
      { valid: true, totalDocumentSigned: false },
      { valid: true, totalDocumentSigned: true },
    ]);
    expect(qpdfCheck(path2)).toMatchObject({ ok: true });
    const text2 = run('pdftotext', ['-layout', path2, '-']);
    for (const s of [PEGAWAI.name, PENILAI.name, 'NIP 19951216 202506 2 001', 'NIP 19780101 200501 1 003']) expect(text2).toContain(s);
    expect(text2).not.toMatch(/Siti Nurhalizah \?|Dr\. \?ukasz/);
    expectRendersCleanly(path2, 'signed-2');
  });

  it('shows "?" only for a character Roboto lacks, and the signature stays valid', async () => {
    // Its own NIP: trialIdentity caches identities per NIP.
    const person = { name: 'Siti 李 Rahmawati', nip: '199512162025062002' };
    const { pdf } = await signAs(await makeEvaluationPdf(), 'pegawai', await trialIdentity(person));
    const path = writeTemp(dir, 'fallback.pdf', pdf);
    expect(run('pdftotext', ['-layout', path, '-'])).toContain('Siti ? Rahmawati');
    expect(pdfsig(path).signatures).toMatchObject([{ valid: true }]);
    expect(qpdfCheck(path).ok).toBe(true);
  });
});
