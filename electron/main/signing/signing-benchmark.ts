/**
 * Micro-benchmark for the floor "one signature under 10 ms": signs `documents` different
 * PDFs one after the other with the native signer, and times the private-key operation alone through
 * node:crypto and through node-forge (pure JavaScript arithmetic) for comparison.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import forge from 'node-forge';
import { createTrialCertificate, openPkcs12, signPdf } from '@shared/signing';
import { appearanceFonts } from './appearance-fonts';
import { createNativeSigner, nodeSigningCrypto } from './native-signer';

export interface SigningBenchmark {
  documents: number;
  /** Mean wall time of signPdf over all documents: parse, appearance, hashes, CMS, native RSA. */
  signPdfMs: number;
  /** Median wall time of signPdf. */
  signPdfMedianMs: number;
  /**
   * Process CPU time per signPdf: close to the wall time on an idle machine, and not inflated by
   * waiting for a busy CPU (but it counts every thread of the process, e.g. other Vitest workers).
   */
  signPdfCpuMs: number;
  /** Mean RSA-2048 private-key operation (sign of signed attributes) through node:crypto. */
  nativeKeyOpMs: number;
  /** Mean RSA-2048 private-key operation through node-forge. */
  forgeKeyOpMs: number;
  pdfBytes: number;
}

async function benchDocument(i: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  for (let line = 0; line < 40; line++) {
    page.drawText(`Dokumen ${i + 1}: rencana hasil kerja baris ${line + 1}, target dan realisasi`, { x: 40, y: 800 - line * 18, size: 9, font });
  }
  return doc.save({ useObjectStreams: false });
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

export async function benchmarkSigning(options: { documents?: number; forgeSamples?: number } = {}): Promise<SigningBenchmark> {
  const documents = options.documents ?? 200;
  const trial = await createTrialCertificate({ name: 'Pegawai Uji Beban', nip: '199512162025061001', agency: 'Instansi Uji', password: 'bench', crypto: nodeSigningCrypto });
  const identity = openPkcs12(trial.p12, 'bench');
  const native = createNativeSigner(identity.privateKeyPkcs8);
  const pdfs = await Promise.all(Array.from({ length: documents }, (_, i) => benchDocument(i)));
  const sign = (pdf: Uint8Array, i: number) =>
    signPdf(pdf, {
      documentId: `bench-${i}`,
      role: 'pegawai',
      signer: { name: 'Pegawai Uji Beban', nip: '199512162025061001' },
      placement: { page: 1, x: 40, y: 60, width: 220, height: 52 },
      certificate: identity.certificate,
      signData: native,
      fonts: appearanceFonts(),
    });
  for (let i = 0; i < 20; i++) await sign(pdfs[i % documents]!, i); // warm-up: JIT, font metrics
  const signTimes: number[] = [];
  const cpu0 = process.cpuUsage();
  for (const [i, pdf] of pdfs.entries()) {
    const t0 = performance.now();
    await sign(pdf, i);
    signTimes.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const attrs = new Uint8Array(120).map((_, i) => i);
  const keyTimes: number[] = [];
  for (let i = 0; i < documents; i++) {
    attrs[0] = i & 0xff;
    const t0 = performance.now();
    await native(attrs);
    keyTimes.push(performance.now() - t0);
  }
  const forgeKey = forge.pki.privateKeyFromAsn1(forge.asn1.fromDer(String.fromCharCode(...identity.privateKeyPkcs8)));
  const forgeTimes: number[] = [];
  for (let i = 0; i < (options.forgeSamples ?? 20); i++) {
    const md = forge.md.sha256.create().update(`signed attributes ${i}`);
    const t0 = performance.now();
    forgeKey.sign(md);
    forgeTimes.push(performance.now() - t0);
  }
  const sorted = [...signTimes].sort((a, b) => a - b);
  return {
    documents,
    signPdfMs: mean(signTimes),
    signPdfMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    signPdfCpuMs: (cpu.user + cpu.system) / 1000 / documents,
    nativeKeyOpMs: mean(keyTimes), forgeKeyOpMs: mean(forgeTimes),
    pdfBytes: pdfs[0]!.length,
  };
}
