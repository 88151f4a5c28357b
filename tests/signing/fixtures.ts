/**
 * Test fixtures for the signing engine: pdf-lib documents shaped like the appraisal forms, trial
 * identities made through the real native adapter, and small wrappers around poppler and qpdf.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createTrialCertificate, openPkcs12, signPdf, type SignerRole, type SigningIdentity, type SignPdfRequest } from '@shared/signing';
import { appearanceFonts } from '../../electron/main/signing/appearance-fonts';
import { createNativeSigner, nodeSigningCrypto } from '../../electron/main/signing/native-signer';

export const PEGAWAI = { name: 'Siti Rahmawati, S.Kom.', nip: '199512162025062001' };
export const PENILAI = { name: 'Dr. Budi Santoso, M.Si.', nip: '197801012005011003' };
export const AGENCY = 'Pemerintah Kabupaten Contoh';
export const PASSWORD = 'rahasia-uji';

/** A one-page "Dokumen Evaluasi Kinerja Pegawai" with two signature places, saved as the stack does. */
export async function makeEvaluationPdf(options: { objectStreams?: boolean; pages?: number } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Dokumen Evaluasi Kinerja Pegawai');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let p = 0; p < (options.pages ?? 1); p++) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText('DOKUMEN EVALUASI KINERJA PEGAWAI', { x: 170, y: 790, size: 12, font: bold });
    page.drawText('PERIODE: 1 JANUARI 2025 SD 31 DESEMBER 2025', { x: 160, y: 772, size: 9, font });
    page.drawText('PREDIKAT KINERJA PEGAWAI: BAIK', { x: 60, y: 600, size: 10, font: bold });
    page.drawText('Pegawai yang Dinilai', { x: 60, y: 330, size: 10, font });
    page.drawText('Pejabat Penilai Kinerja', { x: 330, y: 330, size: 10, font });
  }
  return doc.save({ useObjectStreams: options.objectStreams ?? false });
}

/** Boxes as shared/documents' signatureBoxes gives them: PDF user space, 220 x 52 pt, under the role titles. */
export const PLACE: Record<SignerRole, SignPdfRequest['placement']> = {
  pegawai: { page: -1, x: 55, y: 266, width: 220, height: 52 },
  penilai: { page: -1, x: 325, y: 266, width: 220, height: 52 },
};

export interface TestIdentity extends SigningIdentity {
  p12: Uint8Array;
  person: { name: string; nip: string };
}

const cache = new Map<string, Promise<TestIdentity>>();

/** A trial certificate (made through node:crypto) opened back from its .p12, cached per person. */
export function trialIdentity(person: { name: string; nip: string } = PEGAWAI, validDays = 365, now?: Date): Promise<TestIdentity> {
  const key = `${person.nip}/${validDays}/${now?.toISOString() ?? ''}`;
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      const trial = await createTrialCertificate({ ...person, agency: AGENCY, password: PASSWORD, crypto: nodeSigningCrypto, validDays, ...(now ? { now } : {}) });
      return { ...openPkcs12(trial.p12, PASSWORD, now ?? new Date()), p12: trial.p12, person };
    })();
    cache.set(key, found);
  }
  return found;
}

export async function signAs(pdf: Uint8Array, role: SignerRole, id: TestIdentity, extra: Partial<SignPdfRequest> = {}) {
  return signPdf(pdf, {
    documentId: 'evaluasi-2025-199512162025062001',
    role,
    signer: id.person,
    placement: PLACE[role],
    certificate: id.certificate,
    chain: id.chain,
    signData: createNativeSigner(id.privateKeyPkcs8),
    fonts: appearanceFonts(),
    ...extra,
  });
}

// ---- external tools ----

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'peka-signing-'));
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export { pdfsig, type PdfsigSignature } from '../documents/pdf-tools';

/** `qpdf --check`: exit 0 and no warnings. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  return { ok: run.status === 0 && !/WARNING/i.test(output), output };
}

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  toUnicode: boolean;
}

/** `pdffonts` rows; its columns are fixed width, and a type such as "CID TrueType" has a space. */
export function pdffonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const ruler = lines[1] ?? '';
  const cols = [...ruler.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  return lines.slice(2).filter((l) => l.trim()).map((line) => {
    const [name, type, encoding, emb, sub, uni] = cols.map(([a, b]) => line.slice(a, b).trim());
    return { name: name!, type: type!, encoding: encoding!, embedded: emb === 'yes', subset: sub === 'yes', toUnicode: uni === 'yes' };
  });
}

export function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Changes one byte inside the signed range: a hex digit of the document title ("D" becomes "E"). */
export function changeOneByte(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const at = text.indexOf('/Title <FEFF0044');
  if (at < 0) throw new Error('title not found');
  const copy = pdf.slice();
  copy[at + '/Title <FEFF004'.length] = '5'.charCodeAt(0);
  return copy;
}
