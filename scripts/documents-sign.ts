/**
 * Signs a rendered document in Node the way the app does (domain.md §8): Pegawai yang Dinilai
 * first, then Pejabat Penilai Kinerja, each an incremental update at the box the pdfmake anchors
 * gave, with freshly made self-signed (trial) certificates and node:crypto as the key operation.
 */
import { createTrialCertificate, openPkcs12, signPdf, type SignData } from '@shared/signing';
import type { SignatureBox } from '@shared/documents/anchors';
import type { IdentitySnapshot } from '@shared/schemas/skp';
import { appearanceFonts } from '../electron/main/signing/appearance-fonts';
import { createNativeSigner, nodeSigningCrypto } from '../electron/main/signing/native-signer';

export type Signer = { name: string; nip: string; certificate: Uint8Array; signData: SignData };

const PASSWORD = 'contoh-peka';

/** Trial certificates, one per person, made on first use. */
export function trialSigners(agency: string): (person: IdentitySnapshot) => Promise<Signer> {
  const cache = new Map<string, Promise<Signer>>();
  return (person) => {
    let signer = cache.get(person.employeeId);
    if (!signer) {
      const nip = person.nip ?? '-';
      signer = createTrialCertificate({ name: person.name, nip, agency, password: PASSWORD, crypto: nodeSigningCrypto }).then((trial) => {
        const id = openPkcs12(trial.p12, PASSWORD);
        return { name: person.name, nip, certificate: id.certificate, signData: createNativeSigner(id.privateKeyPkcs8) };
      });
      cache.set(person.employeeId, signer);
    }
    return signer;
  };
}

/** Both signatures, in order; a missing box or person leaves that signature out. */
export async function signBoth(
  bytes: Uint8Array,
  boxes: readonly SignatureBox[],
  doc: { documentId: string; location: string; pegawai: IdentitySnapshot | null; penilai: IdentitySnapshot | null },
  signerOf: (person: IdentitySnapshot, role: 'pegawai' | 'penilai') => Promise<Signer>,
): Promise<Uint8Array> {
  let pdf = bytes;
  for (const role of ['pegawai', 'penilai'] as const) {
    const box = boxes.find((b) => b.role === role);
    const person = doc[role];
    if (!box || !person) continue;
    const s = await signerOf(person, role);
    const signed = await signPdf(pdf, { documentId: doc.documentId, role, signer: { name: s.name, nip: s.nip }, placement: box, certificate: s.certificate, signData: s.signData, location: doc.location, fonts: appearanceFonts() });
    pdf = signed.pdf;
  }
  return pdf;
}
